// Every GraphQL document the harvester can send must validate against GitHub's real schema.
import { buildSchema, parse, validate } from 'graphql';
import { schema as githubSchema } from '@octokit/graphql-schema';
import { describe, expect, it } from 'vitest';
import { buildBatchQuery, estimateBatchCost, subpathExpression } from '../../src/harvest/github-query.js';

// assumeValidSDL: the published SDL repeats two enterprise fields, which buildSchema would reject.
const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true });
const errorsOf = (doc: string) => validate(schema, parse(doc)).map((e) => e.message);

describe('GraphQL documents', () => {
  it('a batch of repositories, owners and sub-paths validates against the schema', () => {
    const doc = buildBatchQuery(
      [
        { alias: 'r0', owner: 'octocat', name: 'Hello-World', subpaths: [] },
        { alias: 'r1', owner: 'a"b', name: 'we\\ird', subpaths: [{ key: 'tree/main/src', expression: subpathExpression('main', 'src') }, { key: 'x', expression: subpathExpression(null, 'x y') }] },
      ],
      [{ alias: 'o0', login: 'octo-org' }],
    );
    expect(errorsOf(doc)).toEqual([]);
    expect(doc).toContain('rateLimit { cost remaining resetAt');
    expect(doc).toContain('r1: repository(owner: "a\\"b", name: "we\\\\ird", followRenames: true)');
    expect(doc).toContain('p1: object(expression: "HEAD:x y")');
  });

  it('every batch size the harvester uses validates, and a broken document would not', () => {
    for (const n of [1, 2, 50, 100, 200]) {
      const repos = Array.from({ length: n }, (_, i) => ({ alias: `r${i}`, owner: `o${i}`, name: `n${i}`, subpaths: [] }));
      expect(errorsOf(buildBatchQuery(repos))).toEqual([]);
    }
    expect(errorsOf('query { repository(owner: "a", name: "b") { stars } }').length).toBeGreaterThan(0);
  });

  it('estimates about 2 points per 100 repositories', () => {
    expect(estimateBatchCost(1)).toBe(1);
    expect(estimateBatchCost(100)).toBe(2);
  });
});
