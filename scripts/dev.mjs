#!/usr/bin/env node
// Development: the API server restarts on change (node --watch) and Vite serves the web app with hot reload,
// proxying /api to the server. Open http://127.0.0.1:5173.
import { spawn } from 'node:child_process';

const env = { ...process.env, KINERJA_DEMO: process.env.KINERJA_DEMO ?? 'true' };
const children = [
  spawn('node', ['--watch', '--import', 'tsx', 'src/server/main.ts', '--no-web'], { stdio: 'inherit', env }),
  spawn('npx', ['vite', '--host', '127.0.0.1'], { stdio: 'inherit', env }),
];
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children)
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
