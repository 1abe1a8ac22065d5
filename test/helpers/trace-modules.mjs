// `node --import <this file>`: append the URL of every ES module the process loads to the file
// named by $TRACE_MODULES_FILE (one per line). For structural start-up checks (test/cli/lazy-load).
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

// The same file serves as the hooks module, which Node runs on its own thread.
if (isMainThread) register(import.meta.url);

export async function load(url, context, next) {
  if (process.env.TRACE_MODULES_FILE) appendFileSync(process.env.TRACE_MODULES_FILE, `${url}\n`);
  return next(url, context);
}
