// `repo-audit fix` never loses the user's work: a file edited while fix was asking GitHub is left
// as the user left it; --from-snapshot rewrites from a saved audit without any network.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { cli } from './cli.js';
import { FIX_SCENARIO, TOKEN, simFlags } from './scenario.js';

let sim: RunningSimulator;
let dir: string;
const env = { GITHUB_TOKEN: TOKEN };
beforeAll(async () => {
  sim = await startSimulator(FIX_SCENARIO);
  dir = mkdtempSync(join(tmpdir(), 'repo-audit-fix-safety-'));
}, 120_000); // the simulator loads GitHub's GraphQL schema: slow on a busy machine
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A loopback proxy to the simulator that calls `onFirst` before passing on the first request. */
async function proxyWithHook(target: string, onFirst: () => void): Promise<{ url: string; server: Server }> {
  let first = true;
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    if (first) {
      first = false;
      onFirst();
    }
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('repo-audit fix keeps the user safe', () => {
  it('refuses to overwrite a file changed during the run (exit 2) and still fixes the others', async () => {
    const d = join(dir, 'changed');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'a.md'), 'Code: https://github.com/oldorg/tool\n');
    writeFileSync(join(d, 'b.md'), 'Code: https://github.com/oldorg/tool\n');
    const proxy = await proxyWithHook(sim.url, () => appendFileSync(join(d, 'a.md'), 'A line the user added meanwhile.\n'));
    try {
      const r = await cli(['fix', 'a.md', 'b.md', '--api-url', proxy.url, '--graphql-url', `${proxy.url}/graphql`, '--no-web', '--cache-dir', join(d, '.cache')], { cwd: d, env });
      expect(r.stderr).toContain('repo-audit: a.md: changed since it was read; left as it is (run fix again)');
      expect(r.code).toBe(2);
      expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('Code: https://github.com/oldorg/tool\nA line the user added meanwhile.\n');
      expect(readFileSync(join(d, 'b.md'), 'utf8')).toBe('Code: https://github.com/NewLab/Tool\n');
      expect(r.stdout).toBe('b.md:1: https://github.com/oldorg/tool → https://github.com/NewLab/Tool\n');
    } finally {
      proxy.server.close();
    }
  }, 300_000);

  it('--from-snapshot rewrites from a saved audit without asking anyone', async () => {
    const d = join(dir, 'snapshot');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'papers.md'), '- [Tool](https://github.com/oldorg/tool) and [mine](https://github.com/Lab/My_Tool#usage)\n');
    const audit = await cli(['audit', 'papers.md', '--out', 'reports', ...simFlags(sim, join(d, '.cache'))], { cwd: d, env });
    expect(audit.code).toBe(0);
    const before = sim.log.entries().length;
    // No token and an API address nobody listens on: any request would fail the run.
    const r = await cli(['fix', 'papers.md', '--from-snapshot', 'reports/snapshot.json', '--api-url', 'http://127.0.0.1:9', '--no-web'], { cwd: d });
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'papers.md'), 'utf8')).toBe('- [Tool](https://github.com/NewLab/Tool) and [mine](https://github.com/lab/my_tool_v2#usage)\n');
    expect(sim.log.entries().length).toBe(before);
  }, 300_000);

  it('says which inputs it cannot fix: stdin, a named pipe, a gzipped file, a zip or other binary file, a missing file, an unreadable snapshot', async () => {
    const d = join(dir, 'bad');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'ok.md'), 'https://github.com/oldorg/tool\n');
    const r = await cli(['fix', 'ok.md', 'missing.md', '--from-snapshot', 'nope.json'], { cwd: d });
    expect(r.stderr).toBe('repo-audit: nope.json: no such file\n');
    expect(r.code).toBe(2);
    // A named pipe: `extract` reads one (`<(…)`), `fix` has no file to write back to. Nothing writes to it: it is never opened.
    execFileSync('mkfifo', [join(d, 'pipe.md')]);
    // extract reads a gzipped list; fix cannot rewrite one, and says so rather than "nothing to change".
    const packed = gzipSync('https://github.com/oldorg/tool\n');
    writeFileSync(join(d, 'packed.md.gz'), packed);
    // A zip that stores its file uncompressed holds the link as written: rewriting it would break the archive.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('stored: https://github.com/oldorg/tool\n')]);
    writeFileSync(join(d, 'stored.zip'), zip);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n/URI (https://github.com/oldorg/tool)\n'), Buffer.from([0, 1, 2])]);
    writeFileSync(join(d, 'paper.pdf'), pdf);
    const s = await cli(['fix', 'ok.md', 'missing.md', '-', 'pipe.md', 'packed.md.gz', 'stored.zip', 'paper.pdf', ...simFlags(sim, join(d, '.cache')), '--quiet'], { cwd: d, env });
    expect(s.stderr).toContain('repo-audit: packed.md.gz: gzip-compressed; fix rewrites plain text files only (decompress it, fix, compress again)\n');
    expect(readFileSync(join(d, 'packed.md.gz')).equals(packed)).toBe(true);
    expect(s.stderr).toContain('repo-audit: stored.zip: zip archive; fix rewrites plain text files only\n');
    expect(readFileSync(join(d, 'stored.zip')).equals(zip)).toBe(true);
    expect(s.stderr).toContain('repo-audit: paper.pdf: binary file; fix rewrites plain text files only\n');
    expect(readFileSync(join(d, 'paper.pdf')).equals(pdf)).toBe(true);
    expect(s.stderr).toContain('repo-audit: missing.md: no such file or directory\n');
    expect(s.stderr).toContain('repo-audit: -: fix rewrites files in place; standard input cannot be rewritten\n');
    expect(s.stderr).toContain('repo-audit: pipe.md: fix rewrites files in place; a named pipe cannot be rewritten\n');
    expect(s.code).toBe(2);
    expect(readFileSync(join(d, 'ok.md'), 'utf8')).toBe('https://github.com/NewLab/Tool\n');
  }, 300_000);
});
