import { textReader } from './text.js';
// Placeholder: one record per file until the BibTeX reader lands.
export const bibtexReader = textReader;
