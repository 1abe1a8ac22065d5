// The harness itself, on small workflows: a matrix expanded into legs (axes, include, exclude), job
// outputs and `needs`, artifacts passed between jobs, `if:` with status functions, GITHUB_ENV, and a
// failing step that skips the rest unless `always()`. What the nightly test does not exercise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestRepository } from '../harness/repository.js';
import { expandMatrix, runWorkflow } from '../harness/workflow.js';

const WORKFLOW = `name: matrix
on: [push]
permissions: {}
jobs:
  build:
    strategy:
      matrix:
        shard: [1, 2, 3]
        os: [linux]
        exclude:
          - shard: 3
        include:
          - shard: 2
            extra: yes
    runs-on: ubuntu-latest
    outputs:
      last: \${{ steps.work.outputs.shard }}
    steps:
      - uses: actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3 # v6.0.0
      - id: work
        env:
          SHARD: \${{ matrix.shard }}
          EXTRA: \${{ matrix.extra }}
        run: |
          mkdir -p out
          echo "shard $SHARD of $(cat input.txt) extra=$EXTRA" > "out/part-$SHARD.txt"
          echo "shard=$SHARD" >> "$GITHUB_OUTPUT"
          echo "FROM_ENV_FILE=seen" >> "$GITHUB_ENV"
      - run: test "$FROM_ENV_FILE" = seen
      - uses: actions/upload-artifact@330a01c490aca151604b8cf639adc76d48f6c5d4 # v5.0.0
        with:
          name: part-\${{ matrix.shard }}
          path: out
  merge:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@018cc2cf5baa6db3ef3c5f8a56943fffe632ef53 # v6.0.0
        with:
          name: part-1
          path: parts
      - uses: actions/download-artifact@018cc2cf5baa6db3ef3c5f8a56943fffe632ef53 # v6.0.0
        with:
          name: part-2
          path: parts
      - id: fail
        run: cat parts/*.txt && exit 1
      - run: echo never
      - if: always()
        env:
          RESULT: \${{ needs.build.result }}
          OUTCOME: \${{ steps.fail.outcome }}
        run: echo "build=$RESULT fail=$OUTCOME"
`;

describe('expandMatrix', () => {
  it('crosses the axes, drops excluded combinations, merges or appends includes', () => {
    expect(expandMatrix(null)).toEqual([null]);
    expect(expandMatrix({ matrix: { a: [1, 2], b: ['x'], exclude: [{ a: 2 }], include: [{ a: 1, c: true }, { a: 9 }] } })).toEqual([{ a: 1, b: 'x', c: true }, { a: 9 }]);
  });
});

describe('runWorkflow on a matrix workflow', { timeout: 120_000 }, () => {
  let dir: string;
  let repo: TestRepository;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ra-harness-'));
    repo = new TestRepository(join(dir, 'repo'), 'octo/matrix', []);
    repo.change({ 'input.txt': 'the input' });
    writeFileSync(join(dir, 'matrix.yml'), WORKFLOW);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs each leg, passes artifacts and outputs on, and stops a job at its first failure', async () => {
    const before = repo.head();
    repo.change({ 'input.txt': 'the new input' });
    const r = await runWorkflow(
      { workflow: join(dir, 'matrix.yml'), repository: 'octo/matrix', remote: repo.remote, apiUrl: 'http://127.0.0.1:9', graphqlUrl: 'http://127.0.0.1:9/graphql', token: 'unused-token', cacheStore: join(dir, 'cache'), runRoot: join(dir, 'run'), runId: 1 },
      repo.push(before),
    );
    expect(r.legs.filter((l) => l.id === 'build').map((l) => l.matrix)).toEqual([{ shard: 1, os: 'linux' }, { shard: 2, os: 'linux', extra: 'yes' }]);
    expect(r.jobs.build?.result).toBe('success');
    expect(r.jobs.build?.outputs.last).toBe('2');
    expect(readFileSync(join(r.artifactsDir, 'part-2', 'part-2.txt'), 'utf8')).toBe('shard 2 of the new input extra=yes\n');
    const merge = r.jobs.merge!;
    expect(merge.result).toBe('failure');
    expect(merge.steps.find((s) => s.id === 'fail')?.log).toContain('shard 1 of the new input extra=\nshard 2 of the new input extra=yes\n');
    expect(merge.steps.map((s) => s.outcome)).toEqual(['success', 'success', 'failure', 'skipped', 'success']);
    expect(merge.steps.at(-1)?.log).toBe('build=success fail=failure\n');
  });
});
