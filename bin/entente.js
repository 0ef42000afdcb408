#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so no build step stands between a
// clone and a working command.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
