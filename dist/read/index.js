import { bibtexReader } from './bibtex.js';
import { hfPapersReader } from './hf-papers.js';
import { jsonReader } from './json.js';
import { jsonlReader } from './jsonl.js';
import { markdownReader } from './markdown.js';
import { textReader } from './text.js';
export const READERS = {
    'hf-papers': hfPapersReader,
    markdown: markdownReader,
    jsonl: jsonlReader,
    json: jsonReader,
    bibtex: bibtexReader,
    text: textReader,
};
export const INPUT_FORMATS = Object.keys(READERS);
export { detectFormat } from './detect.js';
export { expandInputs } from './inputs.js';
//# sourceMappingURL=index.js.map