import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";

/**
 * Next.js hands route handlers and server actions the request headers but not the socket, and
 * only sets X-Forwarded-For from the socket when the client did not send one (`??=` in
 * base-server.js), so that header cannot tell a client's claim from the real peer. This stamps
 * every incoming request with the socket's address, signed with a per-process secret, before
 * Next sees it; a client-sent copy of the header is overwritten and would fail the check anyway.
 */
export const PEER_HEADER = "x-factdeck-peer";

const SECRET = Symbol.for("factdeck.peerAddressSecret");
type Stamped = typeof globalThis & { [SECRET]?: string };

function secret(): string | undefined {
  return (globalThis as Stamped)[SECRET];
}

export function installPeerAddressStamp(): void {
  const global = globalThis as Stamped;
  if (global[SECRET]) return;
  const key = randomBytes(16).toString("hex");
  global[SECRET] = key;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    Server.prototype.emit = function stampPeer(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_HEADER] = `${key} ${request.socket?.remoteAddress ?? ""}`;
      }
      return Reflect.apply(emit, this, [event, ...args]) as boolean;
    } as typeof emit;
  }
}

/** The socket address from a stamped header, or null when the header is missing or forged. */
export function peerAddressFromHeaders(value: string | null): string | null {
  const key = secret();
  if (!key || !value) return null;
  const [given, address] = value.split(" ");
  return given === key && address ? address : null;
}
