// The config file (`--config FILE`): a JSON object of long option names in camelCase
// (`{"staleDays": 180, "failOn": "not-found,blocked,empty", "maxAge": "24h"}`), read into Options
// that resolveOptions() puts under the command line and over the environment. One file can serve
// every command: each uses the keys it knows. An unknown key is one clear line, never ignored.
// The token is refused on purpose: a file is too easily committed.
// (Not yargs' .config(): under .strict() it rejects keys the running command does not define.)
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { OUTPUT_FORMATS, parseDuration, type Options } from './options.js';
import { INPUT_FORMATS } from './types.js';
import { ConfigFileError } from './errors.js';

/** A list written as a JSON array or as `"a,b,c"`. */
const commaList = z.union([z.array(z.string()), z.string().transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))]);

const ConfigSchema = z
  .object({
    apiUrl: z.string().url(),
    graphqlUrl: z.string().url(),
    cacheDir: z.string(),
    maxAge: z.string(),
    wait: z.boolean(),
    concurrency: z.number().int().min(1).max(100),
    batchSize: z.number().int().min(1).max(100),
    allowPrivateHosts: z.boolean(),
    web: z.boolean(),
    checkPaperLinks: z.boolean(),
    staleDays: z.number().int().min(1),
    failOn: commaList,
    out: z.string(),
    format: commaList.pipe(z.array(z.enum(OUTPUT_FORMATS))),
    previous: z.string(),
    ignore: z.string(),
    quiet: z.boolean(),
    inputFormat: z.enum(INPUT_FORMATS),
    archives: z.boolean(),
    swhApiUrl: z.string().url(),
    waybackApiUrl: z.string().url(),
    archiveLive: z.boolean(),
  })
  .partial()
  .strict();

/** Options from a config file (none without a path); throws ConfigFileError with one line naming the file and the key. */
export function loadConfigFile(path: string | undefined): Options {
  if (path === undefined) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new ConfigFileError(`${path}: cannot read the config file (${why})`);
  }
  if (raw && typeof raw === 'object' && 'token' in raw) {
    throw new ConfigFileError(`${path}: "token" does not belong in a config file; use GITHUB_TOKEN, GH_TOKEN or --token`);
  }
  if (raw && typeof raw === 'object' && 'swhToken' in raw) {
    throw new ConfigFileError(`${path}: "swhToken" does not belong in a config file; use SWH_TOKEN`);
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}"` : 'the top level';
    throw new ConfigFileError(`${path}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const c = parsed.data;
  let maxAgeMs: number | undefined;
  try {
    maxAgeMs = c.maxAge === undefined ? undefined : parseDuration(c.maxAge);
  } catch (err) {
    throw new ConfigFileError(`${path}: "maxAge": ${(err as Error).message}`);
  }
  return {
    apiUrl: c.apiUrl,
    graphqlUrl: c.graphqlUrl,
    cacheDir: c.cacheDir,
    maxAgeMs,
    wait: c.wait,
    concurrency: c.concurrency,
    batchSize: c.batchSize,
    allowPrivateHosts: c.allowPrivateHosts,
    checkWeb: c.web,
    checkPaperLinks: c.checkPaperLinks,
    staleDays: c.staleDays,
    failOn: c.failOn,
    outDir: c.out,
    formats: c.format,
    previous: c.previous,
    ignoreFile: c.ignore,
    quiet: c.quiet,
    inputFormat: c.inputFormat,
    archives: c.archives,
    swhApiUrl: c.swhApiUrl,
    waybackApiUrl: c.waybackApiUrl,
    archiveLive: c.archiveLive,
  };
}
