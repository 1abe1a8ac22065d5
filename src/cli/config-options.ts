// The global `--config FILE` as a layer of options (resolveOptions checks its values). The file's schema is checked with zod, a heavy module
// (about as long to load as Node itself): it loads only when a file is given (bench/startup).
import type { Layer } from '../options.js';

export async function configFileOptions(path: string | undefined): Promise<Layer> {
  if (path === undefined) return {};
  const { loadConfigFile } = await import('../config-file.js');
  return loadConfigFile(path);
}
