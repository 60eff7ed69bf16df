/**
 * Worker thread for the fuzzers: lints each text it is sent and answers with
 * the time it took (wall and process CPU), the number of findings, and any
 * crash or broken invariant (a range outside the document). Used by
 * test/unit/fuzz.test.ts and bench/fuzz.ts; the parent kills it on a hang.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { lint } from '../server/src/engine/lint.js';
import { generateNotice } from './corpus.js';
import { fuzzCase } from './mutations.js';

export interface FuzzJob {
  id: number;
  /** The text to lint, or… */
  text?: string;
  /** …the number of a generated case (bench/mutations.ts fuzzCase) and the run's seed. */
  caseIndex?: number;
  seed?: number;
}

export interface FuzzAnswer {
  id: number;
  wallMs: number;
  cpuMs: number;
  findings: number;
  error?: string;
  /** For generated cases: what the input is, and its length. */
  label?: string;
  length?: number;
}

export function check(text: string): { findings: number; error?: string } {
  const { messages } = lint(text);
  for (const message of messages) {
    const [start, end] = message.range;
    if (!(0 <= start && start <= end && end <= text.length)) return { findings: messages.length, error: `${message.ruleId}: range ${start}-${end} outside 0-${text.length}` };
    for (const fix of [message.fix, ...(message.suggestions ?? []).map((s) => s.fix)]) {
      if (fix && !(0 <= fix.range[0] && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length)) {
        return { findings: messages.length, error: `${message.ruleId}: fix range ${fix.range[0]}-${fix.range[1]} outside 0-${text.length}` };
      }
    }
  }
  return { findings: messages.length };
}

/**
 * A full collection before a timed case, so that a case is not charged
 * with collecting the garbage of the cases before it (the big inputs leave
 * hundreds of megabytes). Its own garbage is still collected in its time.
 */
function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

if (parentPort) {
  const port = parentPort;
  const gc = collectGarbage();
  // warm up the JIT and the processor cache so the first job is not penalised
  check('Introduction\n\nEstablished in 1951, IOM is a Related Organization of the United Nations.\n\nEducation\n\n- Master’s degree.');
  port.on('message', (job: FuzzJob) => {
    let text = job.text;
    let label: string | undefined;
    if (text === undefined) {
      const built = fuzzCase(job.caseIndex ?? 0, job.seed ?? 0, (rng) => generateNotice(rng).text);
      text = built.text;
      label = built.label;
    }
    // given texts (npm test's cases, the big inputs) are timed against a bound: collect first; the
    // soak's generated cases are many and small, and a full collection each would cost more than they do
    if (job.text !== undefined) gc();
    const cpu = process.cpuUsage();
    const start = performance.now();
    let answer: Omit<FuzzAnswer, 'id' | 'wallMs' | 'cpuMs'>;
    try {
      answer = check(text);
    } catch (error) {
      answer = { findings: 0, error: `crash: ${(error as Error).stack?.split('\n').slice(0, 4).join(' | ') ?? error}` };
    }
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    port.postMessage({ id: job.id, wallMs, cpuMs: (used.user + used.system) / 1000, ...answer, label, length: text.length } satisfies FuzzAnswer);
  });
  port.postMessage('ready');
}
