#!/usr/bin/env node
// dist/cli/launch.js starts dist/cli/cli.js from a V8 code cache when it can (server/src/cli/code-cache.ts).
require('../dist/cli/launch.js');
