import { type Options } from './options.js';
export declare class ConfigFileError extends Error {
}
/** Options from a config file (none without a path); throws ConfigFileError with one line naming the file and the key. */
export declare function loadConfigFile(path: string | undefined): Options;
