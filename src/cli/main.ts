#!/usr/bin/env node
// The repo-audit bin: runs the command line (program.ts) on the process's arguments and streams.
// Start-up matters (bench/startup): `--version` alone answers before anything else loads.
import { VERSION } from '../version.js';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) process.stdout.write(`${VERSION}\n`);
else process.exitCode = await (await import('./program.js')).run(argv);
