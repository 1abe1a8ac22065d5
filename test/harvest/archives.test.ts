// Archived copies (--archives) through harvest(), against the simulated GitHub, Software Heritage
// and Wayback Machine over real HTTP on 127.0.0.1 (virtual clock: waits advance it).
import { describe, expect, it } from 'vitest';
import { harvest } from '../../src/harvest/index.js';
import type { Scenario } from '../../src/sim/index.js';
import type { RepoFacts, RepoRef } from '../../src/types.js';
import { githubRef, simClock, simOptions, TOKEN, tokenEntry, withSim } from './helpers/sim.js';

const SNAP_A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SNAP_OLD = '0123456789abcdef0123456789abcdef01234567';
const SWH_TOKEN = 'swh_sim_token_0001';

function scenario(swh: Record<string, unknown> = {}, wayback: Record<string, unknown> = {}): Scenario {
  return {
    now: '2026-11-01T00:00:00Z',
    tokens: [tokenEntry()],
    repos: [
      { repo: 'lab/live' },
      { repo: 'lab/gone', state: 'not-found' },
      { repo: 'lab/never', state: 'not-found' },
      { repo: 'lab/failed-visits', state: 'not-found' },
      { repo: 'lab/dmca', state: 'dmca' },
      { repo: 'lab/empty', empty: true },
    ],
    archives: {
      swh: {
        origins: [
          // Two visits with snapshots and a newer one that failed: require_snapshot picks the 2024 one.
          { url: 'https://github.com/lab/gone', visits: [
            { date: '2022-03-01T10:00:00Z', snapshot: SNAP_OLD },
            { date: '2024-05-02T08:30:00Z', snapshot: SNAP_A },
            { date: '2025-01-01T00:00:00Z', status: 'failed' },
          ] },
          // Known to Software Heritage, but no visit ever produced a snapshot.
          { url: 'https://github.com/lab/failed-visits', visits: [{ date: '2024-01-01T00:00:00Z', status: 'failed' }, { date: '2024-02-01T00:00:00Z', status: 'not_found' }] },
          { url: 'https://github.com/lab/live', visits: [{ date: '2024-01-01T00:00:00Z', snapshot: SNAP_OLD }] },
        ],
        tokens: [SWH_TOKEN],
        ...swh,
      },
      wayback: { snapshots: [{ url: 'https://github.com/lab/gone', timestamp: '20230115093000' }, { url: 'https://github.com/lab/empty', timestamp: '20210101000000' }], ...wayback },
    },
  };
}

const REFS: RepoRef[] = ['lab/live', 'lab/gone', 'lab/never', 'lab/failed-visits', 'lab/dmca', 'lab/empty'].map((r) => githubRef(r));
const byRepo = (facts: RepoFacts[], repo: string): RepoFacts => facts.find((f) => f.key === `github/${repo}`)!;

