import { BlockList, isIP } from 'node:net';

// Addresses a fetch on the user's behalf must not reach unless they say so: a page, or a server's
// `POST /api/documents {"url"}`, would otherwise read the host's own services or a cloud's instance
// credentials. Metadata addresses are listed before the ranges that hold them so the reason is the sharper one,
// and stay refused even with `--allow-private-urls`: that flag is for a test server or an intranet page, and
// no article lives at an instance-credentials endpoint.
const METADATA = 'a cloud metadata address';

const RANGES: readonly (readonly [reason: string, family: 'ipv4' | 'ipv6', network: string, prefix: number])[] = [
  [METADATA, 'ipv4', '169.254.169.254', 32],
  [METADATA, 'ipv4', '100.100.100.200', 32],
  [METADATA, 'ipv6', 'fd00:ec2::254', 128],
  ['an unspecified address', 'ipv4', '0.0.0.0', 8],
  ['a loopback address', 'ipv4', '127.0.0.0', 8],
  ['a private address (RFC 1918)', 'ipv4', '10.0.0.0', 8],
  ['a private address (RFC 1918)', 'ipv4', '172.16.0.0', 12],
  ['a private address (RFC 1918)', 'ipv4', '192.168.0.0', 16],
  ['a shared address (RFC 6598)', 'ipv4', '100.64.0.0', 10],
  ['a link-local address', 'ipv4', '169.254.0.0', 16],
  ['a multicast or reserved address', 'ipv4', '224.0.0.0', 3],
  ['an unspecified address', 'ipv6', '::', 128],
  ['a loopback address', 'ipv6', '::1', 128],
  ['a private address (unique local, fc00::/7)', 'ipv6', 'fc00::', 7],
  ['a link-local address', 'ipv6', 'fe80::', 10],
  ['a multicast address', 'ipv6', 'ff00::', 8],
];

const LISTS = RANGES.map(([reason, family, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { reason, family, list };
});

/**
 * Why an address may not be fetched, or null when it may: with `allowPrivate` only metadata addresses are
 * refused. An IPv4 address written as IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address it is.
 * @example refusalOf('10.1.2.3') // 'a private address (RFC 1918)'
 */
export function refusalOf(address: string, allowPrivate = false): string | null {
  const reason = classify(address);
  return reason !== null && (!allowPrivate || reason === METADATA) ? reason : null;
}

function classify(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const ip = mappedIpv4(bare) ?? bare;
  const family = isIP(ip) === 4 ? 'ipv4' : isIP(ip) === 6 ? 'ipv6' : null;
  if (family === null) return 'not an IP address';
  return LISTS.find((l) => l.family === family && l.list.check(ip, family))?.reason ?? null;
}

// The URL parser writes `[::ffff:127.0.0.1]` as `[::ffff:7f00:1]`; both forms are the IPv4 address.
function mappedIpv4(ip: string): string | null {
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (dotted) return dotted;
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}
