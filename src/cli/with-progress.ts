// The one wrapper every long run shares (harvest, audit, fix, demo): a progress line on stderr and
// Ctrl-C aborting the run cleanly (what was answered stays in the cache and is reported).
import type { HarvestProgress } from '../harvest/index.js';
import type { CliIO } from './context.js';
import { createProgress } from './progress.js';

export interface RunHooks {
  onProgress(p: HarvestProgress): void;
  onNotice(line: string): void;
  signal: AbortSignal;
}

export async function withProgress<T>(io: CliIO, label: string, quiet: boolean, run: (hooks: RunHooks) => Promise<T>): Promise<T> {
  const progress = createProgress({ quiet, label, stream: io.stderr as NodeJS.WritableStream & { isTTY?: boolean; columns?: number } });
  const controller = new AbortController();
  const release = io.onInterrupt(() => controller.abort());
  try {
    const result = await run({ onProgress: progress.update, onNotice: progress.notice, signal: controller.signal });
    progress.done();
    return result;
  } finally {
    release();
  }
}
