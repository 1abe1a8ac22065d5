// A JSON Lines line or a JSON array element too long to hold (tuning.jsonValueHeldBytes) is read
// as it comes (read/json-object-stream.ts) — in one thread, and beside the worker threads — and
// gives what it gives held and parsed: the same records, links in the same order, the same
// problems on the same lines.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prng } from '../../bench/extract/generate.js';
import { writeExtract } from '../../src/audit/write-extract.js';
import { LongLines } from '../../src/extract/jsonl-workers.js';
import { JsonObjectStream } from '../../src/read/json-object-stream.js';
import { SavedRecordStream } from '../../src/read/saved-record-stream.js';
import { WrapperStream } from '../../src/read/json-wrapper.js';
import { tuning } from '../../src/read/tuning.js';
import { buildJsonlWorker } from '../helpers/jsonl-worker-bundle.js';
import { slowOutput } from '../helpers/slow-output.js';

const defaults = { ...tuning };
let dir = '';
let worker: Awaited<ReturnType<typeof buildJsonlWorker>>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'long-json-'));
  worker = await buildJsonlWorker();
});
afterAll(() => {
  worker.remove();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(() => Object.assign(tuning, defaults));

/** ~9 KB: 120 links, words past ASCII, escapes, a promise at the end. */
const longText = `${Array.from({ length: 120 }, (_, i) => `Paper ${i} ünï ⭐ \\"q\\" \\u00e9 https://github.com/long-${i}/repo-${i}, see\\nit.`).join(' ')} Code will be released soon.`;

/** Papers around a long one, a long malformed one and a long array; `long` fields stay after the title. */
const papers = (long: string) => [
  `{"id": "a", "title": "A", "abstract": "https://github.com/a/a"}`,
  `{"id": "big", "title": "Long", "comments": "https://github.com/c/c", "abstract": "${long}", "extra": {"url": "https://github.com/e/e", "n": [1, 2.5, true, null]}, "update_date": "2024-01-02"}`,
  `{"id": "b", "title": "B", "abstract": "https://github.com/b/b"}`,
  `{"id": "bad", "title": "Broken", "abstract": "${long}", "x": 1 2}`,
  `[{"title": "not a paper", "abstract": "${long}"}]`,
  `{"id": "c", "title": "C", "abstract": "https://github.com/c/c"}`,
];

/** `extract --format jsonl` of `file`: its text and problems; streamed: with limits small enough that the long values are read as they come. */
async function extract(file: string, workers: number, streamed: boolean, limits: Partial<typeof tuning> = {}) {
  Object.assign(tuning, { workerScript: worker.script, workersFromBytes: 0, extractWorkers: workers, readChunkBytes: 256, ...limits });
  if (streamed) Object.assign(tuning, { jsonValueHeldBytes: 2000, linePieceBytes: 700, jsonStreamStringChars: 300, jsonStreamHeldChars: 1000 });
  const { out, text } = slowOutput();
  const finish = vi.spyOn(JsonObjectStream.prototype, 'finish');
  const { problems } = await writeExtract([file], { format: 'jsonl' }, out);
  const result = { text: await text(), problems: problems.map((p) => p.message.replace(`${file}:`, '')) };
  /** Values read as they came (none held: every value parsed whole). */
  streamedValues = finish.mock.calls.length;
  finish.mockRestore();
  Object.assign(tuning, defaults);
  return result;
}
let streamedValues = 0;

const inputs = {
  'JSON Lines': { name: 'papers.jsonl', text: `${papers(longText).join('\n')}\n` },
  'a JSON array, one element a line': { name: 'papers.json', text: `[\n${papers(longText).join(',\n')}\n]\n` },
  'a minified JSON array': { name: 'min.json', text: `[${papers(longText).join(',')}]` },
  'a pretty-printed JSON array': {
    name: 'pretty.json',
    text: `[\n${papers(longText)
      .map((p) => p.replace(/", "/g, '",\n    "'))
      .join(',\n')}\n]\n`,
  },
};

describe('a JSON value too long to hold', () => {
  for (const [what, { name, text }] of Object.entries(inputs)) {
    for (const workers of [0, 2]) {
      it(`${what}, ${workers ? 'beside worker threads' : 'in one thread'}: read as it comes, as it is read held`, async () => {
        const file = path.join(dir, name);
        writeFileSync(file, text);
        const held = await extract(file, workers, false);
        expect(streamedValues).toBe(0);
        const streamed = await extract(file, workers, true);
        // The long paper, the malformed one and the array (in an array, an element, not a paper).
        expect(streamedValues).toBe(3);
        expect(streamed).toEqual(held);
        const records = held.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string; links: { url: string }[]; promised: boolean; date: string | null });
        expect(records.map((r) => r.title)).toEqual(['A', 'Long', 'B', 'C']);
        const long = records[1]!;
        expect(long.links).toHaveLength(122);
        expect(long).toMatchObject({ promised: true, date: '2024-01-02' });
        expect(held.problems).toHaveLength(2);
      });
    }
  }

  // An API's answer too big to read whole (read/json-wrapper.ts, past tuning.jsonReadWhole): its
  // papers are read as its lines come, a paper too long to hold as its text comes, on the line of its title.
  for (const pretty of [false, true]) {
    it(`a paper in an API's answer streamed member by member${pretty ? ', pretty-printed' : ''}`, async () => {
      const file = path.join(dir, 'answer.json');
      const data = inputs[pretty ? 'a pretty-printed JSON array' : 'a JSON array, one element a line'].text;
      writeFileSync(file, `{"total": 6, "next": null,\n"data": ${data}}\n`);
      const held = await extract(file, 0, false, { jsonReadWhole: 1000 });
      expect(streamedValues).toBe(0);
      const streamed = await extract(file, 0, true, { jsonReadWhole: 1000 });
      // The long paper and the malformed one; the array is held (no paper: the file's record).
      expect(streamedValues).toBe(2);
      expect(streamed).toEqual(held);
      const records = held.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string | null; line: number; links: unknown[] });
      // The not-a-paper element's links make the file's record, at the end.
      expect(records.map((r) => r.title)).toEqual(['A', 'Long', 'B', 'C', null]);
      expect(records[1]).toMatchObject({ line: pretty ? 7 : 4 });
      expect(records[1]!.links).toHaveLength(122);
    });
  }

  // A saved extract result too big to read whole: its records are handed on as they are, one too
  // long to hold read as it comes (read/saved-record-stream.ts), its links kept on disk; an
  // element under `papers` that is no saved record is a paper, read as it comes too.
  it("a saved extract result's record too long to hold is handed on as it is", async () => {
    const text = path.join(dir, 'one-paper.txt');
    writeFileSync(text, `Short https://github.com/s/s\n\n${longText}\n\nhttps://github.com/t/t\n`);
    const { out, text: printed } = slowOutput();
    await writeExtract([text], { format: 'json' }, out);
    const result = JSON.parse(await printed()) as { papers: Record<string, unknown>[]; repos: unknown[] };
    expect(result.papers).toHaveLength(1);
    const record = JSON.stringify(result.papers[0]);
    const notSaved = JSON.stringify({ ...result.papers[0], line: 'one' });
    const broken = record.replace('"id"', '"id" "x"').replace(/\}\]/, '},]');
    for (const pretty of [false, true]) {
      const file = path.join(dir, 'saved.json');
      const papers = pretty ? [record, notSaved, record, broken].map((r) => JSON.stringify(JSON.parse(r.replace('},]', '}]')), null, 1)) : [record, notSaved, record, broken];
      if (pretty) papers[3] = broken;
      writeFileSync(file, `{\n"papers": [\n${papers.join(',\n')}\n],\n"repos": ${JSON.stringify(result.repos)}\n}\n`);
      const held = await extract(file, 0, false, { jsonReadWhole: 1000 });
      const savedFinish = vi.spyOn(SavedRecordStream.prototype, 'finish');
      const streamed = await extract(file, 0, true, { jsonReadWhole: 1000 });
      // The saved records and the broken one (the element with a line that is no number was left at its links).
      expect(savedFinish.mock.calls.length).toBe(3);
      savedFinish.mockRestore();
      // The element that is no saved record, read as a paper.
      expect(streamedValues).toBe(1);
      expect(streamed).toEqual(held);
      const records = held.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { source: string; links: unknown[] });
      expect(records).toHaveLength(3);
      // Handed on as written: the source of the text file, every link.
      expect(records[0]).toEqual(result.papers[0]);
      expect(records[2]).toEqual(result.papers[0]);
      expect(records[1]!.source).toBe(file);
      const brokenLine = 3 + papers.slice(0, 3).join(',\n').split('\n').length;
      expect(held.problems).toEqual([`${brokenLine}: malformed JSON array element skipped`]);
    }
  });

  // A member of the object, or an element of a list that is no paper, too long to hold: read into
  // the file's record as it comes (read/json-wrapper.ts intoFileRecord), which is what it is held.
  describe("a member too long to hold goes to the file's record as it comes", () => {
    const valid = papers(longText).filter((p) => !p.includes('"bad"') && !p.startsWith('['));
    const documents = {
      'a paper of one object': `{"id": "big", "title": "Long",\n"abstract": "${longText}",\n"update_date": "2024-01-02"}\n`,
      'a paper of one object, its title too long': `{"id": "big", "title": "${longText}", "date": "2024"}\n`,
      'a paper of one object, its long abstract before a list of objects': `{"abstract": "${longText}",\n"refs": [{"title": "R", "url": "https://github.com/r/r"}]}\n`,
      "a paper's list of long strings": `{"title": "T", "chunks": [\n"${longText}",\n"short https://github.com/x/y"\n], "n": 1}\n`,
      "an answer's list named repos, of papers": `{"total": 1,\n"repos": [{"title": "R", "abstract": "${longText}"}]}\n`,
      "a saved result's long repos element": `{"papers": [{"source": "a.txt", "line": 1, "title": "A", "date": null, "promised": false, "claimsCodeWithoutLink": false, "links": []}],\n"repos": [{"key": "${longText}"}, {"key": "k"}]}\n`,
    };
    for (const [what, document] of Object.entries(documents)) {
      it(what, async () => {
        const file = path.join(dir, 'object.json');
        writeFileSync(file, document);
        // Read whole: the lines of its links are the lines of their strings.
        const held = await extract(file, 0, false);
        // Member by member, each held: the same (a string on one line found by its value, not its escapes).
        expect(await extract(file, 0, false, { jsonReadWhole: 1000 })).toEqual(held);
        const intoFile = vi.spyOn(WrapperStream.prototype as unknown as { intoFileRecord(): void }, 'intoFileRecord');
        const streamed = await extract(file, 0, true, { jsonReadWhole: 1000 });
        expect(intoFile.mock.calls.length).toBe(what.includes('repos') ? 0 : 1);
        intoFile.mockRestore();
        if (what.includes('title too long')) {
          // A title is held up to tuning.jsonStreamHeldChars (1,000 here) when its string is read as it comes: the rest is cut.
          const whole = JSON.parse(held.text) as { title: string };
          const cut = JSON.parse(streamed.text) as { title: string };
          expect(whole.title.length).toBeGreaterThan(5000);
          expect(cut.title.length).toBeLessThan(2000);
          expect(whole.title.startsWith(cut.title)).toBe(true);
          expect({ ...cut, title: '' }).toEqual({ ...whole, title: '' });
        } else expect(streamed).toEqual(held);
        const records = held.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { title: string | null; date: string | null; links: unknown[] });
        if (what.includes('saved')) expect(records.map((r) => r.title)).toEqual(['A']);
        else if (what.includes('repos')) expect(records.map((r) => r.title)).toEqual(['R']);
        else {
          expect(records).toHaveLength(1);
          expect(records[0]!.links.length).toBeGreaterThanOrEqual(120);
        }
        if (what === 'a paper of one object') expect(records[0]).toMatchObject({ title: 'Long', date: '2024-01-02' });
      });
    }

    it("members too many to hold: past jsonValueHeldBytes in all, into the file's record as they come, as read whole", async () => {
      // (Objects without titles: titled ones would be papers keyed by their ids, not held.)
      const dict = `{\n${Array.from({ length: 60 }, (_, i) => `"2401.${i}": {"name": "P${i}", "abstract": "code: https://github.com/o${i}/r${i}", "n": [${i}, "https://github.com/x${i}/y"]}`).join(',\n')},\n"date": "2024-05-06", "id": "dump-1"\n}\n`;
      const paper = `{"title": "T", "id": "t1",\n"refs": [\n${Array.from({ length: 80 }, (_, i) => `"see https://github.com/r${i}/r"`).join(',\n')}\n],\n"more": {"url": "https://github.com/m/m"}}\n`;
      for (const [name, document] of [['objects by id', dict], ["a paper's long list of strings", paper]] as const) {
        const file = path.join(dir, 'many-members.json');
        writeFileSync(file, document);
        const held = await extract(file, 0, false);
        const now = vi.spyOn(WrapperStream.prototype as unknown as { intoFileRecordNow(): void }, 'intoFileRecordNow');
        const streamed = await extract(file, 0, false, { jsonReadWhole: 1000, jsonValueHeldBytes: 1000 });
        expect(now.mock.calls.length, name).toBeGreaterThan(10);
        now.mockRestore();
        expect(streamed, name).toEqual(held);
        const record = JSON.parse(held.text) as { title: string | null; date: string | null; id: string; links: unknown[] };
        expect(record.links.length, name).toBe(name === 'objects by id' ? 120 : 81);
        expect(record.id, name).toBe(name === 'objects by id' ? 'dump-1' : 't1');
      }
    });

    it("a key too long to hold: its member read under the key's first characters, said once, nothing else lost", async () => {
      const file = path.join(dir, 'long-key.json');
      const key = `k${'x'.repeat(5000)}`;
      writeFileSync(file, `{"total": 2,\n"${key}": "https://github.com/k/k",\n"${key}y": [\n${valid.slice(0, 2).join(',\n')}\n],\n"next": "https://github.com/n/n"}\n`);
      const held = await extract(file, 0, false);
      // Member by member, in pieces of 700 characters, keys held up to 2,000: the same papers, and
      // the file's record with both members' links (under names of their own: the keys start alike).
      const streamed = await extract(file, 0, true, { jsonReadWhole: 1000 });
      const name = (n: number) => `k${'x'.repeat(63)}… (cut key ${n})`;
      expect(streamed.problems).toEqual([`2: JSON key longer than 2000 characters: its member read as "${name(1)}"`, `3: JSON key longer than 2000 characters: its member read as "${name(2)}"`]);
      expect(held.problems).toEqual([]);
      // The same records; the file's record, first when read whole, last member by member.
      expect(streamed.text).toBe(held.text.split('\n').slice(1).concat(held.text.split('\n')[0]!).filter(Boolean).join('\n') + '\n');
      const fileRecord = JSON.parse(streamed.text.trim().split('\n').at(-1)!) as { links: { url: string }[] };
      expect(fileRecord.links.map((l) => l.url)).toEqual(['https://github.com/k/k', 'https://github.com/n/n']);
    });

  });

  // An answer wrapped twice (`{"result": {"data": […]}}`): its papers are records however it is
  // read — whole, member by member with the member held (read/json-wrapper.ts nestedPapers), or
  // the member too long to hold, read member by member as it comes (readNested).
  describe('an answer wrapped twice', () => {
    const valid = papers(longText).filter((p) => !p.includes('"bad"') && !p.startsWith('['));
    const titles = (text: string) => text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { title: string | null }).title);

    it('gives each paper its record, the same read whole, held and as it comes', async () => {
      const file = path.join(dir, 'twice.json');
      // (C's link is not the long paper's comment too: read whole, a link repeated is on the first one's line.)
      const distinct = valid.map((p) => p.replace('"abstract": "https://github.com/c/c"', '"abstract": "https://github.com/c/d"'));
      writeFileSync(file, `{"status": "ok", "result": {"total": 4,\n"data": [\n${distinct.join(',\n')}\n]}}\n`);
      const whole = await extract(file, 0, false);
      const held = await extract(file, 0, false, { jsonReadWhole: 1000 });
      const nested = vi.spyOn(WrapperStream.prototype as unknown as { readNested(): void }, 'readNested');
      const streamed = await extract(file, 0, true, { jsonReadWhole: 1000 });
      expect(nested.mock.calls.length).toBe(1);
      nested.mockRestore();
      // (What the answer says besides, `status` and `total`, has no link: no file record.)
      expect(titles(whole.text)).toEqual(['A', 'Long', 'B', 'C']);
      expect(held).toEqual(whole);
      expect(streamed).toEqual(whole);
      const long = JSON.parse(whole.text.split('\n')[1]!) as { line: number; promised: boolean; links: unknown[] };
      expect(long).toMatchObject({ line: 4, promised: true });
      expect(long.links.length).toBeGreaterThanOrEqual(120);
    });

    it("a malformed paper in it: said on its line, the papers around it kept, read whole, held and as it comes", async () => {
      const file = path.join(dir, 'broken.json');
      writeFileSync(file, `{"status": "ok",\n"result": {"data": [\n${papers(longText).join(',\n')}\n]},\n"next": "https://github.com/n/n"}\n`);
      // Read whole, the document is no JSON: it is read member by member instead.
      const whole = await extract(file, 0, false);
      const held = await extract(file, 0, false, { jsonReadWhole: 1000 });
      const streamed = await extract(file, 0, true, { jsonReadWhole: 1000 });
      expect(whole.problems).toEqual(['6: malformed JSON array element skipped']);
      expect(held).toEqual(whole);
      expect(streamed).toEqual(whole);
      // The element that is no object stays with the file's record, last, with the answer's own link.
      expect(titles(whole.text)).toEqual(['A', 'Long', 'B', 'C', null]);
      const links = (JSON.parse(whole.text.trim().split('\n').at(-1)!) as { links: { url: string }[] }).links.map((l) => l.url);
      expect(links).toContain('https://github.com/n/n');
      expect(links).toContain('https://github.com/long-0/repo-0');
    });
  });

  // Lines and elements longer than tuning.workerValueBytes are read in the main thread, in their
  // turn, whole or as they come: lines of every length, one to a few in each batch, the first and
  // the last of a batch among them.
  for (const [what, name] of [['JSON Lines', 'mixed.jsonl'], ['a JSON array', 'mixed.json']] as const) {
    it(`${what}: values too long to send to a worker read beside them, in their turn`, async () => {
      const file = path.join(dir, name);
      const rand = prng(3);
      const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `p${i}`, title: `P${i}`, abstract: Array.from({ length: Math.floor(rand() * rand() * 40) }, (_, k) => `https://github.com/o${i}/r${k}`).join(' ') }));
      writeFileSync(file, name.endsWith('.jsonl') ? `${lines.join('\n')}\n` : `[\n${lines.join(',\n')}\n]\n`);
      const oneThread = await extract(file, 0, false);
      expect(oneThread.text.split('\n').filter(Boolean)).toHaveLength(300);
      for (const [chunk, most] of [[256, 100], [1024, 300], [4096, 600]] as const) {
        const readHere = vi.spyOn(LongLines.prototype, 'whole');
        expect(await extract(file, 2, false, { readChunkBytes: chunk, workerValueBytes: most }), `chunks of ${chunk}, at most ${most}`).toEqual(oneThread);
        // Read here: a JSON Lines line whole, an array's element as it comes.
        const tooLong = lines.filter((l) => Buffer.byteLength(l) > most).length;
        // Some read here, the others by the workers.
        expect(tooLong).toBeGreaterThan(10);
        expect(tooLong).toBeLessThan(290);
        expect(name.endsWith('.jsonl') ? readHere.mock.calls.length : streamedValues).toBe(tooLong);
        readHere.mockRestore();
      }
    });
  }

  it('a JSON Lines line of many tiny members counts them (json-text.ts wholeCost): read as it comes past jsonValueHeldBytes, the same record', async () => {
    const members = Array.from({ length: 60 }, (_, i) => `"k${i}": ${i === 40 ? '"https://github.com/t/in"' : '1'}`).join(', ');
    const line = `{"title": "Tiny", ${members}, "url": "https://github.com/t/t"}`;
    // Under the limit in characters; over it with 24 more for each of its 62 colons and its brace.
    expect(line.length).toBeLessThan(1500);
    const file = path.join(dir, 'tiny-members.jsonl');
    writeFileSync(file, `{"title": "A", "url": "https://github.com/a/a"}\n${line}\n`);
    const held = await extract(file, 0, false);
    expect(streamedValues).toBe(0);
    const inPieces = await extract(file, 0, false, { jsonValueHeldBytes: 1500, linePieceBytes: 100 });
    expect(streamedValues).toBe(1);
    expect(inPieces).toEqual(held);
    expect(held.text.split('\n')[1]).toContain('https://github.com/t/in');
  });

  it("an API answer's paper of many tiny members counts them too: read as it comes past jsonValueHeldBytes, the same records", async () => {
    const members = Array.from({ length: 200 }, (_, i) => `"k${i}": ${i === 140 ? '"https://github.com/t/in"' : '1'}`).join(', ');
    const paper = `{"title": "Tiny", ${members}, "url": "https://github.com/t/t"}`;
    expect(paper.length).toBeLessThan(3000);
    const file = path.join(dir, 'tiny-answer.json');
    writeFileSync(file, `{"total": 2, "data": [\n{"title": "A", "url": "https://github.com/a/a"},\n${paper}\n]}\n`);
    const held = await extract(file, 0, false);
    expect(streamedValues).toBe(0);
    // Its line comes in pieces (chunks of 256 bytes, as a long line's): past a 16th of the limit a value counts its members too.
    const streamed = await extract(file, 0, false, { jsonReadWhole: 0, jsonValueHeldBytes: 3000, linePieceBytes: 100 });
    expect(streamedValues).toBe(1);
    expect(streamed).toEqual(held);
  });

  it('a JSON array element of many tiny members counts them in one thread: read as it comes past what may be held, the same records', async () => {
    const members = Array.from({ length: 400 }, (_, i) => `"k${i}": ${i === 300 ? '"https://github.com/t/in"' : '1'}`).join(', ');
    const element = `{"title": "Tiny", ${members}, "url": "https://github.com/t/t"}`;
    // Under the limit in characters; over it with 24 more for each `:` and `{` past a 16th of it.
    // (Beside workers an element is at most workerValueBytes, and its bytes alone count.)
    expect(element.length).toBeLessThan(6000);
    const file = path.join(dir, 'tiny-element.json');
    writeFileSync(file, `[\n{"title": "A", "url": "https://github.com/a/a"},\n${element},\n{"title": "B", "url": "https://github.com/b/b"}\n]\n`);
    const held = await extract(file, 0, false);
    expect(streamedValues).toBe(0);
    const streamed = await extract(file, 0, false, { jsonValueHeldBytes: 6000 });
    expect(streamedValues).toBe(1);
    expect(streamed).toEqual(held);
  });

  it('a JSON Lines line past maxLineBytes is read, not skipped', async () => {
    const file = path.join(dir, 'past-max.jsonl');
    writeFileSync(file, `${papers(longText).join('\n')}\n`);
    const held = await extract(file, 0, false);
    for (const workers of [0, 2]) {
      Object.assign(tuning, { maxLineBytes: 4000 });
      expect(await extract(file, workers, true)).toEqual(held);
      expect(streamedValues).toBe(3);
    }
  });
});
