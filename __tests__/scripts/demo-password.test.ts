/** @jest-environment node */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { authenticate } from "@/lib/auth/credentials";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from "@/prisma/seed";
import { createTestDb, type TestDb } from "../helpers/test-db";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdeck-data-"));
process.env.FACTDECK_DATA_DIR = dataDir;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { demoPasswordFor } = require("@/scripts/setup") as typeof import("@/scripts/setup");

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const signIn = (password: string) =>
  authenticate({ db: testDb.db, credentials: { email: DEMO_ACCOUNTS.teacher.email, password }, ip: null, now: new Date() });

test("listening on this machine only, the demo accounts keep the README's password", () => {
  expect(demoPasswordFor("127.0.0.1")).toBe(DEMO_PASSWORD);
  expect(demoPasswordFor("::1")).toBe(DEMO_PASSWORD);
});

test("reachable from other machines, the demo password is generated once and kept in the data folder", () => {
  const generated = demoPasswordFor("0.0.0.0");
  expect(generated).not.toBe(DEMO_PASSWORD);
  expect(generated.length).toBeGreaterThanOrEqual(16);
  expect(demoPasswordFor("192.168.1.20")).toBe(generated);
  expect(fs.readFileSync(path.join(dataDir, ".demo-password"), "utf8")).toBe(generated);
});

test("a database seeded with the published password loses it once the app is exposed", async () => {
  await seed(testDb.db, { demoAccounts: true });
  await expect(signIn(DEMO_PASSWORD)).resolves.toMatchObject({ role: "TEACHER" });

  const generated = demoPasswordFor("0.0.0.0");
  await seed(testDb.db, { demoAccounts: true, demoPassword: generated });
  await expect(signIn(DEMO_PASSWORD)).rejects.toThrow();
  await expect(signIn(generated)).resolves.toMatchObject({ role: "TEACHER" });
}, 60_000); // five argon2id hashes and checks: slow on a loaded machine
