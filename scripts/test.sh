#!/usr/bin/env bash
# The whole test suite (the README's test command, `npm test`, and CI's).
# Builds the bundles, installs what the real-VS Code tests need (idempotent:
# apt chromium + code-server from npm, see scripts/install-code-server.sh),
# then runs every test file through node's test runner, whose summary ends
# the output. VNLINT_SKIP_E2E=1 skips the real-VS Code run (quick local loops).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shopt -s nullglob

npm run build --silent
files=(test/unit/*.test.ts test/unit/rules/*.test.ts test/lsp/*.test.ts test/cli/*.test.ts)
if [ "${VNLINT_SKIP_E2E:-}" != 1 ]; then
  bash scripts/install-code-server.sh >/dev/null
  files+=(test/e2e/*.test.ts)
fi
exec node --import tsx --test --test-reporter=spec "${files[@]}"
