// The committed bundle (dist/) is what the runner runs, so it must be exactly what `npm run bundle`
// builds from these sources and this lockfile: a fresh build into a temporary folder must match it
// byte for byte (the `git diff --exit-code dist/` check, inside `npm test` so .ci/run runs it).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../harness/action-runner.js';

describe('dist/ (the committed action bundle)', () => {
  it('is what npm run bundle builds now — run it and commit dist/ when this fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'ra-bundle-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), '--outdir', out], { cwd: ROOT, stdio: 'pipe' });
      const fresh = readdirSync(out).sort();
      expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual(fresh);
      for (const name of fresh) {
        const same = readFileSync(join(out, name)).equals(readFileSync(join(ROOT, 'dist', name)));
        expect(same, `dist/${name} differs from a fresh build`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
