// Every token a run may hold, so that an error message can hide each one: each --token's value,
// GITHUB_TOKENS, GITHUB_TOKEN, GH_TOKEN (read from the raw arguments: an error may come before
// the options are resolved).
import { splitTokens } from '../options.js';

export function givenTokens(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const fromFlags = argv.flatMap((a, i) => (a === '--token' ? [argv[i + 1] ?? ''] : a.startsWith('--token=') ? [a.slice('--token='.length)] : []));
  return [...fromFlags.flatMap(splitTokens), ...splitTokens(env.GITHUB_TOKENS ?? ''), env.GITHUB_TOKEN, env.GH_TOKEN].filter((t): t is string => !!t);
}
