// The switches for behaviours github-api.md marks UNCONFIRMED, and more GitHub-worded errors.
import { describe, expect, it } from 'vitest';
import { request } from 'undici';
import type { RunningSimulator } from '../../src/sim/index.js';
import { OTHER_TOKEN, smallScenario, withSim } from './fixtures.js';

async function get(sim: RunningSimulator, path: string, headers: Record<string, string> = {}) {
  const res = await request(sim.url + path, { headers });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers as Record<string, string>, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

async function gql(sim: RunningSimulator, query: string) {
  const res = await request(sim.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${OTHER_TOKEN}` }, body: JSON.stringify({ query }) });
  return (await res.body.json()) as Record<string, any>;
}

const repoQuery = (owner: string, name: string) => `{ r: repository(owner: "${owner}", name: "${name}") { nameWithOwner isDisabled defaultBranchRef { name target { __typename } } } }`;

describe('UNCONFIRMED behaviours', () => {
  it('by default, GraphQL says NOT_FOUND for blocked repositories and follows transfers', () =>
    withSim(smallScenario(), async (sim) => {
      for (const name of ['taken-down', 'tos', 'disabled']) expect((await gql(sim, repoQuery('someone', name))).errors[0].type).toBe('NOT_FOUND');
      expect((await gql(sim, repoQuery('someone', 'given-away'))).data.r.nameWithOwner).toBe('neworg/given-away');
      expect((await get(sim, '/repos/someone/disabled')).body).toMatchObject({ message: 'Repository access blocked', block: { reason: 'disabled' } });
    }));

  it('can switch each of them', () =>
    withSim(
      smallScenario({
        behaviour: { graphqlBlocked: 'forbidden', graphqlFollowsTransfers: false, restDisabled: '200', emptyRefsNull: false },
        limits: { unauthenticated304Free: false },
      }),
      async (sim) => {
        expect((await gql(sim, repoQuery('someone', 'taken-down'))).errors[0]).toMatchObject({ type: 'FORBIDDEN', path: ['r'], message: 'Repository access blocked' });
        expect((await gql(sim, repoQuery('someone', 'given-away'))).errors[0].type).toBe('NOT_FOUND');
        expect((await gql(sim, repoQuery('someone', 'old-name'))).data.r.nameWithOwner).toBe('someone/new-name');
        expect((await get(sim, '/repos/someone/disabled'))).toMatchObject({ status: 200, body: { disabled: true } });
        expect((await gql(sim, repoQuery('someone', 'empty-repo'))).data.r.defaultBranchRef).toEqual({ name: 'main', target: null });
        const first = await get(sim, '/repos/someone/placeholder');
        const again = await get(sim, '/repos/someone/placeholder', { 'if-none-match': first.headers.etag! });
        expect(again.status).toBe(304);
        expect(Number(again.headers['x-ratelimit-remaining'])).toBe(Number(first.headers['x-ratelimit-remaining']) - 1);
      },
    ));

  it('disabled-data answers disabled repositories with isDisabled: true', () =>
    withSim(smallScenario({ behaviour: { graphqlBlocked: 'disabled-data' } }), async (sim) => {
      expect((await gql(sim, repoQuery('someone', 'disabled'))).data.r).toMatchObject({ nameWithOwner: 'someone/disabled', isDisabled: true });
      expect((await gql(sim, repoQuery('someone', 'taken-down'))).errors[0].type).toBe('NOT_FOUND');
    }));
});

describe('GitHub-worded GraphQL errors', () => {
  it('parse errors, unknown arguments and paths through inline fragments', () =>
    withSim(smallScenario(), async (sim) => {
      expect(await gql(sim, '{ repository(owner: "a", name: "b") { name } }}')).toEqual({
        errors: [{ message: 'Parse error on "}" (RCURLY) at [1, 47]', locations: [{ line: 1, column: 47 }] }],
      });
      const arg = await gql(sim, '{ repository(owner: "a", name: "b", colour: "red") { name } }');
      expect(arg.errors[0]).toMatchObject({ message: "Field 'repository' doesn't accept argument 'colour'", path: ['query', 'repository', 'colour'], extensions: { code: 'argumentNotAccepted' } });
      const frag = await gql(sim, 'query Q { r: repository(owner: "a", name: "b") { object(expression: "HEAD:") { ... on Tree { entriez { name } } } } }');
      expect(frag.errors[0]).toMatchObject({ path: ['query Q', 'r', 'object', '... on Tree', 'entriez'], message: "Field 'entriez' doesn't exist on type 'Tree'" });
      const unused = await gql(sim, 'query Q($x: String) { viewer { login } }');
      expect(unused.errors[0]).toMatchObject({ message: 'Variable $x is declared by Q but not used', extensions: { code: 'variableNotUsed' } });
      const missing = await gql(sim, 'query($o: String!) { repository(owner: $o, name: "n") { name } }');
      expect(missing).toEqual({ errors: [{ extensions: { value: null, problems: [{ path: [], explanation: 'Expected value to not be null' }] }, locations: [{ line: 1, column: 7 }], message: 'Variable $o of type String! was provided invalid value' }] });
      const leaf = await gql(sim, '{ repository(owner: "a", name: "b") { licenseInfo } }');
      expect(leaf.errors[0].message).toBe("Field must have selections (field 'licenseInfo' returns License but has no selections. Did you mean 'licenseInfo { ... }'?)");
    }));

  it('serves sub-paths on other refs and answers unknown refs with null', () =>
    withSim(smallScenario(), async (sim) => {
      const q = `{ r: repository(owner: "OpenLab", name: "Focus-DETR") {
        a: object(expression: "main:Focus-DETR") { __typename }
        b: object(expression: "v1:old/thing.py") { __typename ... on Blob { byteSize } }
        c: object(expression: "nope:README.md") { __typename }
        d: object(expression: "HEAD:models") { ... on Tree { entries { name type path } } } } }`;
      expect((await gql(sim, q)).data.r).toEqual({
        a: { __typename: 'Tree' }, b: { __typename: 'Blob', byteSize: 1024 }, c: null,
        d: { entries: [{ name: 'detr.py', type: 'blob', path: 'models/detr.py' }] },
      });
    }));
});
