// The example matrix workflow of docs/scale.md passes actionlint, and its shape is what the doc
// promises: one job per shard with its own token secret, each uploading its snapshot, and a merge
// job that downloads every shard's artifact and runs `repo-audit merge`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionlint } from './actionlint.js';
import { ROOT } from './load.js';

const FILE = 'examples/workflows/audit-shards.yml';
const text = readFileSync(join(ROOT, FILE), 'utf8');
const wf = parse(text) as {
  env: Record<string, string | number>;
  jobs: Record<string, { needs?: string; strategy?: { matrix: { shard: number[] } }; steps: { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[] }>;
};

describe(FILE, () => {
  it('passes actionlint', async () => {
    expect(await actionlint(text, FILE)).toEqual([]);
  });

  it('runs every shard once, each with its own token, and merges them all', () => {
    const shards = wf.jobs.shard!.strategy!.matrix.shard;
    expect(shards).toEqual(Array.from({ length: Number(wf.env.SHARDS) }, (_, i) => i + 1));
    const audit = wf.jobs.shard!.steps.find((s) => s.run?.includes(' audit '))!;
    expect(audit.run).toContain('--shard "$SHARD/$SHARDS"');
    expect(audit.env!.GITHUB_TOKEN).toBe("${{ secrets[format('AUDIT_TOKEN_{0}', matrix.shard)] }}");
    expect(wf.jobs.shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!.with!.name).toBe('shard-${{ matrix.shard }}');
    expect(wf.jobs.merge!.needs).toBe('shard');
    expect(wf.jobs.merge!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!.with!.pattern).toBe('shard-*');
    expect(wf.jobs.merge!.steps.some((s) => s.run?.includes('main.js merge shards/shard-*/snapshot.json --out reports'))).toBe(true);
    // The CLI it runs is the package's binary (what `npm ci` builds).
    const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['repo-audit'];
    expect(audit.run).toContain(`node ${bin} audit`);
    expect(wf.jobs.merge!.steps.some((s) => s.run?.includes(`node ${bin} merge`))).toBe(true);
  });
});
