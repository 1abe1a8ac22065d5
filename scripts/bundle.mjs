// `npm run bundle`: the GitHub Action's entry point and every runtime dependency in one committed
// file, dist/index.mjs, as the runner runs it (`runs.using: node24`, no install, no build).
// Deterministic: same sources and lockfile → same bytes (CI checks `git diff --exit-code dist/`).
//   node scripts/bundle.mjs [--outdir DIR]   (DIR default dist; the test compares a fresh build with dist/)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const root = new URL('..', import.meta.url).pathname;

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  absWorkingDir: root,
  entryPoints: ['src/action/main.ts'],
  outfile: join(values.outdir, 'index.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // Some dependencies are CommonJS and call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // The bundle has no package.json beside it to read the version from.
  define: { REPO_AUDIT_VERSION: JSON.stringify(version) },
  legalComments: 'linked',
  logLevel: 'warning',
});
