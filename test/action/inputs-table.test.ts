// action.yml's inputs are the options table's (src/options.ts) plus the Action's own: an option
// added to the table with an input, or an input added to action.yml, cannot go missing on the other side.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readActionInputs } from '../../src/action/inputs.js';
import { ACTION_ONLY_INPUTS, OPTIONS } from '../../src/options.js';

const actionYml = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { description: string; default?: string }> };
const tableInputs = OPTIONS.flatMap((s) => (s.input ? [s.input] : []));

describe('action.yml against the options table', () => {
  it('declares exactly the inputs of the table and the Action-only ones, each once', () => {
    expect(new Set(tableInputs).size).toBe(tableInputs.length);
    expect(tableInputs.filter((name) => ACTION_ONLY_INPUTS.includes(name))).toEqual([]);
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...tableInputs, ...ACTION_ONLY_INPUTS].sort());
  });

  it("every table input reaches its option through the option's parser, named as the workflow names it", () => {
    for (const spec of OPTIONS.filter((s) => s.input)) {
      expect(actionYml.inputs[spec.input!]!.description.length, spec.input).toBeGreaterThan(10);
      // A value the parser cannot take is refused with the input's name (tokens and paths take any text).
      if (['text', 'tokenList'].includes(spec.parse.name)) continue;
      expect(() => readActionInputs((name) => (name === 'paths' ? 'x' : name === spec.input ? 'not-a-value' : '')), spec.input).toThrow(`input "${spec.input}"`);
    }
  });

  it("action.yml's defaults are those the table gives the Action", () => {
    const read = readActionInputs((name) => (name === 'paths' ? 'x' : (actionYml.inputs[name]?.default ?? '').replace('${{ github.token }}', '')));
    expect(read.options).toMatchObject({ outDir: 'reports', checkWeb: true, archives: true });
    expect(read.fail).toBe(true);
    expect(read.fix).toBe(false);
  });
});
