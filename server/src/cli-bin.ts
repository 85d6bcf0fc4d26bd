/**
 * The `tuneguard` command (dist/cli.js): a few lines that load the CLI bundle through V8's code
 * cache, since a CI step runs the CLI afresh every time and parsing the bundle was a quarter of a
 * short run.
 */
import * as path from 'node:path';
import { requireWithCompileCache } from './compile-cache';
import { startEarlyWorkers } from './cli/early-workers';

const workers = startEarlyWorkers(process.argv.slice(2), __dirname);
const cli = requireWithCompileCache(path.join(__dirname, 'cli-main.js')) as typeof import('./cli');
cli.run(workers);
