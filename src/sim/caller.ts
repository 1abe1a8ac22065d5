// Who is calling (from the Authorization header) and the request body.
import type { IncomingMessage } from 'node:http';
import { tokenLabel } from './random.js';
import type { ResolvedScenario } from './scenario.js';

export interface Caller {
  token: string | null;
  label: string;
  login: string;
  viewerId: number;
  limits: { core: number; graphql: number };
  valid: boolean;
  /** May only read (issue and pull request writes get 403). */
  readOnly: boolean;
}

export function identify(state: { scenario: ResolvedScenario }, header: string | undefined): Caller {
  const anonymous = { core: state.scenario.limits.unauthenticated, graphql: 0 };
  if (!header) return { token: null, label: 'none', login: '', viewerId: 0, limits: anonymous, valid: true, readOnly: true };
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
  const token = m?.[1] ?? header;
  const index = state.scenario.tokens.findIndex((t) => t.token === token);
  const known = state.scenario.tokens[index];
  if (!m || !known) return { token, label: tokenLabel(token), login: '', viewerId: 0, limits: anonymous, valid: false, readOnly: true };
  return { token, label: tokenLabel(token), login: known.login, viewerId: 1000 + index, limits: { core: known.rest, graphql: known.graphql }, valid: true, readOnly: known.readOnly };
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
