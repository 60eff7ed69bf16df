/** Entry point of the `vnlint` bin (and of its worker threads: the same bundle). */
import { main } from './main.js';
import { startWorkerIfNeeded } from './pool.js';

if (!startWorkerIfNeeded()) {
  // `vnlint … | head`: the reader went away; stop quietly, as a shell tool does, instead of an EPIPE stack
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    // the bundle (dist/cli/cli.js) runs its own workers; from sources (tsx) the run stays serial
    workerScript: __filename.endsWith('.js') ? __filename : undefined,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`vnlint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
