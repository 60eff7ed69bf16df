/**
 * What the language server's resident memory is made of: opens 50 corpus
 * notices in the built server under a few V8 settings (NODE_OPTIONS) and prints
 * VmRSS/VmHWM after initialize and with the 50 open.
 *
 *   node --import tsx bench/memory-probe.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { startClient } from '../test/lsp/client.js';
import { CORPUS_DIR } from './corpus.js';

const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));
const files = ['en', 'fr', 'es'].flatMap((l) => readdirSync(path.join(CORPUS_DIR, l)).map((f) => path.join(CORPUS_DIR, l, f))).sort().slice(0, 50);

function memory(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => (Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024).toFixed(1);
  return `RSS ${field('VmRSS')} MB (peak ${field('VmHWM')} MB)`;
}

async function main() {
  for (const options of ['', '--max-semi-space-size=1', '--max-semi-space-size=1 --max-old-space-size=64']) {
    process.env.NODE_OPTIONS = options;
    const client = await startClient();
    await sleep(300);
    const initial = memory(client.process.pid!);
    await Promise.all(
      files.map((file, i) => {
        const uri = `file:///probe/${i}.vn.md`;
        client.open(uri, readFileSync(file, 'utf8'));
        return client.nextDiagnostics(uri, 1);
      }),
    );
    await sleep(500);
    console.log(`NODE_OPTIONS="${options}": after initialize ${initial}; 50 open ${memory(client.process.pid!)}`);
    await client.stop();
  }
  process.exit(0);
}
void main();
