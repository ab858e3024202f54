#!/usr/bin/env node
// The `kinerja` command of the package. The CLI is TypeScript run through tsx (Node 20 cannot strip types):
// register tsx's ESM loader in this process, then load the CLI, which reads process.argv itself.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
