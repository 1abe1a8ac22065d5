// `repo-audit fix` through the CLI against the simulator over real HTTP: every way a link can be
// written is rewritten (only `owner/name`, to the new home as GitHub spells it), everything around
// it stays byte for byte, and a second run changes nothing.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { cli } from './cli.js';
import { FIX_SCENARIO, TOKEN, simFlags } from './scenario.js';

const README = `# Papers

| Paper | Code |
| --- | --- |
| Tool paper | [code](https://github.com/oldorg/tool) |
| Extra | https://github.com/oldorg/tool-extra |

See [the tree](https://github.com/OldOrg/Tool/tree/main/src/x.py#L10) and [clone](https://github.com/oldorg/tool.git).
Autolink: <https://github.com/OLDORG/TOOL#readme>, bare https://github.com/oldorg/tool?tab=readme-ov-file.
Code span: \`git clone git@github.com:oldorg/tool.git\` and \`https://github.com/oldorg/tool\`.
Other: https://github.com/oldorg/other, www: http://www.github.com/oldorg/tool, dead: https://github.com/someone/deleted
Mine: <a href="https://github.com/lab/my_tool">here</a>.

[ref]: https://github.com/oldorg/tool "The tool"
[ref2]: <https://github.com/oldorg/tool/blob/v1/README.md>
`;

const README_FIXED = `# Papers

| Paper | Code |
| --- | --- |
| Tool paper | [code](https://github.com/NewLab/Tool) |
| Extra | https://github.com/oldorg/tool-extra |

See [the tree](https://github.com/NewLab/Tool/tree/main/src/x.py#L10) and [clone](https://github.com/NewLab/Tool.git).
Autolink: <https://github.com/NewLab/Tool#readme>, bare https://github.com/NewLab/Tool?tab=readme-ov-file.
Code span: \`git clone git@github.com:NewLab/Tool.git\` and \`https://github.com/NewLab/Tool\`.
Other: https://github.com/oldorg/other, www: http://www.github.com/NewLab/Tool, dead: https://github.com/someone/deleted
Mine: <a href="https://github.com/lab/my_tool_v2">here</a>.

[ref]: https://github.com/NewLab/Tool "The tool"
[ref2]: <https://github.com/NewLab/Tool/blob/v1/README.md>
`;

// BibTeX with Windows line endings; LaTeX escapes the underscore inside \\url.
const BIB = [
  '@misc{tool,',
  '  title = {Tool},',
  '  url = {https://github.com/oldorg/tool},',
  '  howpublished = {\\url{https://github.com/OldOrg/Tool/tree/v1}},',
  '  note = {see \\url{https://github.com/lab/my\\_tool}}',
  '}',
  '',
].join('\r\n');
const BIB_FIXED = BIB.replace('https://github.com/oldorg/tool}', 'https://github.com/NewLab/Tool}')
  .replace('OldOrg/Tool/tree', 'NewLab/Tool/tree')
  .replace('lab/my\\_tool}', 'lab/my\\_tool\\_v2}');

// A UTF-8 byte order mark, non-ASCII text, and no newline at the end.
const NOTES = '\uFEFFCode (código): https://github.com/oldorg/tool。 Done';
const NOTES_FIXED = '\uFEFFCode (código): https://github.com/NewLab/Tool。 Done';

// JSON: the first URL is verbatim in its string, the second escaped (`\\/`): left alone, with a notice.
const JSON_TEXT = '{"papers": [{"title": "A", "code": "https://github.com/oldorg/tool"}, {"title": "B", "code": "https:\\/\\/github.com\\/lab\\/my_tool"}]}\n';
const JSON_FIXED = JSON_TEXT.replace('github.com/oldorg/tool', 'github.com/NewLab/Tool');

let sim: RunningSimulator;
let dir: string;
const env = { GITHUB_TOKEN: TOKEN };
beforeAll(async () => {
  sim = await startSimulator(FIX_SCENARIO);
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-fix-'));
}, 120_000); // the simulator loads GitHub's GraphQL schema: slow on a busy machine
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding the four fixture files. */
function workdir(name: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  const files: Record<string, string> = { 'README.md': README, 'refs.bib': BIB, 'notes.txt': NOTES, 'data.json': JSON_TEXT };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(d, file), text);
  return d;
}

