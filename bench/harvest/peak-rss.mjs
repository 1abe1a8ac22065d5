// Preloaded into a benchmarked process (`node --import ./bench/harvest/peak-rss.mjs …`): writes
// its peak resident set size (bytes) to $PEAK_RSS_FILE when it exits. With $PEAK_RSS_TRACE too, it
// writes a timeline there — one line a second: seconds since start, RSS, V8 heap used and
// external + array buffers, in MB — so a peak can be placed in a phase (reading, harvest, reports).
import { writeFileSync } from 'node:fs';

const file = process.env.PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));

const traceFile = process.env.PEAK_RSS_TRACE;
if (traceFile) {
  const start = performance.now();
  const mb = (n) => (n / 2 ** 20).toFixed(0);
  const lines = ['seconds rss heapUsed external+arrayBuffers'];
  const sample = () => {
    const m = process.memoryUsage();
    lines.push(`${((performance.now() - start) / 1000).toFixed(0)} ${mb(m.rss)} ${mb(m.heapUsed)} ${mb(m.external + m.arrayBuffers)}`);
  };
  setInterval(sample, 1000).unref();
  process.on('exit', () => {
    sample();
    writeFileSync(traceFile, lines.join('\n') + '\n');
  });
}
