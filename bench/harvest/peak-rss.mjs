// Preloaded into a benchmarked process (`node --import ./bench/harvest/peak-rss.mjs …`): writes
// its peak resident set size (bytes) to $PEAK_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
