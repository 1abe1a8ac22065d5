// Web links come from strangers' papers: a CI runner must not be walked into its own network.
// Private, loopback, link-local, CGNAT and multicast addresses are refused unless
// --allow-private-hosts. The check runs in the connection's own DNS lookup (not before it), so a
// name cannot resolve to a public address for the check and a private one for the connection.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { PrivateAddressError } from '../errors.js';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16],
  ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) blocked.addSubnet(net, bits, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(address);
  if (family === 0) return false;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL's host name without the brackets of an IPv6 literal (`[::1]` → `::1`), as isIP() wants it. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** A URL's host given as an IP literal that is private (no DNS lookup happens for literals). */
export function privateLiteral(url: URL): string | null {
  const host = bareHost(url);
  return isIP(host) && isPrivateAddress(host) ? host : null;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type AllCallback = (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

/** A resolver of every address of a name (dns.lookup with all: true, or a test double). */
export type ResolveAll = (hostname: string, callback: AllCallback) => void;

export const systemResolveAll: ResolveAll = (hostname, callback) => dnsLookup(hostname, { all: true }, callback);

/**
 * A `lookup` for net.connect built on `resolveAll`; with `refusePrivate`, it refuses names that
 * resolve to a private address.
 */
export function makeLookup(resolveAll: ResolveAll, refusePrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolveAll(hostname, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = refusePrivate ? addresses.find((a) => isPrivateAddress(a.address)) : undefined;
      if (bad) return callback(new PrivateAddressError(hostname, bad.address) as unknown as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
