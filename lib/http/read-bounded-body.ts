import { AppError } from "@/lib/errors";

/**
 * A request body read no further than `limit` bytes: the bytes, or null once it passes the limit
 * (the stream is cancelled, so an oversized body is never buffered whole). A client that goes away
 * mid-body is the client's doing: INVALID_INPUT, not a server error in the logs.
 */
export async function readBoundedBody(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new AppError("INVALID_INPUT", "The request body was cut off before its end.");
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/**
 * The request body, refused with INVALID_INPUT (`tooLarge`) once it passes `maxBytes`, declared or
 * streamed, so an oversized body is never buffered whole.
 */
export async function readCappedBody(request: Request, maxBytes: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new AppError("INVALID_INPUT", tooLarge);
  const body = await readBoundedBody(request, maxBytes);
  if (!body) throw new AppError("INVALID_INPUT", tooLarge);
  return new Uint8Array(body);
}
