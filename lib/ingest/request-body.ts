import { readBoundedBody } from "@/lib/http/read-bounded-body";
import { ingestError } from "./ingest-error";

/**
 * The request body, refused once it passes `maxBytes` (declared or streamed), so an oversized
 * upload is never buffered whole.
 */
export async function readCappedBody(request: Request, maxBytes: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw ingestError(tooLarge);
  const body = await readBoundedBody(request, maxBytes);
  if (!body) throw ingestError(tooLarge);
  return new Uint8Array(body);
}
