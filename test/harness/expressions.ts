// `${{ }}` evaluation with GitHub's own expression engine (@actions/expressions), plus the status
// functions the runner adds (success, failure, always, cancelled) and hashFiles.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

export const CONTEXT_NAMES = ['github', 'env', 'vars', 'secrets', 'steps', 'needs', 'job', 'jobs', 'runner', 'matrix', 'strategy', 'inputs'];

export interface Status {
  /** No earlier step (or needed job) failed. */
  success: boolean;
  /** Files for hashFiles(), relative to it. */
  workspace: string;
}

function statusFunctions(status: Status) {
  const bool = (v: boolean) => () => new data.BooleanData(v);
  return [
    { name: 'success', minArgs: 0, maxArgs: 0, call: bool(status.success) },
    { name: 'failure', minArgs: 0, maxArgs: 0, call: bool(!status.success) },
    { name: 'always', minArgs: 0, maxArgs: 0, call: bool(true) },
    { name: 'cancelled', minArgs: 0, maxArgs: 0, call: bool(false) },
    {
      name: 'hashfiles',
      minArgs: 1,
      maxArgs: 255,
      // Literal paths only (no globs): enough for the workflows here; an unknown file hashes to ''.
      call: (...args: data.ExpressionData[]) => {
        const files = args.map((a) => join(status.workspace, a.coerceString())).filter((f) => existsSync(f));
        if (files.length === 0) return new data.StringData('');
        const hash = createHash('sha256');
        for (const f of files) hash.update(createHash('sha256').update(readFileSync(f)).digest());
        return new data.StringData(hash.digest('hex'));
      },
    },
  ];
}

/** Plain JSON → the engine's data (undefined values dropped). */
export function toData(value: unknown): data.Dictionary {
  return JSON.parse(JSON.stringify(value ?? {}), data.reviver) as data.Dictionary;
}

/** The engine's data → plain JSON. */
export function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

export function evaluateExpression(expression: string, contexts: Record<string, unknown>, status: Status): data.ExpressionData {
  const functions = statusFunctions(status);
  const ast = new Parser(new Lexer(expression).lex().tokens, CONTEXT_NAMES, functions).parse();
  return new Evaluator(ast, toData(contexts), new Map(functions.map((f) => [f.name, f]))).evaluate();
}

/** The runner's truthiness: false, 0, '', null are false. */
export function truthy(value: data.ExpressionData): boolean {
  const v = fromData(value);
  return !(v === false || v === 0 || v === '' || v === null || (typeof v === 'number' && Number.isNaN(v)));
}

/** As text (the way env and with values reach a step). */
export function asString(value: data.ExpressionData): string {
  const v = fromData(value);
  if (v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** A template token with every expression in it evaluated, as plain JSON. */
export function evaluateToken(token: TemplateToken, contexts: Record<string, unknown>, status: Status): unknown {
  if (isBasicExpression(token)) return fromData(evaluateExpression(token.expression, contexts, status));
  if (isString(token)) return token.value;
  if (isBoolean(token) || isNumber(token)) return token.value;
  if (isSequence(token)) {
    const out: unknown[] = [];
    for (let i = 0; i < token.count; i++) out.push(evaluateToken(token.get(i), contexts, status));
    return out;
  }
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const pair of token) out[String(evaluateToken(pair.key, contexts, status))] = evaluateToken(pair.value, contexts, status);
    return out;
  }
  return null; // NullToken
}

/** A mapping token (env:, with:, outputs:) as name → text. */
export function evaluateStrings(token: TemplateToken | undefined, contexts: Record<string, unknown>, status: Status): Record<string, string> {
  if (!token) return {};
  const value = evaluateToken(token, contexts, status) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)]));
}
