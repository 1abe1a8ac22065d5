// Reading the workflow files and action.yml for the tests in this folder.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const WORKFLOW_DIR = join(ROOT, '.github', 'workflows');

export function workflowFiles(): string[] {
  return readdirSync(WORKFLOW_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(WORKFLOW_DIR, f));
}

export function readYaml(file: string): { text: string; doc: unknown } {
  const text = readFileSync(file, 'utf8');
  return { text, doc: parse(text) };
}

export interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  id?: string;
  if?: string;
}
export interface Job {
  permissions?: unknown;
  steps?: Step[];
  needs?: string | string[];
  outputs?: Record<string, string>;
}
export interface Workflow {
  on: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}
