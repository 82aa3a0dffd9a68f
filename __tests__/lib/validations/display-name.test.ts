/** @jest-environment node */
import { signUpSchema } from "@/lib/validations/auth";

const valid = { name: "Ada Lovelace", email: "ada@example.com", password: "analytical-engine-1843", isTeacher: false };
const nameOf = (name: string) => signUpSchema.safeParse({ ...valid, name });

test.each([
  ["surrounding spaces are trimmed", "  Ada Lovelace \u3000", "Ada Lovelace"],
  ["decomposed accents are composed (NFC)", "Zoe\u0301 Ame\u0301lie", "Zoé Amélie"],
  ["non-Latin scripts are kept", "李小龍", "李小龍"],
  ["an emoji with a zero-width joiner is kept", "Sam 👩‍🔬", "Sam 👩‍🔬"],
  ["an apostrophe and a hyphen are kept", "Seán O'Brien-Ní", "Seán O'Brien-Ní"],
])("%s", (_label, input, expected) => {
  const parsed = nameOf(input);
  expect(parsed.success && parsed.data.name).toBe(expected);
});

test.each([
  ["a NUL character", "Ada\u0000Lovelace"],
  ["a line feed", "Ada\nLovelace"],
  ["a tab", "Ada\tLovelace"],
  ["an escape sequence", "Ada\u001b[31m"],
  ["a C1 control", "Ada\u0085"],
  ["a right-to-left override", "Ada\u202Egpj.exe"],
  ["a left-to-right embedding", "\u202AAda"],
  ["a right-to-left isolate", "Ada\u2067x\u2069"],
  ["a right-to-left mark", "Ada\u200F"],
  ["only zero-width spaces", "\u200B\u200B"],
  ["only a Hangul filler", "\u3164"],
  ["only a braille blank", "\u2800"],
  ["only combining marks", "\u0301\u0301"],
  ["only a word joiner and a BOM", "\u2060\uFEFF"],
  ["only spaces", " \u3000 "],
])("refuses a name with %s", (_label, input) => {
  const parsed = nameOf(input);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((issue) => issue.path[0])).toContain("name");
});
