// How the runner turns `with:` inputs into the environment of action.yml's entry step: defaults
// filled in, then every `${{ inputs.x }}` / `${{ github.token }}` in the step's `env:` evaluated.
// Only the two expression forms action.yml uses are understood; anything else fails the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionSchema, type ActionMetadata } from '../workflows/action-schema.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export function loadAction(): ActionMetadata {
  return actionSchema.parse(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')));
}

type CompositeStep = Extract<ActionMetadata['runs'], { using: 'composite' }>['steps'][number];

export function entryStep(action: ActionMetadata): CompositeStep {
  if (action.runs.using !== 'composite') throw new Error('action.yml is not a composite action');
  const step = action.runs.steps.find((s) => s.run?.includes('dist/action/main.js'));
  if (!step) throw new Error('no step of action.yml runs dist/action/main.js');
  return step;
}

function evaluate(expression: string, inputs: Record<string, string>, githubToken: string): string {
  return expression.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) return inputs[input[1] ?? ''] ?? '';
    if (expr === 'github.token') return githubToken;
    throw new Error(`runner-env: cannot evaluate \${{ ${expr} }}`);
  });
}

/** The INPUT_* variables the entry step sees for these `with:` values. */
export function actionEnv(withInputs: Record<string, string>, githubToken = ''): Record<string, string> {
  const action = loadAction();
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    inputs[name] = withInputs[name] ?? evaluate(spec.default ?? '', {}, githubToken);
  }
  for (const name of Object.keys(withInputs)) if (!(name in inputs)) throw new Error(`action.yml has no input "${name}"`);
  const env = entryStep(action).env ?? {};
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, evaluate(v, inputs, githubToken)]));
}
