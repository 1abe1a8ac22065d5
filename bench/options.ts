// The benchmarks' command-line options: `--name value`, looked up by name (each script's header
// says which it takes).

/** The value after `--name`, or `fallback` when the option is not given. */
export function option(name: string): string | undefined;
export function option(name: string, fallback: string): string;
export function option(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (process.argv[i + 1] ?? fallback);
}
