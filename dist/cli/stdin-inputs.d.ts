export declare function inputsWithStdin(raw: string[], parsed: string[], command: string, valued: ReadonlySet<string>): string[];
