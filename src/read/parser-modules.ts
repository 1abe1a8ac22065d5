// The parsers of the formats only some inputs have (YAML, CSV, Atom/RSS), loaded only when such an input is
// read: `yaml` alone takes ~40 ms to load, which every other extraction would pay at start-up
// (bench/startup). The streamed path and `fix` load a format's parser before reading
// (loadParserFor, whose dynamic imports the Action's bundle includes); a synchronous caller that
// did not (extractText from the library) gets it with require.
import { createRequire } from 'node:module';
import type { InputFormat } from '../types.js';

type YamlModule = typeof import('yaml');
type CsvModule = typeof import('csv-parse/sync');
type XmlModule = typeof import('fast-xml-parser');

const loaded: { yaml?: YamlModule; csv?: CsvModule; xml?: XmlModule } = {};
const require = createRequire(import.meta.url);

/** Load the parser `format` needs, if it needs one of its own (once). */
export async function loadParserFor(format: InputFormat): Promise<void> {
  if (format === 'yaml') loaded.yaml ??= await import('yaml');
  if (format === 'csv' || format === 'tsv') loaded.csv ??= await import('csv-parse/sync');
  if (format === 'feed') loaded.xml ??= await import('fast-xml-parser');
}

/** `yaml`, loaded now if no one has loaded it yet. */
export const yamlModule = (): YamlModule => (loaded.yaml ??= require('yaml') as YamlModule);

/** `csv-parse/sync`, loaded now if no one has loaded it yet. */
export const csvModule = (): CsvModule => (loaded.csv ??= require('csv-parse/sync') as CsvModule);

/** `fast-xml-parser`, loaded now if no one has loaded it yet. */
export const xmlModule = (): XmlModule => (loaded.xml ??= require('fast-xml-parser') as XmlModule);
