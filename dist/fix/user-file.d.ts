export interface UserFile {
    /** The path as given (shown to the user). */
    path: string;
    bytes: Buffer;
    /** The text the rewrite works on; `encoding` turns it back into bytes identical outside the edits. */
    text: string;
    encoding: 'utf8' | 'latin1';
}
export declare class FileChangedError extends Error {
    constructor(path: string);
}
/** Read a file; text that is not valid UTF-8 is handled byte for byte (latin1), so no byte is ever altered. */
export declare function readUserFile(path: string): Promise<UserFile>;
export declare function encode(file: UserFile, text: string): Buffer;
/** Replace the file's content with `next`, unless it no longer holds the bytes it was read with. */
export declare function replaceUserFile(file: UserFile, next: Buffer): Promise<void>;
