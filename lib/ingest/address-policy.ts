import ipaddr from "ipaddr.js";

/**
 * True only for globally routable unicast addresses. ipaddr.process() turns IPv4-mapped IPv6
 * (::ffff:127.0.0.1) into IPv4 first, so a mapped loopback is judged as loopback; NAT64 and
 * 6to4 forms embed IPv4 too and are refused outright rather than decoded.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  const range = parsed.range();
  if (range !== "unicast") return false;
  if (parsed.kind() === "ipv4") {
    const [a, b] = (parsed as ipaddr.IPv4).octets;
    // 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarking
    if ((a === 100 && b! >= 64 && b! < 128) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19))) return false;
  }
  return true;
}

/** The class of address refused, worded for the user ("a private address"). */
export function describeAddress(address: string): string {
  if (!ipaddr.isValid(address)) return "an invalid address";
  const range = ipaddr.process(address).range();
  const names: Record<string, string> = {
    loopback: "a loopback address",
    private: "a private network address",
    linkLocal: "a link-local address",
    uniqueLocal: "a unique-local (private IPv6) address",
    unspecified: "an unspecified address",
    broadcast: "a broadcast address",
    multicast: "a multicast address",
    carrierGradeNat: "a carrier-grade NAT address",
    reserved: "a reserved address",
  };
  return names[range] ?? `a non-public address (${range})`;
}
