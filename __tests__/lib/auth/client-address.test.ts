/** @jest-environment node */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createAuthOptions } from "@/lib/auth/options";
import { ADDRESS_POLICY } from "@/lib/auth/attempt-limit";
import { clientAddressFromHeaders, parseTrustedProxies, resolveClientAddress } from "@/lib/auth/client-address";
import { installPeerAddressStamp, PEER_HEADER } from "@/lib/auth/peer-address";
import { parseServerEnv } from "@/lib/env";
import { createTestDb, type TestDb } from "../../helpers/test-db";

const resolve = (peer: string | null, forwardedFor: string | null, config?: string) =>
  resolveClientAddress({ peer, forwardedFor }, parseTrustedProxies(config));

describe("without a trusted proxy the socket address is the client", () => {
  test.each([
    ["127.0.0.1", null, "127.0.0.1"],
    ["127.0.0.1", "203.0.113.9", "127.0.0.1"],
    ["::ffff:198.51.100.4", "203.0.113.9, 10.0.0.1", "198.51.100.4"],
    ["2001:db8:1:2:3:4:5:6", null, "2001:db8:1:2::/64"],
    ["2001:db8:1:2:ffff::9", "1.1.1.1", "2001:db8:1:2::/64"],
    [null, "203.0.113.9", null],
  ])("peer %p, X-Forwarded-For %p → %p", (peer, forwardedFor, expected) => {
    expect(resolve(peer, forwardedFor)).toBe(expected);
  });
});

describe("behind trusted proxies the address the outermost proxy saw is the client", () => {
  test.each([
    ["1", "127.0.0.1", "203.0.113.9", "203.0.113.9"],
    ["1", "127.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"],
    ["1", "127.0.0.1", null, "127.0.0.1"],
    ["2", "10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", "203.0.113.9"],
    ["2", "10.0.0.2", "203.0.113.9", "203.0.113.9"],
    ["1", "127.0.0.1", "203.0.113.9:51234", "203.0.113.9"],
    ["1", "127.0.0.1", "[2001:db8::1]:443", "2001:db8:0:0::/64"],
    ["1", "127.0.0.1", "not-an-address", "127.0.0.1"],
    ["127.0.0.1", "127.0.0.1", "6.6.6.6, 203.0.113.9", "203.0.113.9"],
    ["127.0.0.1, 10.0.0.0/8", "127.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3", "203.0.113.9"],
    ["10.0.0.0/8", "127.0.0.1", "203.0.113.9", "127.0.0.1"],
    ["::1, 127.0.0.1", "::ffff:127.0.0.1", "203.0.113.9", "203.0.113.9"],
    ["127.0.0.1", "127.0.0.1", "garbage, 10.0.0.1", "10.0.0.1"],
  ])("FACTDECK_TRUSTED_PROXIES=%p, peer %p, X-Forwarded-For %p → %p", (config, peer, forwardedFor, expected) => {
    expect(resolve(peer, forwardedFor, config)).toBe(expected);
  });

  test.each(["eleven", "11", "10.0.0.0/99", "127.0.0.1, nope"])("%p is refused as a configuration error, at start", (config) => {
    expect(() => parseTrustedProxies(config)).toThrow(/FACTDECK_TRUSTED_PROXIES/);
    expect(() => parseServerEnv({ FACTDECK_TRUSTED_PROXIES: config })).toThrow(/FACTDECK_TRUSTED_PROXIES/);
  });

  test("a hop count or a list of addresses is accepted at start", () => {
    expect(parseServerEnv({ FACTDECK_TRUSTED_PROXIES: "1" }).FACTDECK_TRUSTED_PROXIES).toBe("1");
    expect(parseServerEnv({ FACTDECK_TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8" }).FACTDECK_TRUSTED_PROXIES).toBe("127.0.0.1, 10.0.0.0/8");
  });
});

describe("the socket stamp", () => {
  test("a client-sent stamp is ignored before the stamp is installed", () => {
    expect(clientAddressFromHeaders({ [PEER_HEADER]: "anything 203.0.113.9" })).toBeNull();
  });

  test("a real server sees the socket address, whatever the client sends", async () => {
    installPeerAddressStamp();
    const server = http.createServer((request, response) => {
      response.end(JSON.stringify({ address: clientAddressFromHeaders(request.headers) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.9", [PEER_HEADER]: "guess 203.0.113.9" },
      });
      expect(await answer.json()).toEqual({ address: "127.0.0.1" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("next-auth's authorize counts attempts under the socket address", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(() => testDb.cleanup());

  test("varying X-Forwarded-For does not buy more attempts from one address", async () => {
    installPeerAddressStamp();
    const provider = createAuthOptions(testDb.db).providers[0] as unknown as {
      options: { authorize: (credentials: unknown, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    const stamp = (await stampedHeaders())[PEER_HEADER]!;
    const attempt = (i: number) =>
      provider.options
        .authorize({ email: `nobody${i}@example.com`, password: "guess-123456" }, { headers: { [PEER_HEADER]: stamp, "x-forwarded-for": `203.0.113.${i % 250}` } })
        .catch((error: Error) => error.message);
    for (let i = 0; i < ADDRESS_POLICY.limit; i++) await attempt(i);
    expect(await attempt(ADDRESS_POLICY.limit)).toMatch(/from your network/);
  }, 60_000);
});

async function stampedHeaders(): Promise<Record<string, string>> {
  const server = http.createServer((request, response) => response.end(JSON.stringify(request.headers)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await (await fetch(`http://127.0.0.1:${port}/`)).json()) as Record<string, string>;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
