/**
 * Bundles the playground (GraphiQL 5 + React + Monaco workers) and the explorer
 * (Cytoscape.js) into dist/playground, so
 * the browser loads nothing from outside this server. Runs before `npm start` and tests.
 */
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { BUNDLE_DIR, ROOT } from '../../paths.js';

const require = createRequire(import.meta.url);
const OUT = BUNDLE_DIR;

const workers = {
  'editor.worker': require.resolve('monaco-editor/esm/vs/editor/editor.worker.js'),
  'json.worker': require.resolve('monaco-editor/esm/vs/language/json/json.worker.js'),
  'graphql.worker': require.resolve('monaco-graphql/esm/graphql.worker.js'),
};

const started = Date.now();
await Promise.all([
  build({
    entryPoints: {
      playground: path.join(ROOT, 'src', 'server', 'playground', 'client.tsx'),
      explorer: path.join(ROOT, 'src', 'server', 'explorer', 'client.ts'),
    },
    bundle: true,
    format: 'iife',
    minify: true,
    outdir: OUT,
    publicPath: '/assets',
    jsx: 'automatic',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  }),
  build({ entryPoints: workers, bundle: true, format: 'iife', minify: true, outdir: OUT, logLevel: 'warning' }),
]);
process.stderr.write(`playground bundled into dist/playground in ${Date.now() - started} ms\n`);
