import ipaddr from "ipaddr.js";
import { PEER_HEADER, peerAddressFromHeaders } from "./peer-address";

/** FACTDECK_TRUSTED_PROXIES: unset (no proxy), a hop count, or a list of proxy addresses/ranges. */
export type TrustedProxies =
  | { kind: "none" }
  | { kind: "hops"; count: number }
  | { kind: "list"; ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]> };

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 10) throw new Error("FACTDECK_TRUSTED_PROXIES: a hop count must be between 0 and 10.");
    return { kind: "hops", count };
  }
  const ranges = text.split(",").map((entry) => {
    const item = entry.trim();
    if (ipaddr.isValidCIDR(item)) {
      const [range, bits] = ipaddr.parseCIDR(item);
      return range.kind() === "ipv6" && (range as ipaddr.IPv6).isIPv4MappedAddress()
        ? ([(range as ipaddr.IPv6).toIPv4Address(), bits - 96] as [ipaddr.IPv4, number])
        : ([range, bits] as [ipaddr.IPv4 | ipaddr.IPv6, number]);
    }
    if (ipaddr.isValid(item)) {
      const address = ipaddr.process(item);
      return [address, address.kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
    }
    throw new Error(`FACTDECK_TRUSTED_PROXIES: "${item}" is neither a hop count nor an IP address or range.`);
  });
  return { kind: "list", ranges };
}

/** An address as written in X-Forwarded-For (maybe with a port or brackets), parsed; null if it is not one. */
function parseAddress(raw: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  return ipaddr.isValid(text) ? ipaddr.process(text) : null;
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: Array<[ipaddr.IPv4 | ipaddr.IPv6, number]>): boolean {
  return ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

/**
 * The key a rate limit counts a client under: an IPv4 address, or an IPv6 /64 (one subscriber
 * usually owns a whole /64, so counting single IPv6 addresses would give them unlimited tries).
 */
export function addressKey(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (address.kind() === "ipv4") return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(":")}::/64`;
}

/**
 * The client's address: the socket peer when no proxy is trusted; otherwise the address the
 * outermost trusted proxy saw (walking X-Forwarded-For from the right). Null when unknown.
 */
export function resolveClientAddress({ peer, forwardedFor }: { peer: string | null; forwardedFor: string | null }, trusted: TrustedProxies): string | null {
  const peerAddress = peer ? parseAddress(peer) : null;
  if (!peerAddress) return null;
  if (trusted.kind === "none") return addressKey(peerAddress);
  const hops = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const chain = [...hops.map(parseAddress), peerAddress];
  let index = chain.length - 1;
  if (trusted.kind === "hops") {
    index = Math.max(0, chain.length - 1 - trusted.count);
  } else {
    while (index > 0 && isTrusted(chain[index]!, trusted.ranges)) {
      index--;
      if (!chain[index]) break;
    }
  }
  // Whatever a proxy appended is an address; an unparseable entry means the client wrote it.
  const client = chain[index] ?? chain.slice(index + 1).find(Boolean) ?? peerAddress;
  return addressKey(client);
}

let configured: TrustedProxies | undefined;
function trustedProxies(): TrustedProxies {
  configured ??= parseTrustedProxies(process.env.FACTDECK_TRUSTED_PROXIES);
  return configured;
}

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(name: string): string | null }).get(name);
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return (Array.isArray(value) ? value.join(",") : value) ?? null;
}

/** The client address of the request these headers came with (see peer-address.ts for the peer). */
export function clientAddressFromHeaders(headers: HeaderSource): string | null {
  return resolveClientAddress({ peer: peerAddressFromHeaders(header(headers, PEER_HEADER)), forwardedFor: header(headers, "x-forwarded-for") }, trustedProxies());
}
