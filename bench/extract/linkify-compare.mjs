// Why URL finding is hand-written: linkify-it (the usual library) against the hand-checked corpus
// links and on speed. linkify-it is not a dependency of the project; install it aside:
//   npm install --prefix /tmp/lk linkify-it@5
//   LINKIFY_IT=/tmp/lk/node_modules/linkify-it nice node --import tsx bench/extract/linkify-compare.mjs
// Uses examples/hf-papers, test/fixtures/extract/hf-papers-links.tsv and, for speed, the first
// 20,000 abstracts of bench/tmp/small.jsonl if present (node --import tsx bench/extract/… generate).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findLinks } from '../../src/extract/links.ts';

const pkg = process.env.LINKIFY_IT;
if (!pkg) throw new Error('set LINKIFY_IT to an installed linkify-it package directory');
const main = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).exports?.['.']?.import ?? 'index.mjs';
const { default: LinkifyIt } = await import(pathToFileURL(path.join(pkg, main)).href);
const linkify = new LinkifyIt();

const golden = new Map();
for (const l of fs.readFileSync('test/fixtures/extract/hf-papers-links.tsv', 'utf8').split('\n')) {
  if (!l || l.startsWith('#')) continue;
  const [f, , line, , , , , url] = l.split('\t');
  golden.set(`${f}:${line}`, [...(golden.get(`${f}:${line}`) ?? []), url]);
}
const same = (a, b) => a.replace(/\.git$/, '').replace(/\/$/, '') === b.replace(/\/$/, '');
let found = 0;
let right = 0;
let missed = 0;
const wrong = [];
for (const f of fs.readdirSync('examples/hf-papers').sort()) {
  fs.readFileSync(`examples/hf-papers/${f}`, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const want = golden.get(`${f}:${i + 1}`) ?? [];
      const got = (linkify.match(text) ?? []).map((m) => m.url);
      found += got.length;
      for (const g of got) (want.some((w) => same(g, w)) ? right++ : wrong.push(g));
      for (const w of want) if (!got.some((g) => same(g, w))) missed++;
    });
}
console.log({ handChecked: [...golden.values()].flat().length, linkifyFound: found, right, missed, wrong: wrong.length });
console.log(wrong);

const sample = 'bench/tmp/small.jsonl';
if (fs.existsSync(sample)) {
  const abstracts = fs
    .readFileSync(sample, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, 20000)
    .map((l) => JSON.parse(l).abstract);
  const mb = abstracts.reduce((n, l) => n + l.length, 0) / 1e6;
  for (const [name, run] of [
    ['linkify-it match()', (t) => (linkify.match(t) ?? []).length],
    ['findLinks() (find + clean + classify)', (t) => findLinks(t, 1).length],
  ]) {
    const t0 = performance.now();
    let n = 0;
    for (const t of abstracts) n += run(t);
    console.log(`${name}: ${(mb / ((performance.now() - t0) / 1e3)).toFixed(0)} MB/s, ${n} links in ${mb.toFixed(0)} MB`);
  }
}
