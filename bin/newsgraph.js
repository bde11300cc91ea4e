#!/usr/bin/env node
// The compiled command line (`npm run build` first); `npm start` and the npm scripts run the TypeScript source.
import '../dist/node/cli/main.js';
