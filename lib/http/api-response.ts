import { NextResponse } from "next/server";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { toPublicError } from "./public-error";

export type ApiError = { error: { code: string; message: string; fields?: Record<string, string[] | undefined> } };

export function apiError(status: number, code: string, message: string, fields?: ApiError["error"]["fields"]) {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (status === 503) headers["Retry-After"] = "2";
  return NextResponse.json<ApiError>({ error: { code, message, ...(fields && { fields }) } }, { status, headers });
}

/** Maps what a handler throws to a JSON error with a status: never a stack trace or database text. */
export function toErrorResponse(error: unknown) {
  if (isAppError(error)) return apiError(error.status, error.code, error.message);
  if (error instanceof z.ZodError) {
    return apiError(422, "INVALID_INPUT", "The request is not valid.", z.flattenError(error).fieldErrors as Record<string, string[]>);
  }
  const { status, code, message } = toPublicError(error, "Unhandled API error");
  return apiError(status, code, message);
}

/** Runs a route handler body, turning thrown errors into JSON responses. */
export async function handleApi(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    return toErrorResponse(error);
  }
}
