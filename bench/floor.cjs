// The floor of the CLI throughput benchmark: read every notice file under a
// directory and run one regular expression over it (counting "N years"
// phrases), nothing else — what any linter must at least pay.
//   node bench/floor.cjs bench/corpus
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const PATTERN = /\b(?:\d+|\w+) (?:years?|ans|años)\b/gi;
let files = 0;
let matches = 0;
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.md')) {
      const text = fs.readFileSync(full, 'utf8');
      matches += (text.match(PATTERN) || []).length;
      files++;
    }
  }
}
// the engine bench times the same pattern on one text (bench/engine.bench.ts)
module.exports = { PATTERN };
if (require.main === module) {
  walk(process.argv[2] || path.join(__dirname, 'corpus'));
  process.stdout.write(`${files} files, ${matches} matches\n`);
}
