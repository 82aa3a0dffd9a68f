import { NextResponse } from "next/server";
import { z } from "zod";
import { isAppError } from "@/lib/errors";

export type ApiError = { error: { code: string; message: string; fields?: Record<string, string[] | undefined> } };

export function apiError(status: number, code: string, message: string, fields?: ApiError["error"]["fields"]) {
  return NextResponse.json<ApiError>({ error: { code, message, ...(fields && { fields }) } }, { status });
}

/** Maps what a handler throws to a JSON error with a status: never a stack trace. */
export function toErrorResponse(error: unknown) {
  if (isAppError(error)) return apiError(error.status, error.code, error.message);
  if (error instanceof z.ZodError) {
    return apiError(422, "INVALID_INPUT", "The request is not valid.", z.flattenError(error).fieldErrors as Record<string, string[]>);
  }
  console.error("Unhandled API error", error);
  return apiError(500, "INTERNAL", "Something went wrong on our side. Nothing was changed; try again.");
}

/** Runs a route handler body, turning thrown errors into JSON responses. */
export async function handleApi(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    return toErrorResponse(error);
  }
}
