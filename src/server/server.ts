// The language server in a Node process (dist/server.js): VS Code on the desktop starts it over
// IPC; other editors run `node dist/server.js --stdio`.
import * as path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startLanguageServer } from './languageServer';
import { nodeHost } from './nodeHost';

startLanguageServer(createConnection(ProposedFeatures.all), nodeHost(path.resolve(__dirname, '..')));
