// Format → reader.
import type { InputFormat } from '../types.js';
import { bibtexReader } from './bibtex.js';
import { hfPapersReader } from './hf-papers.js';
import { jsonReader } from './json.js';
import { jsonlReader } from './jsonl.js';
import { markdownReader } from './markdown.js';
import type { ReaderFactory } from './reader.js';
import { textReader } from './text.js';

export const READERS: Record<InputFormat, ReaderFactory> = {
  'hf-papers': hfPapersReader,
  markdown: markdownReader,
  jsonl: jsonlReader,
  json: jsonReader,
  bibtex: bibtexReader,
  text: textReader,
};

export { INPUT_FORMATS } from '../types.js';

export { detectFormat } from './detect.js';
export { expandInputs } from './inputs.js';
export type { LineReader, ReadSink, ReaderFactory } from './reader.js';
