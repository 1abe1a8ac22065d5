export interface InputFile {
    /** The path to show (as given, or as found under a given directory); `-` for stdin. */
    source: string;
}
export interface ExpandedInputs {
    files: InputFile[];
    problems: {
        source: string;
        message: string;
    }[];
}
/** Turn a glob (`*`, `**`, `?`, `{a,b}`) into a RegExp over `/`-separated relative paths. */
export declare function globToRegExp(glob: string): RegExp;
export declare function expandInputs(inputs: string[]): Promise<ExpandedInputs>;
