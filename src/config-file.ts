// The config file (`--config FILE`): a JSON object of long option names in camelCase
// (`{"staleDays": 180, "failOn": "not-found,blocked,empty", "maxAge": "24h"}`), read as one layer
// that resolveOptions() puts under the command line and over the environment, and checks there like
// any other value. One file can serve every command: each uses the keys it knows. The keys and the
// shape of their values come from the options table (src/options.ts); an unknown key is one clear
// line, never ignored. The tokens are refused on purpose: a file is too easily committed.
// (Not yargs' .config(): under .strict() it rejects keys the running command does not define.)
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigFileError } from './errors.js';
import { OPTION_SOURCE, OPTIONS, type Layer, type OptionSpec } from './options.js';

/** A config value's JSON shape; its meaning is checked by the option's parser in resolveOptions. */
function shapeOf(spec: OptionSpec): z.ZodTypeAny {
  if (spec.type === 'boolean') return z.boolean();
  if (spec.json === 'number' || spec.type === 'number') return z.number();
  if (spec.json === 'list') return z.union([z.array(z.string()), z.string()]); // a JSON array or "a,b,c"
  return z.string();
}

const CONFIG_KEYS = OPTIONS.filter((s): s is OptionSpec & { config: string } => s.config !== undefined);

const ConfigSchema = z.object(Object.fromEntries(CONFIG_KEYS.map((s) => [s.config, shapeOf(s).optional()]))).strict();

/** Secrets that only come from the environment or the command line. */
const REFUSED: Readonly<Record<string, string>> = {
  token: 'use GITHUB_TOKEN, GH_TOKEN or --token',
  swhToken: 'use SWH_TOKEN',
};

/** The options of a config file (none without a path); throws ConfigFileError with one line naming the file and the key. */
export function loadConfigFile(path: string | undefined): Layer {
  if (path === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new ConfigFileError(`${path}: cannot read the config file (${why})`);
  }
  for (const [key, use] of Object.entries(REFUSED)) {
    if (raw && typeof raw === 'object' && key in raw) throw new ConfigFileError(`${path}: "${key}" does not belong in a config file; ${use}`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}"` : 'the top level';
    throw new ConfigFileError(`${path}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const layer: Layer = { [OPTION_SOURCE]: { kind: 'file', path } };
  const values = parsed.data as Record<string, unknown>;
  for (const spec of CONFIG_KEYS) if (values[spec.config] !== undefined) layer[spec.key] = values[spec.config];
  return layer;
}
