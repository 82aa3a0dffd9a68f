/** @jest-environment node */
import { ARGON2_OPTIONS, hashPassword, isCommonPassword, verifyPassword } from "@/lib/auth/password";

test("hashes with argon2id at the OWASP floor (m=19456 KiB, t=2, p=1)", async () => {
  const hash = await hashPassword("correct horse battery staple");
  expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(ARGON2_OPTIONS.memoryCost).toBeGreaterThanOrEqual(19_456);
});

test("verifies the right password and refuses a wrong one", async () => {
  const hash = await hashPassword("correct horse battery staple");
  expect(await verifyPassword(hash, "correct horse battery staple")).toBe(true);
  expect(await verifyPassword(hash, "correct horse battery stapler")).toBe(false);
});

test("a malformed stored hash verifies as false instead of throwing", async () => {
  expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
});

test.each([
  ["password", true],
  ["12345678", true],
  ["QWERTY123", true],
  ["quiet-lantern-orbit-72", false],
])("isCommonPassword(%s) is %s", (password, expected) => {
  expect(isCommonPassword(password)).toBe(expected);
});