describe('archived copies of dead links', () => {
  it('finds copies for dead repositories only: Software Heritage snapshot with SWHID and date, Wayback capture, none for the rest', async () => {
    await withSim(scenario(), async (sim, cacheDir) => {
      const notices: string[] = [];
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available` });
      const run = await harvest(REFS, options, { clock: simClock(sim), onNotice: (l) => notices.push(l) });
      expect(run.incomplete).toBeNull();
      const gone = byRepo(run.facts, 'lab/gone').archive!;
      const swhid = `swh:1:snp:${SNAP_A};origin=https://github.com/lab/gone`;
      expect(gone.swh).toEqual({ swhid, date: '2024-05-02T08:30:00Z', url: `https://archive.softwareheritage.org/${swhid}` });
      expect(gone.wayback).toEqual({ url: 'https://web.archive.org/web/20230115093000/https://github.com/lab/gone', timestamp: '20230115093000' });
      expect(gone.unchecked).toEqual([]);
      // Never archived (origin unknown) and visits without a snapshot: asked, no copy.
      expect(byRepo(run.facts, 'lab/never').archive).toEqual({ swh: null, wayback: null, unchecked: [] });
      expect(byRepo(run.facts, 'lab/failed-visits').archive).toEqual({ swh: null, wayback: null, unchecked: [] });
      expect(byRepo(run.facts, 'lab/dmca').archive).toEqual({ swh: null, wayback: null, unchecked: [] });
      expect(byRepo(run.facts, 'lab/empty').archive?.wayback?.timestamp).toBe('20210101000000');
      // The live repository cost no archive request, and has no archive field.
      expect(byRepo(run.facts, 'lab/live').archive).toBeUndefined();
      const archivePaths = sim.log.entries().filter((e) => e.resource === 'swh' || e.resource === 'wayback').map((e) => decodeURIComponent(e.path));
      expect(archivePaths.some((p) => p.includes('lab/live'))).toBe(false);
      expect(archivePaths.filter((p) => p.startsWith('/swh/')).sort()).toEqual(
        ['dmca', 'empty', 'failed-visits', 'gone', 'never'].map((r) => `/swh/api/1/origin/https://github.com/lab/${r}/visit/latest/?require_snapshot=true`),
      );
      expect(run.stats.archiveRequests).toBe(10);
      // Anonymous: no Authorization header reached Software Heritage, and the GitHub token never did.
      expect(sim.log.entries().filter((e) => e.resource === 'swh').every((e) => e.token === 'swh-anonymous')).toBe(true);
      expect(notices.join('\n')).not.toMatch(/rate limit/);
    });
  });

  it('makes no archive request at all without --archives', async () => {
    await withSim(scenario(), async (sim, cacheDir) => {
      const options = simOptions(sim, cacheDir, { swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available` });
      const run = await harvest(REFS, options, { clock: simClock(sim) });
      expect(run.facts.every((f) => f.archive === undefined)).toBe(true);
      expect(sim.log.counts.archives).toBe(0);
    });
  });

  it('leaves the rest unchecked with one notice when the Software Heritage budget runs out mid-run; the run is not failed', async () => {
    await withSim(scenario({ anonymous: 2 }), async (sim, cacheDir) => {
      const notices: string[] = [];
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available` });
      const run = await harvest(REFS, options, { clock: simClock(sim), onNotice: (l) => notices.push(l) });
      expect(run.incomplete).toBeNull();
      const dead = run.facts.filter((f) => f.archive);
      expect(dead).toHaveLength(5);
      const unchecked = dead.filter((f) => f.archive!.unchecked.some((u) => u.startsWith('swh: Software Heritage rate limit spent')));
      expect(unchecked).toHaveLength(3);
      // Wayback has its own budget: still asked for every dead repository.
      expect(dead.every((f) => !f.archive!.unchecked.some((u) => u.startsWith('wayback:')))).toBe(true);
      const budgetNotices = notices.filter((l) => /Software Heritage rate limit spent/.test(l));
      expect(budgetNotices).toHaveLength(1);
      expect(budgetNotices[0]).toMatch(/3 targets were left without a Software Heritage lookup \(the run goes on\)/);
      // The client stopped at remaining 0: it never made Software Heritage answer 429.
      expect(sim.log.entries().filter((e) => e.resource === 'swh')).toHaveLength(2);
      expect(sim.log.violations()).toEqual([]);
    });
  });

  it('waits out a 429 with Retry-After, then gets the answer', async () => {
    await withSim(scenario({ anonymous: 2, windowSeconds: 30 }), async (sim, cacheDir) => {
      // Someone else on this IP spent the bucket: the first lookup gets 429 + Retry-After.
      for (let i = 0; i < 2; i++) await fetch(`${sim.url}/swh/api/1/origin/https://github.com/x/y/visit/latest/`);
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available` });
      const t0 = sim.clock.now();
      const run = await harvest([githubRef('lab/gone')], options, { clock: simClock(sim) });
      const swh = sim.log.entries().filter((e) => e.resource === 'swh').slice(2);
      expect(swh.map((e) => e.status)).toEqual([429, 200]);
      expect(sim.clock.now() - t0).toBeGreaterThanOrEqual(29_000); // it waited Retry-After on the (virtual) clock
      expect(run.facts[0]!.archive?.swh?.swhid).toBe(`swh:1:snp:${SNAP_A};origin=https://github.com/lab/gone`);
    });
  });

  it('backs off on Wayback 429/503 with Retry-After and still gets the capture', async () => {
    await withSim(scenario({}, { failFirst: { count: 2, status: 429, retryAfter: 3 } }), async (sim, cacheDir) => {
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available` });
      const run = await harvest([githubRef('lab/gone')], options, { clock: simClock(sim) });
      expect(sim.log.entries().filter((e) => e.resource === 'wayback').map((e) => e.status)).toEqual([429, 429, 200]);
      expect(run.facts[0]!.archive?.wayback?.timestamp).toBe('20230115093000');
    });
  });

  it('reuses cached answers: a second run asks no archive again', async () => {
    await withSim(scenario(), async (sim, cacheDir) => {
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available` });
      const first = await harvest(REFS, options, { clock: simClock(sim) });
      const asked = sim.log.counts.archives;
      expect(asked).toBe(10);
      const second = await harvest(REFS, options, { clock: simClock(sim) });
      expect(sim.log.counts.archives).toBe(asked);
      expect(second.stats.archiveRequests).toBe(0);
      expect(second.facts.map((f) => f.archive)).toEqual(first.facts.map((f) => f.archive));
      // A week later "not archived" is asked again; a found copy is still reused.
      sim.clock.advance(8 * 86_400_000);
      await harvest(REFS, options, { clock: simClock(sim) });
      const again = sim.log.entries().slice(-100).filter((e) => e.resource === 'swh').map((e) => decodeURIComponent(e.path));
      expect(again.some((p) => p.includes('lab/never'))).toBe(true);
      expect(again.filter((p) => p.includes('lab/gone/'))).toHaveLength(1); // only the first run asked it
    });
  });

  it('sends SWH_TOKEN as a bearer token to Software Heritage only, and never the GitHub token', async () => {
    await withSim(scenario({ anonymous: 0, authenticated: 50 }), async (sim, cacheDir) => {
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available`, swhToken: SWH_TOKEN });
      const run = await harvest(REFS, options, { clock: simClock(sim) });
      expect(byRepo(run.facts, 'lab/gone').archive?.swh).not.toBeNull();
      const swh = sim.log.entries().filter((e) => e.resource === 'swh');
      expect(swh.length).toBe(5);
      expect(new Set(swh.map((e) => e.token)).size).toBe(1);
      expect(swh[0]!.token).toMatch(/^swh-/);
      expect(sim.log.entries().filter((e) => e.resource === 'wayback').every((e) => e.token === 'swh-anonymous')).toBe(true);
      expect(JSON.stringify(run)).not.toContain(SWH_TOKEN);
      expect(JSON.stringify(run)).not.toContain(TOKEN);
    });
  });

  it('a refused SWH token stops the lookups with one notice, not the run', async () => {
    await withSim(scenario(), async (sim, cacheDir) => {
      const notices: string[] = [];
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available`, swhToken: 'swh_wrong_token_000' });
      const run = await harvest(REFS, options, { clock: simClock(sim), onNotice: (l) => notices.push(l) });
      expect(run.incomplete).toBeNull();
      expect(notices.filter((l) => l.includes('refused the token'))).toHaveLength(1);
      expect(notices.join('\n')).not.toContain('swh_wrong_token_000');
      expect(byRepo(run.facts, 'lab/gone').archive?.wayback).not.toBeNull();
    });
  });

  it('an archive that does not answer is one notice per service, and the run goes on', async () => {
    await withSim(scenario(), async (sim, cacheDir) => {
      const notices: string[] = [];
      // Port 9 on loopback (discard): nothing listens, the connection is refused at once.
      const options = simOptions(sim, cacheDir, { archives: true, swhApiUrl: 'http://127.0.0.1:9/api/1', waybackApiUrl: 'http://127.0.0.1:9/wayback/available' });
      const run = await harvest(REFS, options, { clock: simClock(sim), onNotice: (l) => notices.push(l) });
      expect(run.incomplete).toBeNull();
      expect(notices.filter((l) => l.startsWith('no answer from Software Heritage'))).toHaveLength(1);
      expect(notices.filter((l) => l.startsWith('no answer from the Wayback Machine'))).toHaveLength(1);
      expect(notices.join('\n')).toMatch(/5 targets were left without a Software Heritage lookup/);
      // One target tried (with its retries), the rest left at once: 4 SWH + 4 Wayback attempts.
      expect(run.stats.archiveRequests).toBe(8);
      expect(byRepo(run.facts, 'lab/gone').archive?.unchecked).toHaveLength(2);
    });
  });

  it('--archive-live asks Software Heritage to save live repositories it has never archived, and reports the request', async () => {
    const refs = [...REFS, githubRef('lab/unarchived')];
    const sc = scenario();
    sc.repos = [...(sc.repos ?? []), { repo: 'lab/unarchived' }];
    await withSim(sc, async (sim, cacheDir) => {
      const notices: string[] = [];
      const options = simOptions(sim, cacheDir, { archiveLive: true, swhApiUrl: `${sim.url}/swh/api/1`, waybackApiUrl: `${sim.url}/wayback/available` });
      const run = await harvest(refs, options, { clock: simClock(sim), onNotice: (l) => notices.push(l) });
      const saves = sim.log.entries().filter((e) => e.method === 'POST' && e.resource === 'swh').map((e) => decodeURIComponent(e.path));
      // Only the live repository Software Heritage has never seen; lab/live is archived already.
      expect(saves).toEqual(['/swh/api/1/origin/save/git/url/https://github.com/lab/unarchived/']);
      expect(byRepo(run.facts, 'lab/unarchived').archive?.saveRequest).toEqual({ status: 'accepted', date: expect.stringMatching(/^2026-11-01T00:00:\d{2}(\.\d+)?\+00:00$/) });
      expect(byRepo(run.facts, 'lab/live').archive?.saveRequest).toBeNull();
      expect(byRepo(run.facts, 'lab/live').archive?.swh?.swhid).toBe(`swh:1:snp:${SNAP_OLD};origin=https://github.com/lab/live`);
      // Without --archives the dead ones are not looked up.
      expect(byRepo(run.facts, 'lab/gone').archive).toBeUndefined();
      expect(notices).toContain('asked Software Heritage to archive 1 live repository it had never archived (Save Code Now)');
      // A second run does not ask again (the request is cached).
      await harvest(refs, options, { clock: simClock(sim) });
      expect(sim.log.entries().filter((e) => e.method === 'POST' && e.resource === 'swh')).toHaveLength(1);
    });
  });
});
