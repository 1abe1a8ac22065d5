// Writes examples/scenarios/hf-papers.json: a SIMULATED GitHub for every repository the bundled
// corpus (examples/hf-papers/) links to. Deterministic: a seeded hash picks each repository's
// fate, and the overrides below make sure every status and flag of design.md appears.
// Also writes large generated scenarios for benchmarks.
//
//   node --import tsx scripts/make-hf-scenario.ts [--out examples/scenarios/hf-papers.json]
//   node --import tsx scripts/make-hf-scenario.ts --generate 10000 [--seed 1] --out bench/scenario-10k.json
//   node --import tsx scripts/make-hf-scenario.ts --schema   (examples/scenarios/scenario.schema.json)
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractInputs } from '../src/extract/index.js';
import { corpusScenario, type Fate } from '../src/sim/corpus-scenario.js';
import { generateScenario, parseScenario, scenarioJsonSchema, type Scenario } from '../src/sim/index.js';

export const HF_CORPUS = 'examples/hf-papers';
export const HF_SCENARIO = 'examples/scenarios/hf-papers.json';

/** Hand-picked fates (simulated, not what these repositories really are). */
export const HF_OVERRIDES: Record<string, Fate> = {
  'wyxscir/CFSP': 'empty', // paper promised code: still empty → promise-unkept
  'zs670980918/MSA-Conv': 'empty', // promised too
  'AVC2-UESTC/CRAFT-SR': 'placeholder', // promised: README and a figure only
  'huai-chang/RDEIC': 'placeholder', // promised
  'harshays/inputgradients': 'dmca', // 451
  'tenvence/afa': 'blocked', // 403 terms of service
  'ydchen0806/CLC': 'disabled',
  'huawei-noah/noah-research': 'subpath-missing', // linked tree/master/Focus-DETR is gone
  'chansongoal/FCM-LM': 'ok',
  'thuml/TimesNet': 'renamed',
  'hustvl/Vim': 'transferred',
};

export async function buildHfScenario(): Promise<Scenario> {
  const extract = await extractInputs([HF_CORPUS]);
  return corpusScenario(extract, { overrides: HF_OVERRIDES });
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

export const SCHEMA_FILE = 'examples/scenarios/scenario.schema.json';

async function main(): Promise<void> {
  if (process.argv.includes('--schema')) {
    writeFileSync(SCHEMA_FILE, JSON.stringify(scenarioJsonSchema(), null, 2) + '\n');
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
    return;
  }
  const size = arg('generate');
  const scenario = size !== undefined ? generateScenario({ repos: Number(size), seed: Number(arg('seed') ?? 1) }) : await buildHfScenario();
  parseScenario(scenario); // never write a scenario the loader would reject
  const out = arg('out') ?? (size !== undefined ? `bench/scenario-${size}.json` : HF_SCENARIO);
  writeFileSync(out, JSON.stringify(scenario, null, size !== undefined ? 0 : 2) + '\n');
  process.stdout.write(`wrote ${out}: ${scenario.repos?.length ?? 0} repositories (simulated)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`make-hf-scenario: ${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
