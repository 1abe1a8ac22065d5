// The JSON Lines worker thread, built from the sources: tests run TypeScript, which a worker
// thread cannot load on Node 20, so the worker script (src/extract/jsonl-worker.ts and what it
// imports) is bundled into a temporary .mjs file (lib/ gets its copy from `npm run build`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Build the worker; `tuning.workerScript = script` makes the extraction use it. */
export async function buildJsonlWorker(): Promise<{ script: URL; remove(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jsonl-worker-'));
  const outfile = path.join(dir, 'jsonl-worker.mjs');
  await build({ entryPoints: ['src/extract/jsonl-worker.ts'], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return { script: pathToFileURL(outfile), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
