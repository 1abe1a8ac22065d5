// Format → reader.
import type { InputFormat } from '../types.js';
import { bibtexReader } from './bibtex.js';
import { hfPapersReader } from './hf-papers.js';
import { jsonReader } from './json.js';
import { jsonlReader } from './jsonl.js';
import { markdownPasses, markdownReader } from './markdown.js';
import type { PassesFactory, ReaderFactory } from './reader.js';
import { textReader } from './text.js';
import { yamlReader } from './yaml.js';
import { csvReader, tsvReader } from './csv.js';
import { feedReader } from './feed.js';

export const READERS: Record<InputFormat, ReaderFactory> = {
  'hf-papers': hfPapersReader,
  markdown: markdownReader,
  jsonl: jsonlReader,
  json: jsonReader,
  yaml: yamlReader,
  csv: csvReader,
  tsv: tsvReader,
  feed: feedReader,
  bibtex: bibtexReader,
  text: textReader,
};

/** Formats read in several passes when the input is a regular file and the output can wait. */
export const PASSES: Partial<Record<InputFormat, PassesFactory>> = {
  markdown: markdownPasses,
};

export { INPUT_FORMATS } from '../types.js';

export { detectFormat } from './detect.js';
export { expandInputs } from './inputs.js';
export type { LineReader, PassesFactory, ReadSink, ReaderFactory } from './reader.js';
