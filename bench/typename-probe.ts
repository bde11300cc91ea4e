/**
 * `{ __typename }` from one connection for `--seconds`, printed as JSON (RunFigures) on stdout.
 * Run in a process of its own by heavy-load.ts: in the process that also receives the heavy
 * answers, the load generator's own parsing of megabytes would delay the probe's replies and
 * be counted as the server's latency.
 */
import { parseArgs } from 'node:util';
import { runApi } from './load-test.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, seconds: { type: 'string', default: '20' } } });
if (!values.url) throw new Error('--url is required');
const figures = await runApi(values.url, '{ __typename }', () => ({}), 1, { seconds: Number(values.seconds) });
process.stdout.write(`${JSON.stringify(figures)}\n`);
