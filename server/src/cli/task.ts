/**
 * One unit of CLI work: decode a file's bytes, lint it (or fix it), and
 * return plain data (structured-clone safe, so a worker thread can run it).
 */
import { fixText, lint, ruleById } from '../engine/index.js';
import type { LintMessage, Severity, VnlintConfig } from '../engine/types.js';
import { readNotice } from './files.js';

/** ESLint's fix types; a rule declares one with `meta.type` (default "problem"); removing an unused directive is "directive". */
export const FIX_TYPES = ['problem', 'suggestion', 'layout', 'directive'] as const;
export type FixType = (typeof FIX_TYPES)[number];

export interface Task {
  index: number;
  filePath: string;
  bytes: Uint8Array;
  config: VnlintConfig;
  only?: string[];
  /** lint; fix = compute fixes (written by the caller with --fix, printed with --fix-dry-run). */
  mode: 'lint' | 'fix';
  fixTypes?: FixType[];
  /** With --quiet, only errors are fixed (as ESLint). */
  fixErrorsOnly?: boolean;
  reportUnusedDisableDirectives?: Severity | 'off';
}

export interface TaskResult {
  index: number;
  filePath: string;
  messages: LintMessage[];
  /** The fixed text when it differs from the source (or the file must be re-encoded). */
  output?: string;
  /** `output` encoded as the file should be written. */
  outputBytes?: Uint8Array;
}

export function fixTypeOf(message: LintMessage): FixType {
  if (message.ruleId === null) return 'directive';
  const type = (ruleById(message.ruleId)?.meta as { type?: string } | undefined)?.type;
  return (FIX_TYPES as readonly string[]).includes(type ?? '') ? (type as FixType) : 'problem';
}

export function runTask(task: Task): TaskResult {
  const notice = readNotice(task.filePath, Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength));
  // (results are built field by field: a spread plus new fields would give each one a hidden class of its own)
  const { index, filePath } = task;
  if (notice.problem) return { index, filePath, messages: [notice.problem] };
  const options = { config: task.config, only: task.only, reportUnusedDisableDirectives: task.reportUnusedDisableDirectives };
  if (task.mode === 'fix') {
    const filter = (message: LintMessage) =>
      (!task.fixTypes || task.fixTypes.includes(fixTypeOf(message))) && (!task.fixErrorsOnly || message.severity === 'error');
    const fixed = fixText(notice.text, options, filter);
    const changed = fixed.fixed || notice.rewrite;
    return {
      index,
      filePath,
      messages: [...(notice.notes ?? []), ...fixed.messages],
      ...(changed ? { output: fixed.output, outputBytes: notice.encode(fixed.output) } : {}),
    };
  }
  const { messages } = lint(notice.text, options);
  return { index, filePath, messages: [...(notice.notes ?? []), ...messages] };
}
