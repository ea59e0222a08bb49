import ipaddr from 'ipaddr.js';

/** How each special range reads in an error ("10.0.0.1 is private"). */
const RANGE_NAMES: Record<string, string> = {
  private: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT (shared)',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  reserved: 'reserved',
};

/**
 * Why a server may not fetch from this address, or null for a public unicast one. Anything that is
 * not plain public unicast is refused: private, loopback, link-local, unique-local, CGNAT,
 * multicast, unspecified, reserved, and IPv6 forms that carry an IPv4 address (mapped, 6to4, NAT64).
 * An IPv4-mapped address is judged as the IPv4 address it holds. Not an IP address: "not an IP address".
 */
export function refusedRangeOf(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === 'unicast') return null;
  return RANGE_NAMES[range] ?? `in the special range "${range}"`;
}
