import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";

const keys = new Map<string, Uint8Array>();

/** next-auth's token encryption key for `secret` (the same HKDF as next-auth/jwt), derived once instead of on every request. */
function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

const CLOCK_TOLERANCE_S = 15;
const DECODED_LIMIT = 5_000;
type Decoded = { secret: string; payload: JWT };
const decoded = new Map<string, Decoded>();

/** Whether `payload` is inside its exp/nbf window at `nowS`, with jose's tolerance. */
function isCurrent(payload: JWT, nowS: number): boolean {
  const { exp, nbf } = payload as { exp?: number; nbf?: number };
  return (typeof exp !== "number" || exp + CLOCK_TOLERANCE_S > nowS) && (typeof nbf !== "number" || nbf - CLOCK_TOLERANCE_S <= nowS);
}

/**
 * The payload of a session token next-auth issued with `secret`, or null when the token is
 * malformed, forged or expired: next-auth/jwt's `decode` (A256GCM, 15 s clock tolerance) with the
 * key derived once.
 */
export async function decryptSessionToken(token: string, secret: string, now = Date.now()): Promise<JWT | null> {
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE_S, currentDate: new Date(now) });
    return payload as JWT;
  } catch {
    return null;
  }
}

/**
 * decryptSessionToken, once per token: a token decrypts to the same payload every time, so a
 * signed-in user's token is decrypted on their first request and then read from a bounded map,
 * its expiry still checked on every call. What may change between requests (revocation, the
 * user's row) is the database re-check's job. Callers get their own copy: the jwt callback
 * writes to the token it is given.
 */
export async function decodeSessionToken(token: string, secret: string, now = Date.now()): Promise<JWT | null> {
  const hit = decoded.get(token);
  if (hit && hit.secret === secret) {
    if (isCurrent(hit.payload, Math.floor(now / 1000))) return { ...hit.payload };
    decoded.delete(token);
    return null;
  }
  const payload = await decryptSessionToken(token, secret, now);
  if (!payload) return null;
  // Oldest first out; a full map is a burst of new sign-ins, and each entry is one decryption.
  if (decoded.size >= DECODED_LIMIT) decoded.delete(decoded.keys().next().value!);
  decoded.set(token, { secret, payload });
  return { ...payload };
}

type Cookie = { name: string; value: string };

/** The cookie next-auth keeps the session token in (`__Secure-` prefixed when its base URL is https). */
export function sessionCookieName({ secure, configured }: { secure: boolean; configured?: string }): string {
  return configured ?? `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * Whether next-auth uses its secure cookie names: as next-auth's core decides it, from
 * NEXTAUTH_URL, or from the forwarded protocol when it trusts the host (VERCEL, AUTH_TRUST_HOST).
 */
export function usesSecureCookies(env: NodeJS.ProcessEnv, forwardedProto: string | null, configured?: boolean): boolean {
  if (configured !== undefined) return configured;
  const origin = env.NEXTAUTH_URL || ((env.VERCEL ?? env.AUTH_TRUST_HOST) ? (forwardedProto === "http" ? "http://" : "https://") : undefined);
  // next-auth reads a base URL without a scheme as https, and no URL at all as http://localhost:3000.
  return origin !== undefined && !origin.startsWith("http://");
}

/** The session token from the request's cookies, joined from its chunks (`name.0`, `name.1`, …) as next-auth's SessionStore does. */
export function sessionTokenFrom(cookies: Cookie[], name: string): string | null {
  const chunks = cookies.filter((cookie) => cookie.name.startsWith(name));
  if (chunks.length === 0) return null;
  const suffix = (cookie: Cookie) => parseInt(cookie.name.split(".").pop() ?? "0");
  return chunks
    .sort((a, b) => suffix(a) - suffix(b))
    .map((cookie) => cookie.value)
    .join("");
}
