import { readFileSync } from 'node:fs';

// Read from package.json so there is one place to bump (works from src/ under tsx and from lib/).
function readVersion(): string {
  try {
    const url = new URL('../package.json', import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/** Set by scripts/bundle.mjs: the Action's bundle has no package.json beside it. */
declare const REPO_AUDIT_VERSION: string | undefined;

export const VERSION: string = typeof REPO_AUDIT_VERSION === 'string' ? REPO_AUDIT_VERSION : readVersion();
