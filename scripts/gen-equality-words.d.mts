/** Types of scripts/gen-equality-words.mjs for the tests. */
export declare function equalityPhrases(): Promise<string[]>;
