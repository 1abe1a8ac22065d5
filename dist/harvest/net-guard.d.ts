import { type LookupAddress } from 'node:dns';
export declare function isPrivateAddress(address: string): boolean;
export declare class PrivateAddressError extends Error {
    readonly code = "EPRIVATE";
    /** `address` is what `host` resolved to; the same for an IP literal (not repeated then). */
    constructor(host: string, address: string);
}
/** A URL's host name without the brackets of an IPv6 literal (`[::1]` → `::1`), as isIP() wants it. */
export declare function bareHost(url: URL): string;
/** A URL's host given as an IP literal that is private (no DNS lookup happens for literals). */
export declare function privateLiteral(url: URL): string | null;
type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type AllCallback = (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;
/** A resolver of every address of a name (dns.lookup with all: true, or a test double). */
export type ResolveAll = (hostname: string, callback: AllCallback) => void;
export declare const systemResolveAll: ResolveAll;
/**
 * A `lookup` for net.connect built on `resolveAll`; with `refusePrivate`, it refuses names that
 * resolve to a private address.
 */
export declare function makeLookup(resolveAll: ResolveAll, refusePrivate: boolean): (hostname: string, options: {
    all?: boolean;
}, callback: LookupCallback) => void;
export {};
