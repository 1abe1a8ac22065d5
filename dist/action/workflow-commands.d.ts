export declare function escapeData(text: string): string;
export declare function escapeProperty(text: string): string;
/** One workflow command line, newline included. */
export declare function workflowCommand(name: string, properties: Record<string, string | number | undefined>, message: string): string;
/**
 * Ask the runner to mask a secret in every later log line. The runner consumes this line and never
 * shows it; it is the only place the secret is ever written, and only when running under Actions.
 */
export declare function addMask(secret: string): string;
/** Replace every occurrence of the secret in text that is about to be printed or written. */
export declare function redact(text: string, secret: string | null | undefined): string;
