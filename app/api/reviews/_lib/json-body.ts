import { AppError } from "@/lib/errors";

/** The JSON body of a review request, refused past `maxBytes` or when it is not JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new AppError("INVALID_INPUT", `The request body is larger than ${maxBytes} bytes.`);
  const text = await request.text();
  if (text.length > maxBytes) throw new AppError("INVALID_INPUT", `The request body is larger than ${maxBytes} bytes.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
}
