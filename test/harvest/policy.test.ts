// How each GitHub answer is read: a limit to wait out, a transient failure, or an answer.
import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/harvest/policy.js';
import { describeError, redact } from '../../src/util/redact.js';

const res = (status: number, data: unknown, headers: Record<string, string> = {}) => ({ status, data, headers });

describe('verdictOf', () => {
  it('tells limits from answers', () => {
    expect(verdictOf(res(403, { message: 'You have exceeded a secondary rate limit' }))).toBe('secondary');
    expect(verdictOf(res(429, { message: 'x' }, { 'retry-after': '30' }))).toBe('secondary');
    expect(verdictOf(res(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0' }))).toBe('primary');
    expect(verdictOf(res(200, { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] }))).toBe('primary');
    expect(verdictOf(res(200, { errors: [{ type: 'RATE_LIMIT', code: 'graphql_rate_limit' }] }))).toBe('primary');
    // A blocked repository is an answer, not a limit, even with budget headers present.
    expect(verdictOf(res(403, { message: 'Repository access blocked', block: { reason: 'tos' } }, { 'x-ratelimit-remaining': '4999' }))).toBe('ok');
    expect(verdictOf(res(451, { message: 'Repository access blocked' }))).toBe('ok');
    expect(verdictOf(res(404, { message: 'Not Found' }))).toBe('ok');
    expect(verdictOf(res(502, {}))).toBe('transient');
    expect(verdictOf(res(0, { message: 'ECONNRESET' }))).toBe('transient');
  });
});

describe('redact', () => {
  it('removes the token and token-shaped strings from any message', () => {
    const token = 'sim_token_secret_value';
    expect(redact(`bad ${token} here`, token)).toBe('bad *** here');
    expect(redact('x ghp_abcdefghijklmnopqrstuvwxyz0123 y', null)).toBe('x *** y');
    expect(redact('authorization: token abc123', null)).toBe('authorization: token ***');
    expect(describeError(new Error(`fetch failed for ${token}\nstack`), token)).toBe('fetch failed for ***');
  });
});
