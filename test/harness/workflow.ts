// Runs a workflow file the way the runner does, on this machine, for tests: GitHub's own parser
// (@actions/workflow-parser) reads it, every `${{ }}` is evaluated by GitHub's expression engine
// (@actions/expressions) against the contexts the runner provides for the trigger, `run:` steps run
// in bash with the runner's environment, a node24 action runs from its bundle under Node 24, and the
// hosted actions are stand-ins over local things (see stand-ins.ts): checkout clones a local bare
// repository, cache and artifacts are directories, `gh` is test/harness/bin/gh against the simulator.
// Jobs run in `needs` order, one at a time; a matrix is expanded into one run per combination.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, isMapping, isSequence } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { evaluateExpression, evaluateStrings, evaluateToken, truthy, type Status } from './expressions.js';
import { parseOutputFile, runBundledAction, loadActionYml } from './action-runner.js';
import { hostedAction, type StandInContext } from './stand-ins.js';

export const GH_STAND_IN_DIR = join(import.meta.dirname, 'bin');

/** What triggered the run: the event as the runner's `github` context has it. */
export interface Trigger {
  eventName: 'schedule' | 'workflow_dispatch' | 'push' | 'pull_request';
  /** github.event: the webhook payload (a `schedule` payload has no `repository`). */
  event: Record<string, unknown>;
  /** github.ref, e.g. refs/heads/trunk or refs/pull/7/merge. */
  ref: string;
  sha: string;
  actor?: string;
  headRef?: string;
  baseRef?: string;
}

export interface RunnerSetup {
  /** Path of the workflow file (read as it is in the repository under test). */
  workflow: string;
  /** owner/name (github.repository). */
  repository: string;
  /** The repository itself: a bare git repository that actions/checkout clones. */
  remote: string;
  apiUrl: string;
  graphqlUrl: string;
  /** The job's GITHUB_TOKEN (github.token, secrets.GITHUB_TOKEN). */
  token: string;
  /** The repository's secrets (none for a fork's pull request). */
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Where actions/cache keeps its entries (one folder per key); shared between runs. */
  cacheStore: string;
  /** A fresh folder for this run: workspaces, temp folders, artifacts. */
  runRoot: string;
  runId: number;
  /** `owner/repo` → a local folder holding that action (action.yml + dist/), for `uses: owner/repo@ref`. */
  actions?: Record<string, string>;
}

export interface StepRun {
  name: string;
  id: string;
  skipped: boolean;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  log: string;
}

export interface JobRun {
  id: string;
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepRun[];
  matrix: Record<string, unknown> | null;
  summary: string;
}

export interface WorkflowRun {
  jobs: Record<string, JobRun>;
  /** Every matrix leg, in the order run. */
  legs: JobRun[];
  /** Artifacts uploaded in this run, by name (folders under runRoot/artifacts). */
  artifactsDir: string;
}

interface RawStep {
  with?: TemplateToken;
  shell?: TemplateToken;
  workingDirectory?: TemplateToken;
  continueOnError?: TemplateToken;
}

/** `with:`, `shell:`, `working-directory:` of each step, which the converted model leaves out. */
function rawSteps(root: TemplateToken, jobId: string): RawStep[] {
  if (!isMapping(root)) return [];
  const jobs = root.find('jobs');
  const job = jobs && isMapping(jobs) ? jobs.find(jobId) : undefined;
  const steps = job && isMapping(job) ? job.find('steps') : undefined;
  if (!steps || !isSequence(steps)) return [];
  const out: RawStep[] = [];
  for (let i = 0; i < steps.count; i++) {
    const s = steps.get(i);
    if (!isMapping(s)) {
      out.push({});
      continue;
    }
    out.push({ with: s.find('with'), shell: s.find('shell'), workingDirectory: s.find('working-directory'), continueOnError: s.find('continue-on-error') });
  }
  return out;
}

