// The Markdown worker thread, built from the sources (as test/helpers/jsonl-worker-bundle.ts does
// for JSON Lines: a worker thread cannot load TypeScript on Node 20).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Build the worker; `tuning.markdownWorkerScript = script` makes the extraction use it. */
export async function buildMarkdownWorker(): Promise<{ script: URL; remove(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'markdown-worker-'));
  const outfile = path.join(dir, 'markdown-worker.mjs');
  await build({ entryPoints: ['src/extract/markdown-worker.ts'], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return { script: pathToFileURL(outfile), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
