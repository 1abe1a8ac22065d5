// The Markdown worker thread, built from the sources (as test/helpers/jsonl-worker-bundle.ts does
// for JSON Lines: a worker thread cannot load TypeScript on Node 20).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Build the worker (`name`: the segments' `markdown-worker`, or the whole file's
 * `markdown-file-worker`); `tuning.markdownWorkerScript` or `markdownFileWorkerScript = script`
 * makes the extraction use it.
 */
export async function buildMarkdownWorker(name: 'markdown-worker' | 'markdown-file-worker' = 'markdown-worker'): Promise<{ script: URL; remove(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  const outfile = path.join(dir, `${name}.mjs`);
  await build({ entryPoints: [`src/extract/${name}.ts`], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  return { script: pathToFileURL(outfile), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
