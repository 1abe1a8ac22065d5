// The parsers of the formats only some inputs have (YAML, CSV), loaded only when such an input is
// read: `yaml` alone takes ~40 ms to load, which every other extraction would pay at start-up
// (bench/startup). The streamed path and `fix` load a format's parser before reading
// (loadParserFor, whose dynamic imports the Action's bundle includes); a synchronous caller that
// did not (extractText from the library) gets it with require.
import { createRequire } from 'node:module';
import type { InputFormat } from '../types.js';

type YamlModule = typeof import('yaml');
type CsvModule = typeof import('csv-parse/sync');

const loaded: { yaml?: YamlModule; csv?: CsvModule } = {};
const require = createRequire(import.meta.url);

/** Load the parser `format` needs, if it needs one of its own (once). */
export async function loadParserFor(format: InputFormat): Promise<void> {
  if (format === 'yaml') loaded.yaml ??= await import('yaml');
  if (format === 'csv' || format === 'tsv') loaded.csv ??= await import('csv-parse/sync');
}

/** `yaml`, loaded now if no one has loaded it yet. */
export const yamlModule = (): YamlModule => (loaded.yaml ??= require('yaml') as YamlModule);

/** `csv-parse/sync`, loaded now if no one has loaded it yet. */
export const csvModule = (): CsvModule => (loaded.csv ??= require('csv-parse/sync') as CsvModule);
