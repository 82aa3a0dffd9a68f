/** @jest-environment node */
import { NextRequest } from "next/server";
import { AUTH_BODY_LIMIT_BYTES, guardAuthRoute } from "@/lib/auth/route-guard";

const ORIGIN = "http://127.0.0.1:3000";
const passedThrough: Request[] = [];
const guarded = guardAuthRoute(async (req) => {
  passedThrough.push(req);
  return Response.json({ reached: true, body: req.method === "POST" ? await req.text() : null });
});
const call = (path: string[], init: { method?: string; body?: string; type?: string } = {}) =>
  guarded(
    new NextRequest(`${ORIGIN}/api/auth/${path.join("/")}`, {
      method: init.method ?? "GET",
      ...(init.body !== undefined && { body: init.body }),
      headers: init.type ? { "content-type": init.type } : {},
    }),
    { params: Promise.resolve({ nextauth: path }) },
  );

beforeEach(() => {
  passedThrough.length = 0;
});

test.each([
  ["session", "{bad"],
  ["signout", "{bad"],
  ["session", ""],
  ["signout", "[1,2"],
  ["signin/credentials", "\u0000"],
])("invalid JSON POSTed to /api/auth/%s is a 400 that never reaches next-auth", async (path, body) => {
  const response = await call(path.split("/"), { method: "POST", body, type: "application/json" });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ error: { code: "INVALID_INPUT", message: expect.stringMatching(/not valid JSON/) } });
  expect(passedThrough).toHaveLength(0);
});

test.each(["[]", "42", "\"text\"", "null"])("a JSON body that is not an object (%s) is a 400", async (body) => {
  const response = await call(["session"], { method: "POST", body, type: "application/json" });
  expect(response.status).toBe(400);
});

test("GET /api/auth/callback/credentials is a 405 that says to POST", async () => {
  const response = await call(["callback", "credentials"]);
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe("POST");
  expect((await response.json()).error.code).toBe("METHOD_NOT_ALLOWED");
  expect(passedThrough).toHaveLength(0);
});

test("a body over the limit is a 413", async () => {
  const response = await call(["callback", "credentials"], { method: "POST", body: `password=${"x".repeat(AUTH_BODY_LIMIT_BYTES)}`, type: "application/x-www-form-urlencoded" });
  expect(response.status).toBe(413);
  expect(passedThrough).toHaveLength(0);
});

test("valid requests reach next-auth with their body intact", async () => {
  const json = await call(["session"], { method: "POST", body: '{"csrfToken":"abc","data":{}}', type: "application/json" });
  expect(await json.json()).toEqual({ reached: true, body: '{"csrfToken":"abc","data":{}}' });
  const form = await call(["callback", "credentials"], { method: "POST", body: "email=a%40b.co&password=%C3%A9t%C3%A9", type: "application/x-www-form-urlencoded" });
  expect(await form.json()).toEqual({ reached: true, body: "email=a%40b.co&password=%C3%A9t%C3%A9" });
  expect((await call(["providers"])).status).toBe(200);
});

test("whatever next-auth throws becomes a JSON error without a stack trace", async () => {
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const throwing = guardAuthRoute(async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'csrfToken')");
  });
  const response = await throwing(new NextRequest(`${ORIGIN}/api/auth/session`), { params: Promise.resolve({ nextauth: ["session"] }) });
  expect(response.status).toBe(400);
  expect(JSON.stringify(await response.json())).not.toMatch(/TypeError|csrfToken|at /);
  error.mockRestore();
});
