// GraphQL behaviour of the simulator: schema validation, batches with NOT_FOUND, renames, trees,
// cost and the points budget. Driven with undici directly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startSimulator, type RunningSimulator } from '../../src/sim/index.js';
import { OTHER_TOKEN, smallScenario, TOKEN } from './fixtures.js';

let sim: RunningSimulator;

async function gql(query: string, token: string | null = OTHER_TOKEN, path = '/graphql') {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `bearer ${token}`;
  const res = await request(sim.url + path, { method: 'POST', headers, body: JSON.stringify({ query }) });
  return { status: res.statusCode, headers: res.headers as Record<string, string>, body: (await res.body.json()) as Record<string, any> };
}

const FIELDS = `nameWithOwner isEmpty isArchived isFork isDisabled stargazerCount licenseInfo { spdxId }
  defaultBranchRef { name target { ... on Commit { committedDate history { totalCount } } } }
  root: object(expression: "HEAD:") { ... on Tree { entries { name type } } }`;

beforeAll(async () => {
  sim = await startSimulator(smallScenario(), { clock: 'frozen' });
});
afterAll(() => sim.close());

describe('POST /graphql', () => {
  it('answers a batch: data for found aliases, null + NOT_FOUND with the alias in path for missing ones', async () => {
    const r = await gql(`query Batch {
  a0: repository(owner: "openlab", name: "focus-detr", followRenames: true) { ${FIELDS} }
  a1: repository(owner: "someone", name: "deleted") { nameWithOwner }
  a2: repository(owner: "someone", name: "old-name") { nameWithOwner isArchived }
  a3: repository(owner: "someone", name: "empty-repo") { ${FIELDS} }
  rateLimit { cost remaining limit used resetAt }
}`);
    expect(r.status).toBe(200);
    expect(r.body.data.a0).toMatchObject({
      nameWithOwner: 'OpenLab/Focus-DETR', isEmpty: false, stargazerCount: 420, licenseInfo: { spdxId: 'MIT' },
      defaultBranchRef: { name: 'main', target: { history: { totalCount: 57 } } },
    });
    expect(r.body.data.a0.root.entries).toContainEqual({ name: 'models', type: 'tree' });
    expect(r.body.data.a1).toBeNull();
    expect(r.body.data.a2).toEqual({ nameWithOwner: 'someone/new-name', isArchived: true });
    const history = await gql('{ r: repository(owner: "OpenLab", name: "Focus-DETR") { defaultBranchRef { target { ... on Commit { history(first: 1) { totalCount nodes { committedDate } } } } } } }');
    expect(history.body.data.r.defaultBranchRef.target.history).toEqual({ totalCount: 57, nodes: [{ committedDate: '2024-05-01T00:00:00Z' }] });
    const fork = await gql('{ r: repository(owner: "neworg", name: "given-away") { isFork parent { nameWithOwner } } }');
    expect(fork.body.data.r).toEqual({ isFork: true, parent: { nameWithOwner: 'OpenLab/Focus-DETR' } });
    expect(r.body.data.a3).toMatchObject({ isEmpty: true, defaultBranchRef: null, root: null });
    expect(r.body.errors).toEqual([
      { type: 'NOT_FOUND', path: ['a1'], locations: [{ line: 5, column: 3 }], message: "Could not resolve to a Repository with the name 'someone/deleted'." },
    ]);
    expect(r.body.data.rateLimit).toMatchObject({ cost: 1, limit: 5000, remaining: 4999, used: 1 });
    expect(r.headers['x-ratelimit-resource']).toBe('graphql');
  });

  it('takes variables, and answers fields it does not model with null or a neutral value', async () => {
    const query = `query($o: String!, $n: String!) { r: repository(owner: $o, name: $n) {
      nameWithOwner hasIssuesEnabled mergeCommitAllowed codeOfConduct { name } collaborators(first: 5) { totalCount } } }`;
    const res = await request(sim.graphqlUrl, { method: 'POST', headers: { authorization: `bearer ${OTHER_TOKEN}` }, body: JSON.stringify({ query, variables: { o: 'OPENLAB', n: 'focus-detr' } }) });
    expect(await res.body.json()).toEqual({
      data: { r: { nameWithOwner: 'OpenLab/Focus-DETR', hasIssuesEnabled: true, mergeCommitAllowed: false, codeOfConduct: null, collaborators: null } },
    });
  });

  it('resolves owners with their type; a miss is NOT_FOUND worded per kind', async () => {
    const r = await gql('{ a: repositoryOwner(login: "openlab") { __typename login } b: user(login: "OpenLab") { login } c: organization(login: "nobody") { login } }');
    expect(r.body.data).toEqual({ a: { __typename: 'Organization', login: 'OpenLab' }, b: null, c: null });
    expect(r.body.errors.map((e: { path: string[]; message: string }) => [e.path[0], e.message])).toEqual([
      ['b', "Could not resolve to a User with the login of 'OpenLab'."],
      ['c', "Could not resolve to an Organization with the login of 'nobody'."],
    ]);
  });

  it('gives an owner one id, asked for directly or as a repository owner', async () => {
    const r = await gql('{ o: organization(login: "OpenLab") { id } r: repository(owner: "OpenLab", name: "Focus-DETR") { owner { id } } }');
    expect(r.body.data.o.id).toBe(r.body.data.r.owner.id);
  });

  it('does not follow renames when followRenames is false', async () => {
    const r = await gql('{ r: repository(owner: "someone", name: "old-name", followRenames: false) { nameWithOwner } }');
    expect(r.body.data.r).toBeNull();
    expect(r.body.errors[0].type).toBe('NOT_FOUND');
  });

  it('rejects a query the schema does not allow, as GitHub words it', async () => {
    const r = await gql('query {\n  repository(owner: "a", name: "b") {\n    starz\n  }\n}');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      errors: [
        {
          path: ['query', 'repository', 'starz'],
          extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'starz' },
          locations: [{ line: 3, column: 5 }],
          message: "Field 'starz' doesn't exist on type 'Repository'",
        },
      ],
    });
    expect(Object.keys(r.body.errors[0])).toEqual(['path', 'extensions', 'locations', 'message']); // as GitHub orders them
    expect(sim.log.entries().at(-1)!.cost).toBe(0);
  });

  it('refuses mutations (the simulator is read-only)', async () => {
    const r = await gql('mutation { addStar(input: { starrableId: "x" }) { clientMutationId } }');
    expect(r.body.errors[0]).toMatchObject({ type: 'FORBIDDEN' });
  });

  it('reports a missing required argument', async () => {
    const r = await gql('query Q { repository(owner: "a") { name } }');
    expect(r.body.errors[0]).toMatchObject({ message: "Field 'repository' is missing required arguments: name", path: ['query Q', 'repository'] });
  });

  it('requires a token (401) and answers at /api/graphql too', async () => {
    const r = await gql('{ viewer { login } }', null);
    expect(r.status).toBe(401);
    expect(r.body.message).toBe('This endpoint requires you to be authenticated.');
    expect((await gql('{ viewer { login } }', TOKEN, '/api/graphql')).body).toEqual({ data: { viewer: { login: 'Tester' } } });
  });
});
