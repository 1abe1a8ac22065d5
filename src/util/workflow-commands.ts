// GitHub Actions workflow commands (`::warning file=…,line=…::message`, `::add-mask::…`), escaped the
// way the runner unescapes them (actions/toolkit core/src/command.ts: `%`, CR and LF in the message;
// also `:` and `,` in property values), so untrusted text can never start a command of its own.

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line, newline included. */
export function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

/**
 * Ask the runner to mask a secret in every later log line. The runner consumes this line and never
 * shows it; it is the only place the secret is ever written, and only when running under Actions.
 */
export function addMask(secret: string): string {
  return workflowCommand('add-mask', {}, secret);
}
