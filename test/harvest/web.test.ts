// Web liveness over real HTTP against a local server (allowed with allowPrivateHosts), and the
// refusal of private/loopback addresses without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/harvest/clock.js';
import { isPrivateAddress } from '../../src/harvest/net-guard.js';
import type { ResolveAll } from '../../src/harvest/net-guard.js';
import { settleDnsFailures, WebChecker } from '../../src/harvest/web.js';
import { DEFAULTS } from '../../src/options.js';
import type { RepoRef } from '../../src/types.js';
import { startLocalServer, type LocalServer } from './helpers/local-server.js';

const DEFAULT_WEB = { timeoutMs: DEFAULTS.requestTimeoutMs, maxRedirects: DEFAULTS.maxRedirects, perHost: DEFAULTS.perHostConcurrency };

const ref = (url: string): RepoRef => ({ key: `web:${url}`, forge: null, kind: 'web', repo: null, url, paths: [], papers: [0] });
const clock = fixedClock('2026-11-23T00:00:00.000Z');

let server: LocalServer;
beforeAll(async () => {
  server = await startLocalServer({
    '/ok': (_q, r) => void r.writeHead(200).end('hi'),
    '/gone': (_q, r) => void r.writeHead(410).end(),
    '/legal': (_q, r) => void r.writeHead(451).end(),
    '/no-head': (q, r) => void r.writeHead(q.method === 'HEAD' ? 405 : 200).end(),
    '/moved': (_q, r) => void r.writeHead(301, { location: '/ok' }).end(),
    '/loop': (_q, r) => void r.writeHead(302, { location: '/loop' }).end(),
    '/busy': (_q, r) => void r.writeHead(503).end(),
    '/slow': () => {}, // never answers
  });
});
afterAll(() => server.close());

describe('WebChecker', () => {
  it('maps statuses, falls back to GET, follows redirects within the limit, times out as unknown', async () => {
    const web = new WebChecker({ ...DEFAULT_WEB, allowPrivateHosts: true, clock, timeoutMs: 400, maxRedirects: 3 });
    try {
      const [ok, gone, legal, noHead, moved, loop, busy, slow] = await Promise.all(
        ['/ok', '/gone', '/legal', '/no-head', '/moved', '/loop', '/busy', '/slow'].map((p) => web.check(ref(server.url + p))),
      );
      expect([ok?.outcome, ok?.httpStatus]).toEqual(['found', 200]);
      expect(gone?.outcome).toBe('not-found');
      expect([legal?.outcome, legal?.blockReason]).toEqual(['blocked', 'legal']);
      expect(noHead?.outcome).toBe('found');
      expect(server.hits.filter((h) => h.path === '/no-head').map((h) => h.method)).toEqual(['HEAD', 'GET']);
      expect([moved?.outcome, moved?.canonicalUrl]).toEqual(['found', `${server.url}/ok`]);
      expect(loop?.outcome).toBe('unknown');
      expect(loop?.error).toMatch(/more than 3 redirects/);
      expect([busy?.outcome, busy?.error]).toEqual(['unknown', 'HTTP 503']);
      expect(slow?.outcome).toBe('unknown');
      expect(server.hits.some((h) => h.authorization !== undefined)).toBe(false);
    } finally {
      await web.close();
    }
  });

  it('refuses loopback addresses (literal and by name) unless allowed, without sending anything', async () => {
    const web = new WebChecker({ ...DEFAULT_WEB, allowPrivateHosts: false, clock, timeoutMs: 2000 });
    const before = server.hits.length;
    try {
      const port = new URL(server.url).port;
      for (const url of [`${server.url}/ok`, `http://localhost:${port}/ok`]) {
        const facts = await web.check(ref(url));
        expect(facts.outcome).toBe('unknown');
        expect(facts.error).toMatch(/private\/loopback.*--allow-private-hosts/);
      }
      expect(server.hits.length).toBe(before);
    } finally {
      await web.close();
    }
  });

  it('classifies addresses', () => {
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0'])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '140.82.112.3', '2606:4700::1111', '172.32.0.1']) expect(isPrivateAddress(a), a).toBe(false);
  });

  it('a host name that does not resolve is gone only if some other name resolved in the run', async () => {
    // Injected resolution: alive.test → 127.0.0.1; anything else does not exist.
    const resolveAll: ResolveAll = (host, cb) =>
      host === 'alive.test' ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []);
    const port = new URL(server.url).port;
    const both = new WebChecker({ ...DEFAULT_WEB, allowPrivateHosts: true, clock, timeoutMs: 2000, resolveAll });
    const alone = new WebChecker({ ...DEFAULT_WEB, allowPrivateHosts: true, clock, timeoutMs: 2000, resolveAll });
    try {
      const alive = await both.check(ref(`http://alive.test:${port}/ok`));
      const gone = await both.check(ref(`http://gone.test:${port}/`));
      expect(alive.outcome).toBe('found');
      expect([gone.outcome, both.isDnsFailure(gone), both.isDnsFailure(alive)]).toEqual(['not-found', true, false]);
      expect(both.dnsWorked).toBe(true);
      expect(settleDnsFailures([gone], both.dnsWorked)[0]?.outcome).toBe('not-found');
      const lonely = await alone.check(ref(`http://gone.test:${port}/`));
      expect(alone.dnsWorked).toBe(false);
      const settled = settleDnsFailures([lonely], alone.dnsWorked)[0];
      expect(settled?.outcome).toBe('unknown');
      expect(settled?.error).toMatch(/host not found: gone\.test \(no host name resolved in this run: DNS may be unavailable\)/);
    } finally {
      await both.close();
      await alone.close();
    }
  });
});