/** A matrix (after include/exclude) as its list of combinations; [null] without one. */
export function expandMatrix(strategy: unknown): (Record<string, unknown> | null)[] {
  const matrix = (strategy as { matrix?: Record<string, unknown> } | null)?.matrix;
  if (!matrix) return [null];
  const { include, exclude, ...axes } = matrix as { include?: Record<string, unknown>[]; exclude?: Record<string, unknown>[] } & Record<string, unknown>;
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(axes)) {
    combos = combos.flatMap((c) => (values as unknown[]).map((v) => ({ ...c, [key]: v })));
  }
  const matches = (c: Record<string, unknown>, partial: Record<string, unknown>) => Object.entries(partial).every(([k, v]) => JSON.stringify(c[k]) === JSON.stringify(v));
  combos = combos.filter((c) => !(exclude ?? []).some((e) => matches(c, e)));
  if (Object.keys(axes).length === 0) combos = [];
  for (const extra of include ?? []) {
    const original = Object.keys(axes);
    const targets = combos.filter((c) => Object.entries(extra).every(([k, v]) => !original.includes(k) || JSON.stringify(c[k]) === JSON.stringify(v)));
    if (targets.length) for (const t of targets) Object.assign(t, extra);
    else combos.push({ ...extra });
  }
  return combos;
}

/** A script in bash as the runner runs it, without blocking this process (the simulator may live in it). */
function bash(scriptFile: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, log });
    });
  });
}

export async function runWorkflow(setup: RunnerSetup, trigger: Trigger): Promise<WorkflowRun> {
  const file = { name: setup.workflow, content: readFileSync(setup.workflow, 'utf8') };
  const parsed = parseWorkflow(file, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length || !parsed.value) throw new Error(`harness: ${setup.workflow} does not parse: ${errors.map((e) => e.message).join('; ')}`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length) throw new Error(`harness: ${template.errors.map((e) => e.Message).join('; ')}`);
  if (!(trigger.eventName in template.events)) throw new Error(`harness: ${setup.workflow} is not triggered by ${trigger.eventName}`);

  const [owner] = setup.repository.split('/');
  const artifactsDir = join(setup.runRoot, 'artifacts');
  mkdirSync(artifactsDir, { recursive: true });
  const github = {
    event: trigger.event,
    event_name: trigger.eventName,
    ref: trigger.ref,
    ref_name: trigger.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    ref_type: trigger.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha: trigger.sha,
    repository: setup.repository,
    repository_owner: owner,
    server_url: 'https://github.com',
    api_url: setup.apiUrl,
    graphql_url: setup.graphqlUrl,
    run_id: String(setup.runId),
    run_number: String(setup.runId),
    run_attempt: '1',
    actor: trigger.actor ?? 'octocat',
    triggering_actor: trigger.actor ?? 'octocat',
    workflow: 'nightly',
    head_ref: trigger.headRef ?? '',
    base_ref: trigger.baseRef ?? '',
    token: setup.token,
    retention_days: '90',
  };
  const secrets = { GITHUB_TOKEN: setup.token, ...(setup.secrets ?? {}) };
  const vars = setup.vars ?? {};
  const inputs = (trigger.event.inputs as Record<string, unknown> | undefined) ?? {};
  const top = { github, secrets, vars, inputs };
  const workflowEnv = evaluateStrings(template.env, top, { success: true, workspace: setup.runRoot });

  const jobs: Record<string, JobRun> = {};
  const legs: JobRun[] = [];
  const pending = [...template.jobs];
  while (pending.length) {
    const index = pending.findIndex((j) => (j.needs ?? []).every((n) => jobs[n.value]));
    if (index < 0) throw new Error('harness: a cycle in needs');
    const job = pending.splice(index, 1)[0]!;
    if (job.type !== 'job') throw new Error(`harness: reusable workflow job ${job.id.value} is not supported`);
    const id = job.id.value;
    const needIds = (job.needs ?? []).map((n) => n.value);
    const needs = Object.fromEntries(needIds.map((n) => [n, { result: jobs[n]!.result, outputs: jobs[n]!.outputs }]));
    const needsOk = needIds.every((n) => jobs[n]!.result === 'success');
    const ctx = { ...top, env: workflowEnv, needs };
    const run = truthy(evaluateExpression(job.if.expression, ctx, { success: needsOk, workspace: setup.runRoot }));
    if (!run) {
      jobs[id] = { id, result: 'skipped', outputs: {}, steps: [], matrix: null, summary: '' };
      continue;
    }
    const strategy = job.strategy ? evaluateToken(job.strategy, ctx, { success: true, workspace: setup.runRoot }) : null;
    const combos = expandMatrix(strategy);
    const runs: JobRun[] = [];
    for (const [leg, matrix] of combos.entries()) {
      runs.push(await runJob(setup, trigger, parsed.value, job, { ...ctx, matrix: matrix ?? {}, strategy: { 'job-index': leg, 'job-total': combos.length } }, matrix, `${id}${combos.length > 1 ? `-${leg + 1}` : ''}`, artifactsDir));
    }
    legs.push(...runs);
    const failed = runs.some((r) => r.result === 'failure');
    jobs[id] = { id, result: failed ? 'failure' : 'success', outputs: Object.assign({}, ...runs.map((r) => r.outputs)), steps: runs.flatMap((r) => r.steps), matrix: null, summary: runs.map((r) => r.summary).join('') };
  }
  return { jobs, legs, artifactsDir };
}

