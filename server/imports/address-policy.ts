import ipaddr from 'ipaddr.js';

/**
 * Which network addresses the server may fetch an article from. Only global unicast addresses pass:
 * loopback, private, link-local (cloud metadata at 169.254.169.254 included), CGNAT, multicast, reserved,
 * unique-local and the IPv6 forms that embed an IPv4 address are refused.
 */
export interface AddressPolicy {
  /** Addresses allowed despite their range. Empty in production; a test server on 127.0.0.1 needs it. */
  allow?: readonly string[];
}

const METADATA_HOSTS = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal']);

export function refusedHostName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost') || METADATA_HOSTS.has(h);
}

/** The range name that makes an address unsafe, or null when it may be fetched. */
export function refusedRange(address: string, policy: AddressPolicy = {}): string | null {
  if (!ipaddr.isValid(address)) return 'invalid address';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  if (policy.allow?.some((a) => ipaddr.isValid(a) && ipaddr.parse(a).toNormalizedString() === parsed.toNormalizedString())) {
    return null;
  }
  const range = parsed.range();
  // why: "::127.0.0.1", the deprecated IPv4-compatible form, is 'unicast' to the library, yet some hosts route it to
  // the IPv4 address it holds
  if (range === 'unicast' && parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((p) => p === 0)) return 'ipv4Compatible';
  return range === 'unicast' ? null : range;
}

/** What a refused range is, in words for the person who gave the link. */
const RANGE_WORDS: Record<string, string> = {
  loopback: 'this machine (loopback)',
  private: 'a private network',
  uniqueLocal: 'a private network',
  linkLocal: 'a link-local address, where cloud metadata lives',
  carrierGradeNat: 'a provider’s private network',
  unspecified: 'no machine at all',
  broadcast: 'a broadcast address',
  multicast: 'a multicast address',
};

export function rangeInWords(range: string): string {
  return RANGE_WORDS[range] ?? 'a reserved or translated address range';
}
