/** @jest-environment node */
import { getServerSession, type NextAuthOptions } from "next-auth";
import { encode, type JWT } from "next-auth/jwt";
import { createAuthOptions } from "@/lib/auth/options";
import { endSession } from "@/lib/auth/revocation";
import { resolveSession } from "@/lib/auth/session";
import { decodeSessionToken, sessionCookieName, sessionTokenFrom, usesSecureCookies } from "@/lib/auth/session-token";
import { createUser, signOutEverywhere } from "@/lib/data/users";
import { createTestDb, type TestDb } from "../../helpers/test-db";

const SECRET = "session-resolution-test-secret-0123456789";
let testDb: TestDb;
let options: NextAuthOptions;
const configuredUrl = process.env.NEXTAUTH_URL;
beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://127.0.0.1:3000";
  testDb = await createTestDb();
  options = { ...createAuthOptions(testDb.db), secret: SECRET };
});
afterAll(async () => {
  if (configuredUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = configuredUrl;
  await testDb.cleanup();
});

let counter = 0;
/** A signed-in user and the cookie value next-auth would have set for them. */
async function signedIn() {
  const user = await createUser(testDb.db, { name: `Reader ${++counter}`, email: `reader${counter}@example.com`, password: `long-unique-pass-${counter}`, isTeacher: false });
  const token = (await options.callbacks!.jwt!({ token: { name: user.name, email: user.email } as JWT, user: { ...user }, account: null } as never)) as JWT;
  return { user, token, cookie: await encode({ token, secret: SECRET }) };
}

/** What next-auth's getServerSession answers for this cookie (its pages-router form, which takes the request directly). */
async function nextAuthUser(cookie: string) {
  const req = { headers: {}, cookies: { "next-auth.session-token": cookie } };
  const res = { getHeader: () => undefined, setCookie: () => undefined, setHeader: () => undefined };
  const session = await getServerSession(req as never, res as never, options);
  return session?.user ?? null;
}
const resolvedUser = async (cookie: string, secret = SECRET) => (await resolveSession(options, { token: cookie, secret }))?.user ?? null;

describe("resolveSession gives what next-auth's session route gives", () => {
  test("for a live session: the user from the database re-check", async () => {
    const { user, cookie } = await signedIn();
    const expected = { id: user.id, name: user.name, email: user.email, role: "STUDENT" };
    expect(await nextAuthUser(cookie)).toEqual(expected);
    expect(await resolvedUser(cookie)).toEqual(expected);
  });

  test("with the name changed since sign-in: the current name, not the token's", async () => {
    const { user, cookie } = await signedIn();
    await testDb.db.user.update({ where: { id: user.id }, data: { name: "Renamed" } });
    expect(await resolvedUser(cookie)).toMatchObject({ name: "Renamed" });
    expect(await nextAuthUser(cookie)).toMatchObject({ name: "Renamed" });
  });

  test.each([
    ["signed out (session ended)", async ({ token }: { token: JWT }) => endSession(testDb.db, token.sid)],
    ["signed out everywhere", async ({ user }: { user: { id: string } }) => void (await signOutEverywhere(testDb.db, { userId: user.id }))],
    ["disabled", async ({ user }: { user: { id: string } }) => void (await testDb.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } }))],
    ["deleted", async ({ user }: { user: { id: string } }) => void (await testDb.db.user.delete({ where: { id: user.id } }))],
    ["past the server-side session's expiry", async ({ token }: { token: JWT }) => void (await testDb.db.session.update({ where: { sessionToken: token.sid! }, data: { expires: new Date(Date.now() - 1000) } }))],
    ["given a newer sessionsValidAfter (password changed elsewhere)", async ({ user }: { user: { id: string } }) => void (await testDb.db.user.update({ where: { id: user.id }, data: { sessionsValidAfter: new Date(Date.now() + 1000) } }))],
  ])("after the user was %s: no session, on the very next request", async (_label, revoke) => {
    const session = await signedIn();
    expect(await resolvedUser(session.cookie)).not.toBeNull();
    await revoke(session as never);
    expect(await nextAuthUser(session.cookie)).toBeNull();
    expect(await resolvedUser(session.cookie)).toBeNull();
  });
});

