import { AppError } from "@/lib/errors";
import { readCappedBody } from "@/lib/http/read-bounded-body";

/** The JSON body of a review request, refused past `maxBytes` (declared or streamed) or when it is not JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const body = await readCappedBody(request, maxBytes, `The request body is larger than ${maxBytes} bytes.`);
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
}
