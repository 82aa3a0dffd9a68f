/** @jest-environment node */
import { changePasswordSchema, signInSchema, signUpSchema } from "@/lib/validations/auth";

const valid = { name: "Ada Lovelace", email: "Ada@Example.COM ", password: "analytical-engine-1843", isTeacher: true };

test("a valid sign-up is normalised: email trimmed and lower-cased", () => {
  const parsed = signUpSchema.parse(valid);
  expect(parsed.email).toBe("ada@example.com");
  expect(parsed.isTeacher).toBe(true);
});

test.each([
  { label: "a password of 7 characters", input: { password: "abcdefg" }, field: "password" },
  { label: "a password of 129 characters", input: { password: "x".repeat(129) }, field: "password" },
  { label: "a common password", input: { password: "password123" }, field: "password" },
  { label: "a common password in other case", input: { password: "Iloveyou1" }, field: "password" },
  { label: "an email without a domain", input: { email: "ada@" }, field: "email" },
  { label: "an email of 300 characters", input: { email: `${"a".repeat(290)}@example.com` }, field: "email" },
  { label: "an empty name", input: { name: "   " }, field: "name" },
  { label: "a name of 101 characters", input: { name: "n".repeat(101) }, field: "name" },
  { label: "HTML in the email", input: { email: "<script>alert(1)</script>@x.com" }, field: "email" },
])("sign-up refuses $label", ({ input, field }) => {
  const result = signUpSchema.safeParse({ ...valid, ...input });
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((issue) => issue.path[0])).toContain(field);
});

test("a password of exactly 8 and of exactly 128 characters is accepted", () => {
  expect(signUpSchema.safeParse({ ...valid, password: "zq8#Lm2!" }).success).toBe(true);
  expect(signUpSchema.safeParse({ ...valid, password: "k".repeat(64) + "Q".repeat(64) }).success).toBe(true);
});

test("sign-in refuses a non-string password and an oversized one", () => {
  expect(signInSchema.safeParse({ email: "a@b.co", password: { $gt: "" } }).success).toBe(false);
  expect(signInSchema.safeParse({ email: "a@b.co", password: "p".repeat(129) }).success).toBe(false);
});

test("a new password equal to the current one is refused on the new password field", () => {
  const result = changePasswordSchema.safeParse({ currentPassword: "same-old-pass-42", newPassword: "same-old-pass-42" });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.path).toEqual(["newPassword"]);
});