describe("hostile or stale tokens are no session", () => {
  test("a token encrypted with another secret", async () => {
    const { token } = await signedIn();
    expect(await resolvedUser(await encode({ token, secret: "another-secret-of-some-length-0123456" }))).toBeNull();
  });

  test("an expired token (past next-auth's 15 s tolerance)", async () => {
    const { token } = await signedIn();
    expect(await resolvedUser(await encode({ token, secret: SECRET, maxAge: -60 }))).toBeNull();
  });

  test.each(["", "not-a-token", "a.b.c.d.e", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC"])("garbage %j", async (garbage) => {
    expect(await decodeSessionToken(garbage, SECRET)).toBeNull();
  });

  test("a token with one character of its ciphertext changed", async () => {
    const { cookie } = await signedIn();
    const parts = cookie.split(".");
    parts[3] = (parts[3]![0] === "A" ? "B" : "A") + parts[3]!.slice(1);
    expect(await resolvedUser(parts.join("."))).toBeNull();
  });

  test("a token without a session id (issued before sessions were recorded)", async () => {
    const { token } = await signedIn();
    const { sid: _sid, ...legacy } = token;
    expect(await resolvedUser(await encode({ token: legacy as JWT, secret: SECRET }))).toBeNull();
  });
});

describe("the session cookie", () => {
  test("decodes to the payload next-auth encoded", async () => {
    const { token, cookie } = await signedIn();
    expect(await decodeSessionToken(cookie, SECRET)).toMatchObject({ sub: token.sub, sid: token.sid, authTime: token.authTime });
  });

  test("decoded once, it is still refused past its expiry, and each caller gets its own copy", async () => {
    const { token } = await signedIn();
    const cookie = await encode({ token, secret: SECRET, maxAge: 60 });
    const first = await decodeSessionToken(cookie, SECRET);
    expect(first).toMatchObject({ sid: token.sid });
    first!.role = "ADMIN";
    expect(await decodeSessionToken(cookie, SECRET)).toMatchObject({ role: "STUDENT" });
    expect(await decodeSessionToken(cookie, SECRET, Date.now() + 30_000)).not.toBeNull();
    expect(await decodeSessionToken(cookie, SECRET, Date.now() + 80_000)).toBeNull();
  });

  test("decoded once with one secret, it is refused under another", async () => {
    const { cookie } = await signedIn();
    expect(await decodeSessionToken(cookie, SECRET)).not.toBeNull();
    expect(await decodeSessionToken(cookie, "another-secret-of-some-length-0123456")).toBeNull();
  });

  test("is joined from next-auth's chunks in order", () => {
    const cookies = [
      { name: "next-auth.session-token.1", value: "world" },
      { name: "other", value: "x" },
      { name: "next-auth.session-token.0", value: "hello " },
    ];
    expect(sessionTokenFrom(cookies, "next-auth.session-token")).toBe("hello world");
    expect(sessionTokenFrom([{ name: "other", value: "x" }], "next-auth.session-token")).toBeNull();
  });

  test.each([
    [{ NEXTAUTH_URL: "https://factdeck.example" }, null, true],
    [{ NEXTAUTH_URL: "http://127.0.0.1:3000" }, null, false],
    [{ NEXTAUTH_URL: "factdeck.example" }, null, true],
    [{}, "https", false],
    [{ AUTH_TRUST_HOST: "1" }, "https", true],
    [{ AUTH_TRUST_HOST: "1" }, "http", false],
  ])("is secure-prefixed as next-auth decides for env %j, forwarded proto %j", (env, proto, secure) => {
    expect(usesSecureCookies(env as NodeJS.ProcessEnv, proto, undefined)).toBe(secure);
    expect(sessionCookieName({ secure })).toBe(secure ? "__Secure-next-auth.session-token" : "next-auth.session-token");
  });
});
