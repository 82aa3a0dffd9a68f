import { AppError } from "@/lib/errors";
import { readBoundedBody } from "@/lib/http/read-bounded-body";

/** The JSON body of a review request, refused past `maxBytes` (declared or streamed) or when it is not JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const tooLarge = () => new AppError("INVALID_INPUT", `The request body is larger than ${maxBytes} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const body = await readBoundedBody(request, maxBytes);
  if (!body) throw tooLarge();
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
}
