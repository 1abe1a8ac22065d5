// The "Archived copy" of dead links in health.md, the snapshot and repos.csv.
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/audit/build-snapshot.js';
import { archivedCopyUrl } from '../../src/report/archive-cell.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderSnapshotJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { RepoFacts } from '../../src/types.js';
import { MARKDOWNLINT_CONFIG } from '../fixtures/report/markdownlint-config.js';
import { NOW, smallExtract, smallFacts } from '../fixtures/report/scenario.js';
import { fixedClock } from '../../src/harvest/clock.js';

const SWHID = 'swh:1:snp:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;origin=https://github.com/gone/repo';

function withArchives(): RepoFacts[] {
  return smallFacts().map((f) => {
    if (f.key === 'github/gone/repo') {
      return { ...f, archive: { swh: { swhid: SWHID, date: '2024-05-02T08:30:00Z', url: `https://archive.softwareheritage.org/${SWHID}` }, wayback: { url: 'https://web.archive.org/web/20230115093000/https://github.com/gone/repo', timestamp: '20230115093000' }, unchecked: [] } };
    }
    if (f.key === 'github/dmca/repo') return { ...f, archive: { swh: null, wayback: null, unchecked: ['swh: Software Heritage rate limit spent', 'wayback: HTTP 503 from the Wayback Machine'] } };
    return f;
  });
}

const build = (facts: RepoFacts[]) => buildSnapshot({ extract: smallExtract(), facts, clock: fixedClock(NOW), staleDays: 365, version: '0.0.0-test' });

describe('archived copies in the reports', () => {
  it('health.md: an "Archived copy" column in the dead-link tables, linking the SWHID resolver with the visit date and the Wayback capture', () => {
    const md = renderMarkdown(build(withArchives()));
    const dead = md.slice(md.indexOf('### Dead links: not found'), md.indexOf('###', md.indexOf('### Dead links: not found') + 3));
    expect(dead).toMatch(/\| Repository \| Paper \| Link as written \| Found at \| Archived copy \|/);
    expect(dead).toContain(`[Software Heritage, 2024-05-02](https://archive.softwareheritage.org/${SWHID})`);
    expect(dead).toContain('[Wayback, 2023-01-15](https://web.archive.org/web/20230115093000/https://github.com/gone/repo)');
    const blocked = md.slice(md.indexOf('### Blocked'));
    expect(blocked).toMatch(/\| not looked up \|/);
    expect(lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG })['health.md']).toEqual([]);
  });

  it('health.md has no such column when the run did not look archives up', () => {
    expect(renderMarkdown(build(smallFacts()))).not.toContain('Archived copy');
  });

  it('the snapshot carries `archive` on the repositories that have it', () => {
    const snapshot = JSON.parse(renderSnapshotJson(build(withArchives())));
    const gone = snapshot.repos.find((r: { key: string }) => r.key === 'github/gone/repo');
    expect(gone.archive.swh.swhid).toBe(SWHID);
    expect(gone.archive.wayback.timestamp).toBe('20230115093000');
    expect(snapshot.repos.find((r: { key: string }) => r.key === 'github/good/model')).not.toHaveProperty('archive');
  });

  it('repos.csv carries the SWHID, resolver, visit date and Wayback capture', () => {
    const rows = renderCsv(build(withArchives())).trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    expect(header.slice(-5)).toEqual(['archive_swhid', 'archive_swh_url', 'archive_swh_date', 'archive_wayback_url', 'archive_wayback_timestamp']);
    const gone = rows.find((r) => r.includes('github/gone/repo'))!;
    expect(gone.endsWith(`,${SWHID},https://archive.softwareheritage.org/${SWHID},2024-05-02T08:30:00Z,https://web.archive.org/web/20230115093000/https://github.com/gone/repo,20230115093000`)).toBe(true);
  });

  it('health.md lists the Save Code Now requests of --archive-live as requested', () => {
    const facts = smallFacts().map((f) => (f.key === 'github/good/model' ? { ...f, archive: { swh: null, wayback: null, unchecked: [], saveRequest: { status: 'accepted', date: '2026-11-22T03:00:00+00:00' } } } : f));
    const md = renderMarkdown(build(facts));
    expect(md).toContain('## Asked to archive');
    expect(md).toMatch(/Software Heritage was asked to archive 1 live repository it had never archived/);
    expect(md).toMatch(/\| \[github\.com\/good\/model\]\(https:\/\/github\.com\/good\/model\) \| accepted \| 2026-11-22 \|/);
    expect(lint({ strings: { 'health.md': md }, config: MARKDOWNLINT_CONFIG })['health.md']).toEqual([]);
    expect(renderMarkdown(build(smallFacts()))).not.toContain('Asked to archive');
  });

  it('the replacement for a dead link is the SWHID resolver, else the Wayback capture, else none', () => {
    const swh = { swhid: SWHID, date: '2024-05-02T08:30:00Z', url: `https://archive.softwareheritage.org/${SWHID}` };
    const wayback = { url: 'https://web.archive.org/web/20230115093000/https://github.com/gone/repo', timestamp: '20230115093000' };
    expect(archivedCopyUrl({ archive: { swh, wayback, unchecked: [] } })).toBe(swh.url);
    expect(archivedCopyUrl({ archive: { swh: null, wayback, unchecked: [] } })).toBe(wayback.url);
    expect(archivedCopyUrl({ archive: { swh: null, wayback: null, unchecked: [] } })).toBeNull();
    expect(archivedCopyUrl({})).toBeNull();
  });
});
