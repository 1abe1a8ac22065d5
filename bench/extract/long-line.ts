// One long line of links in each line format: what holding a line costs. A Markdown list item, a
// BibTeX field, a daily-papers abstract, a YAML string, a CSV cell, a JSON Lines line and a JSON
// array element and a paper in an API's answer (`{"data": […]}`) (an abstract; since run 52) and plain text, each one line
// of N MB of distinct GitHub links (one paper of hundreds of thousands of links, the most a
// record can cost), between short papers; and (since run 60) a JSON object that is one paper, an
// answer wrapped twice, a saved extract result's record. Prints wall and CPU seconds, peak RSS,
// records and the problems said, per format and size (RESULTS.md runs 46, 52, 60). Inputs in bench/tmp/ (git-ignored),
// deleted afterwards. `extract` needs no network.
//   node --import tsx bench/extract/long-line.ts [--mb 5,20,58] [--formats markdown,bibtex,…] [--cli lib/cli/main.js]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { option } from '../options.js';
import { timed } from './timed.js';

const cli = option('cli', 'lib/cli/main.js');
const sizes = option('mb', '5,20,58').split(',').map(Number);

/** Each format: its extension, and a file of a short paper, the long line (`long`), another short paper. */
const SHAPES: Record<string, { ext: string; file: (long: string) => string }> = {
  markdown: { ext: 'md', file: (long) => `# Papers\n\n- [A](https://arxiv.org/abs/2401.00001) [[Code](https://github.com/a/a)]\n- ${long}\n- [C](https://arxiv.org/abs/2401.00003) [[Code](https://github.com/c/c)]\n` },
  bibtex: { ext: 'bib', file: (long) => `@misc{a, title = {A}, url = {https://github.com/a/a}}\n@misc{big,\n title = {Big},\n note = {${long}}\n}\n@misc{c, title = {C}, url = {https://github.com/c/c}}\n` },
  'hf-papers': { ext: 'txt', file: (long) => `Daily Papers\nbyAK and the research community\n\nPaper A\n\nCode at https://github.com/a/a\n\n• 3 authors\nFeb 7, 2024 1\n\nPaper Big\n\n${long}\n\n• 2 authors\nFeb 7, 2024 1\n` },
  yaml: { ext: 'yaml', file: (long) => `- title: A\n  code: https://github.com/a/a\n- title: Big\n  abstract: "${long}"\n- title: C\n  code: https://github.com/c/c\n` },
  csv: { ext: 'csv', file: (long) => `Title,Url,Abstract Note\n"A","https://github.com/a/a",""\n"Big","","${long}"\n"C","https://github.com/c/c",""\n` },
  jsonl: { ext: 'jsonl', file: (long) => `{"id":"a","title":"A","abstract":"https://github.com/a/a"}\n{"id":"big","title":"Big","abstract":"${long}"}\n{"id":"c","title":"C","abstract":"https://github.com/c/c"}\n` },
  json: { ext: 'json', file: (long) => `[\n{"id":"a","title":"A","abstract":"https://github.com/a/a"},\n{"id":"big","title":"Big","abstract":"${long}"},\n{"id":"c","title":"C","abstract":"https://github.com/c/c"}\n]\n` },
  'json-wrapper': { ext: 'json', file: (long) => `{"total": 3, "data": [\n{"id":"a","title":"A","abstract":"https://github.com/a/a"},\n{"id":"big","title":"Big","abstract":"${long}"},\n{"id":"c","title":"C","abstract":"https://github.com/c/c"}\n]}\n` },
  text: { ext: 'txt', file: (long) => `Paper A https://github.com/a/a\n${long}\nPaper C https://github.com/c/c\n` },
  // (Since run 60.) One paper that is the whole object; an answer wrapped twice (`result.data`,
  // whose list is not looked into: the file's record); a saved extract result whose one record
  // holds the line's links as link objects (~5 times the line's size).
  'json-object': { ext: 'json', file: (long) => `{"id": "big", "title": "Big",\n"abstract": "${long}",\n"update_date": "2024-01-02"}\n` },
  'json-nested': { ext: 'json', file: (long) => `{"status": "ok", "result": {"total": 3, "data": [\n{"id":"a","title":"A","abstract":"https://github.com/a/a"},\n{"id":"big","title":"Big","abstract":"${long}"},\n{"id":"c","title":"C","abstract":"https://github.com/c/c"}\n]}}\n` },
  'json-saved': { ext: 'json', file: (long) => `{\n"papers": [\n${savedRecord('a.txt', long)}\n],\n"repos": []\n}\n` },
};

/** A saved extract result's record (`extract --format json`) of the links on `long`. */
function savedRecord(source: string, long: string): string {
  const links = long.split(' ').map((url) => {
    const repo = url.slice('https://github.com/'.length);
    return JSON.stringify({ url, forge: 'github', kind: 'repo', repo, path: null, key: `github/${repo.toLowerCase()}`, line: 1, raw: url });
  });
  return `{"source":${JSON.stringify(source)},"line":1,"title":null,"date":null,"promised":false,"claimsCodeWithoutLink":false,"links":[${links.join(',')}]}`;
}
const formats = option('formats', Object.keys(SHAPES).join(',')).split(',');

/** `bytes` of distinct repository links, blank-separated, on one line. */
function longLine(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const link = `https://github.com/owner-${n % 5000}/repo-${n}`;
    parts.push(link);
    size += link.length + 1;
  }
  return parts.join(' ');
}

const dir = path.join('bench', 'tmp', `long-line-${process.pid}`);
mkdirSync(dir, { recursive: true });
console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, ${cli}, load average ${os.loadavg()[0]!.toFixed(2)}`);
console.log('\n| format | line MB | wall s | CPU s | peak RSS MiB | records | problems |\n|---|---|---|---|---|---|---|');
try {
  for (const mb of sizes) {
    const long = longLine(mb * 1e6);
    for (const format of formats) {
      const shape = SHAPES[format];
      if (!shape) throw new Error(`unknown format ${format}: one of ${Object.keys(SHAPES).join(', ')}`);
      const input = path.join(dir, `long.${shape.ext}`);
      const out = path.join(dir, 'out.jsonl');
      writeFileSync(input, shape.file(long));
      // Problems go to stderr, which timed() reads; the command exits 2 when there are some.
      const t = timed(process.execPath, [cli, 'extract', input, '--input-format', format.startsWith('json-') ? 'json' : format, '--format', 'jsonl', '--out', out]);
      const records = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
      const problems = t.stderr.split('\n').flatMap((l) => /^repo-audit: [^:]+:(?:\d+:)? (.*)$/.exec(l)?.[1] ?? []);
      console.log(`| ${format} | ${mb} | ${t.wall.toFixed(2)} | ${t.cpu.toFixed(2)} | ${t.rssMib.toFixed(0)} | ${records} | ${problems.join('; ') || '—'} |`);
      rmSync(out, { force: true });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
