// A reader must give the same records whichever way its input comes: a file (read in passes where
// the format has them), the same file in 7-byte chunks, its long lines in 16-byte pieces to a
// reader that takes them (read/lines.ts), standard input (read once) and extractText.
import { writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { expect } from 'vitest';
import { extractInputs, extractText } from '../../src/extract/index.js';
import { tuning } from '../../src/read/tuning.js';
import type { InputFormat, PaperRecord } from '../../src/types.js';

/**
 * Write `text` to `file` and read it on every path, expecting each to give what the file gives as
 * `brief` sees it, and the same problems. The file's records, and its problems without the
 * `file:` before each.
 */
export async function readEveryPath(file: string, text: string, format: InputFormat, brief: (papers: PaperRecord[]) => unknown): Promise<{ papers: PaperRecord[]; problems: string[] }> {
  writeFileSync(file, text);
  const fromFile = await extractInputs([file]);
  const chunkBytes = tuning.readChunkBytes;
  tuning.readChunkBytes = 7;
  const inChunks = await extractInputs([file]).finally(() => (tuning.readChunkBytes = chunkBytes));
  const pieceBytes = tuning.linePieceBytes;
  Object.assign(tuning, { readChunkBytes: 7, linePieceBytes: 16 });
  const inPieces = await extractInputs([file]).finally(() => Object.assign(tuning, { readChunkBytes: chunkBytes, linePieceBytes: pieceBytes }));
  const fromStdin = await extractInputs(['-'], { inputFormat: format, stdin: Readable.from([Buffer.from(text)]) });
  const inMemory = extractText(text, file, format);
  for (const other of [inChunks.papers, inPieces.papers, fromStdin.papers, inMemory.papers]) expect(brief(other)).toEqual(brief(fromFile.papers));
  const problems = fromFile.problems.map((p) => p.message);
  expect(inChunks.problems.map((p) => p.message)).toEqual(problems);
  expect(inPieces.problems.map((p) => p.message)).toEqual(problems);
  expect(fromStdin.problems.map((p) => p.message.replace('-:', `${file}:`))).toEqual(problems);
  return { papers: fromFile.papers, problems: problems.map((m) => m.replace(`${file}:`, '')) };
}
