/** Types of scripts/build-grammar.mjs (imported by test/unit/grammar.test.ts). */
export declare function grammar(): Record<string, unknown>;
export declare const GRAMMAR_PATH: string;
export declare function grammarText(): string;