async function runJob(
  setup: RunnerSetup,
  trigger: Trigger,
  root: TemplateToken,
  job: Extract<Awaited<ReturnType<typeof convertWorkflowTemplate>>['jobs'][number], { type: 'job' }>,
  baseCtx: Record<string, unknown> & { env: Record<string, string> },
  matrix: Record<string, unknown> | null,
  folder: string,
  artifactsDir: string,
): Promise<JobRun> {
  const id = job.id.value;
  const jobDir = join(setup.runRoot, 'jobs', folder);
  const workspace = join(jobDir, 'workspace');
  const temp = join(jobDir, 'temp');
  for (const d of [workspace, temp, join(jobDir, 'home')]) mkdirSync(d, { recursive: true });
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(trigger.event));
  const summaryFile = join(temp, 'step_summary');
  const runner = { os: 'Linux', arch: 'X64', name: 'harness', temp, tool_cache: join(jobDir, 'toolcache'), environment: 'github-hosted' };
  const github: Record<string, string> = { ...(baseCtx.github as Record<string, string>), job: id, workspace };
  let env = { ...baseCtx.env, ...evaluateStrings(job.env, { ...baseCtx, github, runner }, { success: true, workspace }) };
  const extraPath: string[] = [];
  const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  const stepRuns: StepRun[] = [];
  const raw = rawSteps(root, id);
  let success = true;
  const posts: (() => Promise<void>)[] = [];

  for (const [i, step] of job.steps.entries()) {
    if (!('if' in step) || !('env' in step || 'run' in step || 'uses' in step)) throw new Error(`harness: step kind of ${step.id} is not supported`);
    const ctx = { ...baseCtx, github, runner, env, steps, matrix: matrix ?? {}, job: { status: success ? 'success' : 'failure' } };
    const status: Status = { success, workspace };
    const name = step.name ? String(evaluateToken(step.name, ctx, status)) : step.id;
    const stepRun: StepRun = { name, id: step.id, skipped: false, outcome: 'success', outputs: {}, log: '' };
    stepRuns.push(stepRun);
    if (!truthy(evaluateExpression(step.if?.expression ?? 'success()', ctx, status))) {
      Object.assign(stepRun, { skipped: true, outcome: 'skipped' });
      steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const stepEnv = evaluateStrings(step.env, ctx, status);
    const outputFile = join(temp, `output_${i}`);
    const envFile = join(temp, `env_${i}`);
    const pathFile = join(temp, `path_${i}`);
    for (const f of [outputFile, envFile, pathFile]) writeFileSync(f, '');
    if (!existsSync(summaryFile)) writeFileSync(summaryFile, '');
    const runnerEnv: Record<string, string> = {
      PATH: [...extraPath, GH_STAND_IN_DIR, process.env.PATH ?? ''].join(':'),
      HOME: join(jobDir, 'home'),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKFLOW: String(github.workflow),
      GITHUB_RUN_ID: String(github.run_id),
      GITHUB_RUN_NUMBER: String(github.run_number),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: id,
      GITHUB_ACTION: step.id,
      GITHUB_ACTOR: String(github.actor),
      GITHUB_REPOSITORY: setup.repository,
      GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
      GITHUB_EVENT_NAME: trigger.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: trigger.sha,
      GITHUB_REF: trigger.ref,
      GITHUB_REF_NAME: String(github.ref_name),
      GITHUB_REF_TYPE: String(github.ref_type),
      GITHUB_HEAD_REF: trigger.headRef ?? '',
      GITHUB_BASE_REF: trigger.baseRef ?? '',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: setup.apiUrl,
      GITHUB_GRAPHQL_URL: setup.graphqlUrl,
      // Archived-copy lookups (on by default in the action) go to the simulator too, never outside.
      SWH_API_URL: `${setup.apiUrl.replace(/\/+$/, '')}/swh/api/1`,
      WAYBACK_API_URL: `${setup.apiUrl.replace(/\/+$/, '')}/wayback/available`,
      GITHUB_OUTPUT: outputFile,
      GITHUB_ENV: envFile,
      GITHUB_PATH: pathFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: temp,
      RUNNER_TOOL_CACHE: runner.tool_cache,
      ...env,
      ...stepEnv,
    };
    let ok: boolean;
    if ('run' in step) {
      const script = String(evaluateToken(step.run, ctx, status));
      const cwd = raw[i]?.workingDirectory ? join(workspace, String(evaluateToken(raw[i]!.workingDirectory!, ctx, status))) : workspace;
      const scriptFile = join(temp, `step_${i}.sh`);
      writeFileSync(scriptFile, script);
      // The runner's default shell: bash --noprofile --norc -eo pipefail {0}
      const r = await bash(scriptFile, cwd, runnerEnv);
      stepRun.log = r.log;
      ok = r.code === 0;
    } else {
      const uses = step.uses.value;
      const withInputs = raw[i]?.with ? evaluateStrings(raw[i]!.with, ctx, status) : {};
      const local = uses.startsWith('./') ? join(workspace, uses) : setup.actions?.[uses.replace(/@.*$/, '')];
      if (local) {
        const action = loadActionYml(local);
        if (action.runs.using !== 'node24') throw new Error(`harness: ${uses} is ${action.runs.using}, only node24 actions run here`);
        const r = await runBundledAction({ actionDir: local, workspace, with: withInputs, env: runnerEnv, githubToken: setup.token, outputFile, summaryFile, timeoutMs: 120_000 });
        stepRun.log = `${r.stdout}${r.stderr}`;
        ok = r.code === 0;
      } else {
        const standIn: StandInContext = { setup, trigger, workspace, temp, artifactsDir, with: withInputs, outputFile, pathFile, log: (t) => void (stepRun.log += t), addPost: (f) => posts.push(f), jobSucceeded: () => success };
        ok = await hostedAction(uses, standIn);
      }
    }
    stepRun.outputs = parseOutputFile(readFileSync(outputFile, 'utf8'));
    env = { ...env, ...parseOutputFile(readFileSync(envFile, 'utf8')) };
    extraPath.unshift(...readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).reverse());
    const continueOnError = raw[i]?.continueOnError ? String(evaluateToken(raw[i]!.continueOnError!, ctx, status)) === 'true' : false;
    stepRun.outcome = ok ? 'success' : 'failure';
    steps[step.id] = { outputs: stepRun.outputs, outcome: stepRun.outcome, conclusion: ok || continueOnError ? 'success' : 'failure' };
    if (!ok && !continueOnError) success = false;
  }
  // Post steps (actions/cache's save) run last, in reverse order.
  for (const post of posts.reverse()) await post();
  const outputs = evaluateStrings(job.outputs, { ...baseCtx, github, runner, env, steps, matrix: matrix ?? {} }, { success, workspace });
  appendFileSync(summaryFile, '');
  return { id, result: success ? 'success' : 'failure', outputs, steps: stepRuns, matrix, summary: readFileSync(summaryFile, 'utf8') };
}
