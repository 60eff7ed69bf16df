/** Entry point of `vnlint-language-server` (--stdio, --node-ipc or --socket=N, as vscode-languageserver parses them). */
import { startServer } from './server.js';

if (!process.argv.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket') || arg.startsWith('--pipe'))) {
  process.stderr.write('Usage: vnlint-language-server --stdio | --node-ipc | --socket=<port>\n');
  process.exit(2);
}
startServer();
