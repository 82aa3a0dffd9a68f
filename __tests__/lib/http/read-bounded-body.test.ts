/** @jest-environment node */
import { readBoundedBody } from "@/lib/http/read-bounded-body";

const streamed = (chunks: string[], { failAfter }: { failAfter?: number } = {}) => {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && sent === failAfter) return controller.error(new Error("aborted"));
      if (sent === chunks.length) return controller.close();
      controller.enqueue(new TextEncoder().encode(chunks[sent++]));
    },
  });
  return new Request("http://127.0.0.1/api/reviews", { method: "POST", body, duplex: "half" } as RequestInit);
};

test("a body within the limit is read whole", async () => {
  expect((await readBoundedBody(streamed(["{\"a\":", "1}"]), 100))?.toString("utf8")).toBe('{"a":1}');
});

test("a body past the limit is null, whatever its declared length", async () => {
  expect(await readBoundedBody(streamed(["x".repeat(60), "x".repeat(60)]), 100)).toBeNull();
});

test("a client that goes away mid-body gets INVALID_INPUT, not an unhandled error", async () => {
  await expect(readBoundedBody(streamed(["{\"a\":"], { failAfter: 1 }), 100)).rejects.toMatchObject({ code: "INVALID_INPUT", message: "The request body was cut off before its end." });
});
