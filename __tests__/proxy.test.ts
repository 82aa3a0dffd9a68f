/** @jest-environment node */
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const ACTION = { "next-action": "7f".padEnd(42, "0"), origin: "http://127.0.0.1:3000" };

function post(path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) {
  return new NextRequest(`http://127.0.0.1:3000${path}`, { method: "POST", body, headers });
}

test("every response gets a fresh nonce CSP and the security headers", async () => {
  const first = await proxy(new NextRequest("http://127.0.0.1:3000/login"));
  const second = await proxy(new NextRequest("http://127.0.0.1:3000/login"));
  const csp = first.headers.get("content-security-policy")!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
  expect(csp).not.toContain("unsafe-inline' 'nonce");
  expect(second.headers.get("content-security-policy")).not.toBe(csp);
  expect(first.headers.get("x-content-type-options")).toBe("nosniff");
  expect(first.headers.get("cache-control")).toBeNull();
});

test("API responses are never stored", async () => {
  const response = await proxy(new NextRequest("http://127.0.0.1:3000/api/auth/session"));
  expect(response.headers.get("cache-control")).toBe("no-store");
});

test.each([
  { label: "an undecodable path", request: () => new NextRequest("http://127.0.0.1:3000/api/decks/%ZZ"), status: 400 },
  { label: "a server action sent as JSON", request: () => post("/signup", "{}", { ...ACTION, "content-type": "application/json" }), status: 415 },
  { label: "a server action whose body is not JSON", request: () => post("/signup", "{broken", { ...ACTION, "content-type": "text/plain;charset=UTF-8" }), status: 400 },
  { label: "a server action whose body is not an argument list", request: () => post("/signup", "null", { ...ACTION, "content-type": "text/plain;charset=UTF-8" }), status: 400 },
  { label: "a multipart action that is not multipart", request: () => post("/signup", "garbage", { ...ACTION, "content-type": "multipart/form-data; boundary=xyz" }), status: 400 },
  { label: "a 5 MB server action", request: () => post("/signup", new Uint8Array(5 * 1024 * 1024).fill(97), { ...ACTION, "content-type": "text/plain;charset=UTF-8" }), status: 413 },
])("$label is refused with $status and a short JSON message", async ({ request, status }) => {
  const response = await proxy(request());
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { message: string } };
  expect(body.error.message.length).toBeLessThan(80);
  expect(response.headers.get("content-security-policy")).toBeTruthy();
});

test("a well-formed server action passes through", async () => {
  const response = await proxy(post("/signup", '["$K1"]', { ...ACTION, "content-type": "text/plain;charset=UTF-8" }));
  expect(response.status).toBe(200);
  expect(response.headers.get("x-middleware-next")).toBe("1");
});

test("without NEXTAUTH_URL a client's X-Forwarded-Host never reaches next-auth", async () => {
  const saved = process.env.NEXTAUTH_URL;
  delete process.env.NEXTAUTH_URL;
  try {
    const response = await proxy(new NextRequest("http://127.0.0.1:3000/api/auth/signout", { headers: { "x-forwarded-host": "evil.example" } }));
    expect(response.headers.get("x-middleware-override-headers")).toContain("x-nonce");
    expect(response.headers.get("x-middleware-request-x-forwarded-host")).toBeNull();
    expect(response.headers.get("x-middleware-override-headers")).not.toContain("x-forwarded-host");
  } finally {
    if (saved !== undefined) process.env.NEXTAUTH_URL = saved;
  }
});

test("with NEXTAUTH_URL set, forwarded headers are left to next-auth (which then ignores them)", async () => {
  const saved = process.env.NEXTAUTH_URL;
  process.env.NEXTAUTH_URL = "https://factdeck.example.org";
  try {
    const response = await proxy(new NextRequest("http://127.0.0.1:3000/login", { headers: { "x-forwarded-host": "proxy.example" } }));
    expect(response.headers.get("x-middleware-override-headers")).toContain("x-forwarded-host");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
  } finally {
    if (saved === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = saved;
  }
});
