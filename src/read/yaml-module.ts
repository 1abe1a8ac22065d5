// The `yaml` package, loaded only when a YAML input is read: loading it takes ~40 ms, which every
// other extraction would pay at start-up (bench/startup). The streamed path and `fix` load it
// before reading (loadYaml, which the Action's bundle includes); a synchronous caller that did not
// (extractText from the library) gets it with require.
import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');

let loaded: YamlModule | null = null;

/** Load `yaml` (once). */
export async function loadYaml(): Promise<YamlModule> {
  return (loaded ??= await import('yaml'));
}

/** `yaml`, loaded now if no one has loaded it yet. */
export function yamlModule(): YamlModule {
  return (loaded ??= createRequire(import.meta.url)('yaml') as YamlModule);
}
