/** @jest-environment node */
import { readCappedBody } from "@/lib/http/read-bounded-body";

function streamed(bytes: number, chunk = 64 * 1024): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const size = Math.min(chunk, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return new Request("http://x.test/", { method: "POST", body, duplex: "half" } as RequestInit);
}

test("reads a body under the cap", async () => {
  await expect(readCappedBody(streamed(1000), 2000, "too large")).resolves.toHaveLength(1000);
});

test("refuses a declared length over the cap without reading", async () => {
  const request = new Request("http://x.test/", { method: "POST", body: "x", headers: { "content-length": "999999999" } });
  await expect(readCappedBody(request, 2000, "The file is larger than 2 MB.")).rejects.toMatchObject({ code: "INVALID_INPUT", message: "The file is larger than 2 MB." });
});

test("stops a streamed body with no declared length once it passes the cap", async () => {
  await expect(readCappedBody(streamed(10 * 1024 * 1024), 2 * 1024 * 1024, "too large")).rejects.toThrow("too large");
});
