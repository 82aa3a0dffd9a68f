import { NextRequest } from "next/server";
import { apiError } from "@/lib/http/api-response";
import { readBoundedBody } from "@/lib/http/read-bounded-body";

export const AUTH_BODY_LIMIT_BYTES = 16 * 1024;

type AuthRouteContext = { params: Promise<{ nextauth?: string[] }> };
type AuthRouteHandler = (req: NextRequest, context: AuthRouteContext) => Promise<Response>;

const notValidJson = () => apiError(400, "INVALID_INPUT", "The request body is not valid JSON.");

/** The body as text, or null once it passes `limit` bytes (read no further than that). */
async function readBounded(req: NextRequest, limit: number): Promise<string | null> {
  const body = await readBoundedBody(req, limit);
  return body && body.toString("utf8");
}

/**
 * Wraps next-auth's route handler so that what it would answer with a 500 and a stack trace
 * (malformed JSON, a GET on the credentials callback, an oversized body) gets a short 4xx.
 */
export function guardAuthRoute(handler: AuthRouteHandler): AuthRouteHandler {
  return async (req, context) => {
    const [action, provider] = (await context.params).nextauth ?? [];
    if (action === "callback" && provider === "credentials" && req.method !== "POST") {
      const response = apiError(405, "METHOD_NOT_ALLOWED", "Sign in by submitting the sign-in form.");
      response.headers.set("Allow", "POST");
      return response;
    }
    let forwarded = req;
    if (req.method === "POST") {
      const body = await readBounded(req, AUTH_BODY_LIMIT_BYTES);
      if (body === null) return apiError(413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
      if (req.headers.get("content-type")?.includes("application/json")) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          return notValidJson();
        }
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return notValidJson();
      }
      const headers = new Headers(req.headers);
      headers.delete("content-length");
      forwarded = new NextRequest(req.url, { method: "POST", headers, body });
    }
    try {
      return await handler(forwarded, context);
    } catch (error) {
      console.error(`[next-auth] ${req.method} ${req.nextUrl.pathname} refused: ${error instanceof Error ? error.message : String(error)}`);
      return apiError(400, "INVALID_INPUT", "The sign-in request is not valid.");
    }
  };
}
