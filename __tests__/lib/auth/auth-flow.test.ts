/** @jest-environment node */
import type { JWT } from "next-auth/jwt";
import { authenticate, INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS } from "@/lib/auth/credentials";
import { createAuthOptions } from "@/lib/auth/options";
import { SessionRevokedError } from "@/lib/auth/revocation";
import { ADDRESS_POLICY, PAIR_POLICY } from "@/lib/auth/attempt-limit";

const MAX_FAILURES_PER_EMAIL = PAIR_POLICY.limit;
const MAX_FAILURES_PER_IP = ADDRESS_POLICY.limit;
const THROTTLE_WINDOW_MS = PAIR_POLICY.windowMs;
import { changePassword, createUser, signOutEverywhere } from "@/lib/data/users";
import { createTestDb, type TestDb } from "../../helpers/test-db";

// Several tests run dozens of throttled argon2 checks; a busy machine outlasts jest's 5 s.
jest.setTimeout(30_000);

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

const T0 = new Date("2026-01-05T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
let counter = 0;
const newAccount = async (isTeacher = false) => {
  const email = `user${++counter}@example.com`;
  const password = `long-unique-pass-${counter}`;
  const user = await createUser(testDb.db, { name: `User ${counter}`, email, password, isTeacher }, T0);
  return { user, email, password };
};
const signIn = (email: string, password: string, ip: string | null = null, now = T0) =>
  authenticate({ db: testDb.db, credentials: { email, password }, ip, now });

describe("sign-up", () => {
  test("stores an argon2id hash, never the password, and the chosen role", async () => {
    const { user, password } = await newAccount(true);
    const row = await testDb.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(password);
    expect(row.role).toBe("TEACHER");
  });

  test("a second account with the same email is a conflict with a clear message", async () => {
    const { email } = await newAccount();
    await expect(createUser(testDb.db, { name: "Twin", email, password: "another-long-pass", isTeacher: false })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});

describe("sign-in", () => {
  test("the right password returns the user without its hash", async () => {
    const { user, email, password } = await newAccount();
    const signedIn = await signIn(email, password);
    expect(signedIn).toEqual({ id: user.id, email, name: user.name, role: "STUDENT" });
  });

  test("unknown email and wrong password give the same answer", async () => {
    const { email } = await newAccount();
    const wrong = await signIn(email, "not-the-password").catch((error: Error) => error);
    const unknown = await signIn("nobody@example.com", "not-the-password").catch((error: Error) => error);
    expect(wrong).toMatchObject({ code: "UNAUTHORIZED", message: INVALID_CREDENTIALS });
    expect(unknown).toMatchObject({ code: "UNAUTHORIZED", message: INVALID_CREDENTIALS });
  });

  test("hostile credentials are refused as invalid, not crashed on", async () => {
    for (const credentials of [null, "x", { email: ["a"], password: 1 }, { email: "a@b.co", password: "p".repeat(10_000) }]) {
      await expect(authenticate({ db: testDb.db, credentials, ip: null, now: T0 })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });

  test(`an account is locked for an address after ${MAX_FAILURES_PER_EMAIL} failures from it, even for the right password`, async () => {
    const { email, password } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await expect(signIn(email, "wrong-password", null, later(i))).rejects.toBeTruthy();
    await expect(signIn(email, password, null, later(10))).rejects.toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_ATTEMPTS });
  });

  test("the lock lifts after the lock period", async () => {
    const { email, password } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) await signIn(email, "wrong-password", null, later(i)).catch(() => null);
    await expect(signIn(email, password, null, later(THROTTLE_WINDOW_MS + 60_000))).resolves.toMatchObject({ email });
  });

  test("failures spread over more than the window do not lock the account", async () => {
    const { email, password } = await newAccount();
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL * 2; i++) {
      await signIn(email, "wrong-password", null, later(i * (THROTTLE_WINDOW_MS / 2))).catch(() => null);
    }
    await expect(signIn(email, password, null, later(MAX_FAILURES_PER_EMAIL * THROTTLE_WINDOW_MS))).resolves.toMatchObject({ email });
  });

  test("one address spraying many accounts is throttled", async () => {
    const ip = "203.0.113.7";
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await signIn(`spray${i}@example.com`, "guess-123456", ip, later(i)).catch(() => null);
    const { email, password } = await newAccount();
    await expect(signIn(email, password, ip, later(MAX_FAILURES_PER_IP))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signIn(email, password, "198.51.100.1", later(MAX_FAILURES_PER_IP))).resolves.toMatchObject({ email });
  });

  test("concurrent failures are all counted", async () => {
    const { email } = await newAccount();
    await Promise.all(Array.from({ length: MAX_FAILURES_PER_EMAIL }, () => signIn(email, "wrong-password").catch(() => null)));
    const row = await testDb.db.authThrottle.findUniqueOrThrow({ where: { key: `pair:${email}|unknown` } });
    expect(row.failures).toBe(MAX_FAILURES_PER_EMAIL);
  });
});

describe("session revocation", () => {
  const jwt = (params: Parameters<NonNullable<ReturnType<typeof createAuthOptions>["callbacks"]>["jwt"] & object>[0]) =>
    createAuthOptions(testDb.db).callbacks!.jwt!(params);
  const refresh = (token: JWT) => createAuthOptions(testDb.db).callbacks!.jwt!({ token } as never);

  async function signedInToken() {
    const { user, email, password } = await newAccount();
    const token = await jwt({ token: {} as JWT, user: { ...user, id: user.id }, account: null } as never);
    return { user, email, password, token: token as JWT };
  }

  test("a fresh session is accepted and carries the user's role", async () => {
    const { user, token } = await signedInToken();
    await expect(refresh(token)).resolves.toMatchObject({ sub: user.id, role: "STUDENT" });
  });

  test("sign out everywhere refuses every session issued before it", async () => {
    const { user, token } = await signedInToken();
    await signOutEverywhere(testDb.db, { userId: user.id, now: new Date(Date.now() + 1) });
    await expect(refresh(token)).rejects.toBeInstanceOf(SessionRevokedError);
  });

  test("a password change refuses older sessions", async () => {
    const { user, password, token } = await signedInToken();
    await changePassword(testDb.db, { userId: user.id, currentPassword: password, newPassword: "brand-new-pass-99", now: new Date(Date.now() + 1) });
    await expect(refresh(token)).rejects.toBeInstanceOf(SessionRevokedError);
  });

  test("a password change with the wrong current password changes nothing", async () => {
    const { user, email, password, token } = await signedInToken();
    await expect(
      changePassword(testDb.db, { userId: user.id, currentPassword: "wrong", newPassword: "brand-new-pass-99" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signIn(email, password)).resolves.toMatchObject({ id: user.id });
    await expect(refresh(token)).resolves.toMatchObject({ sub: user.id });
  });

  test("a disabled or deleted account's session is refused", async () => {
    const disabled = await signedInToken();
    await testDb.db.user.update({ where: { id: disabled.user.id }, data: { disabledAt: new Date() } });
    await expect(refresh(disabled.token)).rejects.toBeInstanceOf(SessionRevokedError);
    const deleted = await signedInToken();
    await testDb.db.user.delete({ where: { id: deleted.user.id } });
    await expect(refresh(deleted.token)).rejects.toBeInstanceOf(SessionRevokedError);
  });

  test("a token without an auth time (forged or from an older version) is refused", async () => {
    const { user } = await signedInToken();
    await expect(refresh({ sub: user.id, role: "ADMIN" } as JWT)).rejects.toBeInstanceOf(SessionRevokedError);
  });
});
