// `npm start`: install what is missing, build the web app if needed, then `entente serve`
// (which starts and migrates the embedded PostgreSQL, loads the demo on first start,
// serves the app and prints its address).
import { spawn } from 'node:child_process';
import { ensureDependencies, ensureWebBuild } from './prepare.mjs';

ensureDependencies();
ensureWebBuild();
const child = spawn(process.execPath, ['bin/entente.js', 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
