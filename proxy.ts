import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/http/security-headers";

const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
const ACTION_CONTENT_TYPES = /^(multipart\/form-data|text\/plain)(;|$)/i;

function jsonError(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function isServerAction(request: NextRequest): boolean {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return false;
  return request.headers.has("next-action") || /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");
}

/** Whether a server action's body is what React sends: a JSON array of arguments, or form data. */
async function isWellFormedActionBody(request: NextRequest, contentType: string): Promise<boolean> {
  try {
    if (/^text\/plain/i.test(contentType)) return Array.isArray(JSON.parse(await request.clone().text()));
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

/**
 * Requests Next.js would answer with a 500 and a stack trace in the log, refused up front with
 * a 4xx: an undecodable path, and server-action posts that are too big, of the wrong content
 * type or malformed.
 */
async function refuseMalformed(request: NextRequest): Promise<NextResponse | null> {
  if (!isDecodable(request.nextUrl.pathname)) return jsonError(400, "BAD_REQUEST", "The address is not valid.");
  if (!isServerAction(request)) return null;
  const contentType = request.headers.get("content-type") ?? "";
  if (!ACTION_CONTENT_TYPES.test(contentType)) return jsonError(415, "UNSUPPORTED_MEDIA_TYPE", "The form was not sent the way this page sends it.");
  const declared = Number(request.headers.get("content-length") ?? 0);
  const tooLarge = jsonError(413, "TOO_LARGE", "The form is too large (at most 1 MB).");
  if (declared > SERVER_ACTION_BODY_LIMIT) return tooLarge;
  const actual = (await request.clone().arrayBuffer()).byteLength;
  if (actual > SERVER_ACTION_BODY_LIMIT) return tooLarge;
  if (!(await isWellFormedActionBody(request, contentType))) return jsonError(400, "BAD_REQUEST", "The form could not be read. Reload the page and try again.");
  return null;
}

/**
 * Security headers and a fresh CSP nonce on every response. An optimisation layer, not an
 * access boundary: sessions and ownership are checked in actions, handlers and lib/data.
 */
export async function proxy(request: NextRequest) {
  const refused = await refuseMalformed(request);
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // Without NEXTAUTH_URL, next-auth builds redirects from the request's host: only the Host the
  // browser sent counts, never a client-supplied X-Forwarded-Host.
  if (!process.env.NEXTAUTH_URL) requestHeaders.delete("x-forwarded-host");

  const response = refused ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(process.env.NEXTAUTH_URL))) response.headers.set(name, value);
  // API responses carry user data (sessions, decks): never stored by a browser or a shared cache.
  if (request.nextUrl.pathname.startsWith("/api/")) response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
