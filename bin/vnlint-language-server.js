#!/usr/bin/env -S node --max-semi-space-size=2 --no-opt --expose-gc
// The node options above keep the server's memory small (docs/lsp.md, "Memory"); they are
// SERVER_NODE_OPTIONS (server/src/lsp/protocol.ts), which the VS Code client passes too. npm's bin links
// run this line as it is; its Windows shims copy the options. `node bin/vnlint-language-server.js`
// skips them: run the file itself, or pass them to node.
const wanted = require('node:fs').readFileSync(__filename, 'utf8').split('\n', 1)[0].split(/\s+/).filter((a) => a.startsWith('--'));
const missing = wanted.filter((option) => !process.execArgv.includes(option));
if (missing.length) process.stderr.write(`vnlint-language-server: started without ${missing.join(' ')}; it will use more memory (docs/lsp.md, "Memory")\n`);
require('../dist/server/server.js');
