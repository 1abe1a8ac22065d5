// Who is calling (from the Authorization header) and the request body.
import type { IncomingMessage } from 'node:http';
import { tokenLabel } from './random.js';
import type { ResolvedScenario } from './scenario.js';

export interface Caller {
  token: string | null;
  label: string;
  /**
   * Whose budgets this request draws on: the account (login) for a known token — budgets belong to
   * the account, not the token string, so two tokens of one user share them (github-api.md) — else
   * the token label (`none`: the one unauthenticated budget).
   */
  account: string;
  login: string;
  viewerId: number;
  limits: { core: number; graphql: number };
  valid: boolean;
  /** May only read (issue and pull request writes get 403). */
  readOnly: boolean;
  /** A GitHub App installation token: no user behind it (`GET /user` is 403). */
  app: boolean;
}

export function identify(state: { scenario: ResolvedScenario }, header: string | undefined): Caller {
  const anonymous = { core: state.scenario.limits.unauthenticated, graphql: 0 };
  if (!header) return { token: null, label: 'none', account: 'none', login: '', viewerId: 0, limits: anonymous, valid: true, readOnly: true, app: false };
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  const token = m?.[1] ?? header;
  const index = state.scenario.tokens.findIndex((t) => t.token === token);
  const known = state.scenario.tokens[index];
  if (!m || !known) return { token, label: tokenLabel(token), account: tokenLabel(token), login: '', viewerId: 0, limits: anonymous, valid: false, readOnly: true, app: false };
  const first = state.scenario.tokens.findIndex((t) => t.login.toLowerCase() === known.login.toLowerCase());
  return { token, label: tokenLabel(token), account: `user:${known.login.toLowerCase()}`, login: known.login, viewerId: 1000 + first, limits: { core: known.rest, graphql: known.graphql }, valid: true, readOnly: known.readOnly, app: known.app };
}

export function readBody(req: IncomingMessage, max = 1_000_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