describe('repo-audit fix', () => {
  it('rewrites every form, keeps everything around each link byte for byte, and is idempotent', async () => {
    const d = workdir('forms');
    chmodSync(join(d, 'README.md'), 0o640);
    const files = ['README.md', 'refs.bib', 'notes.txt', 'data.json'];
    const r = await cli(['fix', ...files, ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(r.stderr).toContain('fix: rewrote 16 links in 4 files');
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'README.md'), 'utf8')).toBe(README_FIXED);
    expect(readFileSync(join(d, 'refs.bib'), 'utf8')).toBe(BIB_FIXED);
    expect(readFileSync(join(d, 'notes.txt'))).toEqual(Buffer.from(NOTES_FIXED, 'utf8'));
    expect(readFileSync(join(d, 'data.json'), 'utf8')).toBe(JSON_FIXED);
    expect(statSync(join(d, 'README.md')).mode & 0o777).toBe(0o640);
    // One line per change: file:line, old → new.
    expect(r.stdout).toContain('README.md:5: https://github.com/oldorg/tool → https://github.com/NewLab/Tool\n');
    expect(r.stdout).toContain('README.md:8: https://github.com/OldOrg/Tool/tree/main/src/x.py#L10 → https://github.com/NewLab/Tool/tree/main/src/x.py#L10\n');
    expect(r.stdout).toContain('refs.bib:5: https://github.com/lab/my\\_tool → https://github.com/lab/my\\_tool\\_v2\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(16);
    // The escaped JSON string is left alone, and said so.
    expect(r.stderr).toMatch(/fix: data\.json:1: left https:\/\/github\.com\/lab\/my_tool alone \(moved to github\.com\/lab\/my_tool_v2\): not written verbatim in a JSON string/);
    expect(r.stdout + r.stderr).not.toContain(TOKEN);

    const again = await cli(['fix', ...files, ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('fix: nothing to change in 4 files');
    expect(readFileSync(join(d, 'README.md'), 'utf8')).toBe(README_FIXED);
  }, 300_000);

  it('--dry-run prints a unified diff, writes nothing and exits 1; 0 once nothing would change', async () => {
    const d = workdir('dry');
    const r = await cli(['fix', 'README.md', 'refs.bib', '--dry-run', ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('--- a/README.md\n+++ b/README.md\n@@ ');
    expect(r.stdout).toContain('\n-| Tool paper | [code](https://github.com/oldorg/tool) |\n+| Tool paper | [code](https://github.com/NewLab/Tool) |\n');
    expect(r.stdout).toContain('--- a/refs.bib\n+++ b/refs.bib\n');
    expect(r.stderr).toContain('would rewrite 14 links in 2 files (dry run: nothing written)');
    expect(readFileSync(join(d, 'README.md'), 'utf8')).toBe(README);
    expect(readFileSync(join(d, 'refs.bib'), 'utf8')).toBe(BIB);

    writeFileSync(join(d, 'README.md'), README_FIXED);
    const clean = await cli(['fix', 'README.md', '--dry-run', ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(clean.stdout).toBe('');
    expect(clean.code).toBe(0);
  }, 300_000);

  it('rewrites a YAML paper list: its moved links in plain, quoted and folded strings, nothing else', async () => {
    const d = workdir('yaml');
    const yaml = [
      '# papers.yaml',
      '- title: Tool paper',
      '  code: https://github.com/oldorg/tool',
      "  project: 'https://github.com/OldOrg/Tool/tree/main/docs'",
      '  abstract: >-',
      '    Our code is at',
      '    https://github.com/oldorg/tool.git and elsewhere.',
      '  other: https://github.com/oldorg/other',
      '',
    ].join('\n');
    writeFileSync(join(d, 'papers.yaml'), yaml);
    const r = await cli(['fix', 'papers.yaml', ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(r.stderr).toContain('fix: rewrote 3 links in 1 file');
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'papers.yaml'), 'utf8')).toBe(
      yaml.replace('https://github.com/oldorg/tool\n', 'https://github.com/NewLab/Tool\n').replace('OldOrg/Tool/tree', 'NewLab/Tool/tree').replace('oldorg/tool.git', 'NewLab/Tool.git'),
    );
  }, 300_000);

  it('--normalize also writes https:// and drops www. on every github.com link', async () => {
    const d = workdir('normalize');
    writeFileSync(join(d, 'links.md'), 'a http://github.com/oldorg/other b http://www.github.com/oldorg/tool c www.github.com/oldorg/tool-extra d https://gist.github.com/abcdef12\n');
    const r = await cli(['fix', 'links.md', '--normalize', ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'links.md'), 'utf8')).toBe('a https://github.com/oldorg/other b https://github.com/NewLab/Tool c github.com/oldorg/tool-extra d https://gist.github.com/abcdef12\n');
  }, 300_000);
});
