/** @jest-environment node */
import { registerUser, SIGN_UP_POLICY, TOO_MANY_SIGN_UPS } from "@/lib/auth/sign-up";
import { createTestDb, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

const T0 = new Date("2026-01-05T10:00:00Z");
let counter = 0;
const register = (address: string | null, now = T0) =>
  registerUser(testDb.db, { input: { name: `Learner ${++counter}`, email: `signup${counter}@example.com`, password: "long-unique-pass-1", isTeacher: false }, address, now });

test(`one address may create ${SIGN_UP_POLICY.limit} accounts an hour; the next is refused and another address is not`, async () => {
  const attempts = await Promise.all(Array.from({ length: SIGN_UP_POLICY.limit + 5 }, () => register("203.0.113.60").then(() => "created", (error: { code?: string }) => error.code)));
  expect(attempts.filter((result) => result === "created")).toHaveLength(SIGN_UP_POLICY.limit);
  await expect(register("203.0.113.60")).rejects.toMatchObject({ code: "RATE_LIMITED", message: TOO_MANY_SIGN_UPS });
  await expect(register("198.51.100.60")).resolves.toMatchObject({ name: `Learner ${counter}` });
  await expect(register("203.0.113.60", new Date(T0.getTime() + SIGN_UP_POLICY.windowMs + 1))).resolves.toMatchObject({ role: "STUDENT" });
}, 120_000);

test("a refused sign-up creates no account", async () => {
  await testDb.db.authThrottle.create({ data: { key: "signup:192.0.2.61", failures: SIGN_UP_POLICY.limit, windowStart: T0 } });
  const before = await testDb.db.user.count();
  await expect(register("192.0.2.61")).rejects.toMatchObject({ code: "RATE_LIMITED" });
  expect(await testDb.db.user.count()).toBe(before);
});
