import { textReader } from './text.js';
// Placeholder: one record per file until the Markdown reader lands.
export const markdownReader = textReader;
