/** @jest-environment node */
import { authenticate, INVALID_CREDENTIALS, TOO_MANY_ATTEMPTS } from "@/lib/auth/credentials";
import { ACCOUNT_FREE_ATTEMPTS, ACCOUNT_MAX_DELAY_MS, accountDelayMs, ADDRESS_POLICY, PAIR_POLICY } from "@/lib/auth/attempt-limit";
import { verifyPassword } from "@/lib/auth/password";
import { pruneThrottle } from "@/lib/auth/throttle";
import { changePassword, createUser } from "@/lib/data/users";
import { createTestDb, type TestDb } from "../../helpers/test-db";

// Each test runs up to ~40 argon2 checks; on a busy 2-core machine that outlasts jest's 5 s.
jest.setTimeout(60_000);

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

const T0 = new Date("2026-01-05T10:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
let counter = 0;
const newAccount = async () => {
  const email = `limit${++counter}@example.com`;
  const password = `long-unique-pass-${counter}`;
  const user = await createUser(testDb.db, { name: `User ${counter}`, email, password, isTeacher: false }, T0);
  return { user, email, password };
};
const signIn = (email: string, password: string, ip: string | null, now = T0) => authenticate({ db: testDb.db, credentials: { email, password }, ip, now });
const settle = (attempt: Promise<unknown>) => attempt.then(() => "signed in", (error: { code?: string }) => error.code ?? "error");

function countingVerifier() {
  const verifier = {
    checks: 0,
    verify: async (hash: string, password: string) => {
      verifier.checks++;
      return verifyPassword(hash, password);
    },
  };
  return verifier;
}

describe("a burst of parallel guesses", () => {
  test("40 concurrent attempts from one address: at most 5 passwords are checked and the right one, sent last, is refused", async () => {
    const { email, password } = await newAccount();
    const counted = countingVerifier();
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? password : `wrong-guess-${i}`));
    const results = await Promise.all(
      guesses.map((guess) => settle(authenticate({ db: testDb.db, credentials: { email, password: guess }, ip: "203.0.113.40", now: T0, verify: counted.verify }))),
    );
    expect(counted.checks).toBeLessThanOrEqual(PAIR_POLICY.limit);
    expect(results[39]).toBe("RATE_LIMITED");
    expect(results.filter((result) => result === "signed in")).toHaveLength(0);
    expect(results.filter((result) => result === "RATE_LIMITED").length).toBeGreaterThanOrEqual(40 - PAIR_POLICY.limit);
  });

  test("40 concurrent attempts from 40 addresses: the account-wide slow-down lets only a few through", async () => {
    const { email } = await newAccount();
    const counted = countingVerifier();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        settle(authenticate({ db: testDb.db, credentials: { email, password: `wrong-${i}` }, ip: `198.51.100.${i + 1}`, now: T0, verify: counted.verify })),
      ),
    );
    expect(counted.checks).toBeLessThanOrEqual(ACCOUNT_FREE_ATTEMPTS + 1);
  });
});

describe("lockout is per account and address, not a lock button", () => {
  test("five failures lock that address out of that account, but not the owner on another address", async () => {
    const { email, password } = await newAccount();
    for (let i = 0; i < PAIR_POLICY.limit; i++) await expect(signIn(email, "wrong-password", "203.0.113.1", later(i))).rejects.toMatchObject({ message: INVALID_CREDENTIALS });
    await expect(signIn(email, password, "203.0.113.1", later(10))).rejects.toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_ATTEMPTS });
    await expect(signIn(email, password, "192.0.2.50", later(10))).resolves.toMatchObject({ email });
  });

  test("failures from many addresses slow the account down with a growing delay, never a lock", async () => {
    const { email, password } = await newAccount();
    for (let i = 0; i < ACCOUNT_FREE_ATTEMPTS; i++) await settle(signIn(email, "wrong-password", `198.18.0.${i + 1}`, later(i)));
    // The 11th failure is checked, and the next try must wait for its delay.
    await expect(signIn(email, "wrong-password", "198.18.1.1", later(100))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const waited = accountDelayMs(ACCOUNT_FREE_ATTEMPTS + 1);
    await expect(signIn(email, password, "198.18.1.2", later(101))).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Try again in \d+ seconds?/) });
    await expect(signIn(email, "wrong-password", "198.18.1.3", later(100 + waited))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(accountDelayMs(ACCOUNT_FREE_ATTEMPTS + 2)).toBeGreaterThan(waited);
    expect(accountDelayMs(10_000)).toBe(ACCOUNT_MAX_DELAY_MS);
    await expect(signIn(email, password, "198.18.1.4", later(100 + waited + accountDelayMs(ACCOUNT_FREE_ATTEMPTS + 2)))).resolves.toMatchObject({ email });
  });

  test("an address the owner signed in from before is not slowed down by others' failures", async () => {
    const { email, password } = await newAccount();
    await signIn(email, password, "192.0.2.77", T0);
    for (let i = 0; i < ACCOUNT_FREE_ATTEMPTS + 3; i++) await settle(signIn(email, "wrong-password", `198.19.0.${i + 1}`, later(i)));
    await expect(signIn(email, password, "198.19.9.9", later(20))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signIn(email, password, "192.0.2.77", later(20))).resolves.toMatchObject({ email });
  });

  test("a successful sign-in resets that address's count for the account", async () => {
    const { email, password } = await newAccount();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < PAIR_POLICY.limit - 1; i++) await settle(signIn(email, "wrong-password", "203.0.113.2", later(round * 10 + i)));
      await expect(signIn(email, password, "203.0.113.2", later(round * 10 + 9))).resolves.toMatchObject({ email });
    }
  });

  test("many people signing in from one school address are not limited by their successes", async () => {
    const accounts = await Promise.all(Array.from({ length: 35 }, () => newAccount()));
    for (const { email, password } of accounts) await expect(signIn(email, password, "192.0.2.200")).resolves.toMatchObject({ email });
  });

  test("someone guessing from a shared address cannot lock out people who signed in from it before", async () => {
    const shared = "192.0.2.201";
    const { email, password } = await newAccount();
    await signIn(email, password, shared);
    for (let i = 0; i < ADDRESS_POLICY.limit + 2; i++) await settle(signIn(`guess${i}@example.com`, "guess-123456", shared, later(i)));
    await expect(signIn(`guess-new@example.com`, "guess-123456", shared, later(50))).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(signIn(email, password, shared, later(50))).resolves.toMatchObject({ email });
  });
});

describe("the change-password form uses the same limiter", () => {
  test("after five wrong current passwords the right one is refused too", async () => {
    const { user, password } = await newAccount();
    const attempt = (currentPassword: string) =>
      changePassword(testDb.db, { userId: user.id, currentPassword, newPassword: "brand-new-pass-99", address: "203.0.113.3", now: T0 });
    for (let i = 0; i < PAIR_POLICY.limit; i++) await expect(attempt(`wrong-${i}`)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(attempt(password)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("the throttle table stays bounded", () => {
  test("expired rows are removed, live ones kept", async () => {
    const { email } = await newAccount();
    await settle(signIn(email, "wrong-password", "203.0.113.4", T0));
    const keys = { key: { contains: email } };
    expect(await testDb.db.authThrottle.count({ where: keys })).toBeGreaterThan(0);
    await pruneThrottle(testDb.db, later(60_000));
    expect(await testDb.db.authThrottle.count({ where: keys })).toBeGreaterThan(0);
    await pruneThrottle(testDb.db, later(3 * 60 * 60 * 1000));
    expect(await testDb.db.authThrottle.count({ where: keys })).toBe(0);
  });
});
