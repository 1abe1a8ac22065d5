// Inputs given as globs, through the CLI (`repo-audit extract`), as a user types them (quoted, so
// the shell leaves them alone): classes, `!` to leave files out, escapes, and directory walks.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-globs-'));
  const file = (name: string, repo: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `# ${name}\n\nCode: https://github.com/lab/${repo}\n`);
  };
  file('papers/a.md', 'a');
  file('papers/b.md', 'b');
  file('papers/c.md', 'c');
  file('papers/*.md', 'star'); // a file whose name is a glob
  file('papers/draft.md', 'draft');
  file('papers/b/nested.md', 'nested');
  file('papers/.notes.md', 'notes'); // hidden file: read
  file('papers/.hidden/secret.md', 'secret'); // hidden directory: skipped
  file('papers/node_modules/dep.md', 'dep'); // skipped
  symlinkSync(join(dir, 'papers/a.md'), join(dir, 'papers/link.md')); // links are not followed
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sources `extract` read, in order, and its exit code and stderr. */
async function extract(...inputs: string[]) {
  const r = await runCli(['extract', ...inputs, '--format', 'json'], { cwd: dir });
  const papers = r.code === 0 || r.stdout ? (JSON.parse(r.stdout) as { papers: { source: string }[] }).papers : [];
  return { code: r.code, stderr: r.stderr, sources: [...new Set(papers.map((p) => p.source))] };
}

describe('inputs given as globs (tinyglobby)', () => {
  it('[abc] is a class of characters', async () => {
    const r = await extract('papers/[ab].md');
    expect(r.sources).toEqual(['papers/a.md', 'papers/b.md']);
    expect(r.code).toBe(0);
  });

  it("'!pattern' leaves files out of the other inputs (globs and directories alike)", async () => {
    expect((await extract('papers/*.md', '!papers/draft.md', '!papers/\\*.md')).sources).toEqual(['papers/.notes.md', 'papers/a.md', 'papers/b.md', 'papers/c.md']);
    const walked = await extract('papers', '!**/b/**', '!papers/[a-c].md');
    expect(walked.sources).toEqual(['papers/*.md', 'papers/.notes.md', 'papers/draft.md']);
    expect(walked.code).toBe(0);
  });

  it('a \\ escape matches the character itself: papers/\\*.md is the file named *.md only', async () => {
    const r = await extract('papers/\\*.md');
    expect(r.sources).toEqual(['papers/*.md']);
  });

  it('** crosses directories; a walk and a glob skip node_modules and hidden directories, follow no links, in walk order', async () => {
    const all = ['papers/*.md', 'papers/.notes.md', 'papers/a.md', 'papers/b/nested.md', 'papers/b.md', 'papers/c.md', 'papers/draft.md'];
    expect((await extract('papers/**/*.md')).sources).toEqual(all);
    expect((await extract('papers')).sources).toEqual(all);
  });

  it('only exclusions, or a glob that matches nothing, is one line naming it (exit 2)', async () => {
    const none = await extract('papers/[xyz].md');
    expect(none.stderr).toBe('repo-audit: papers/[xyz].md: no file matches this pattern\n');
    expect(none.code).toBe(2);
    const onlyOut = await extract('!papers/a.md');
    expect(onlyOut.stderr).toContain('!papers/a.md: a !pattern only leaves files out: name the files, directories or globs to read as well\n');
    expect(onlyOut.code).toBe(2);
  });
});
