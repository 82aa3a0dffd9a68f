/** @jest-environment node */
import { safeCallbackPath, safeRedirectUrl } from "@/lib/utils/safe-redirect";

const ORIGIN = "http://127.0.0.1:3000";

describe("safeCallbackPath keeps same-origin paths", () => {
  test.each([
    ["/decks/abc", "/decks/abc"],
    ["/decks/abc?tab=quiz#q3", "/decks/abc?tab=quiz#q3"],
    ["/", "/"],
    ["/search?q=a%20b", "/search?q=a%20b"],
    ["/a/../settings", "/settings"],
    ["/@evil.example", "/@evil.example"],
  ])("%p → %p", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

// The usual open-redirect bypass corpus: each must fall back to "/".
const BYPASSES: Array<[string, string]> = [
  ["absolute URL", "https://evil.example/"],
  ["scheme-less absolute", "http:evil.example"],
  ["protocol-relative", "//evil.example/path"],
  ["slash backslash", "/\\evil.example"],
  ["backslash slash", "\\/evil.example"],
  ["double backslash", "\\\\evil.example"],
  ["triple slash", "///evil.example"],
  ["tab inside the slashes", "/\t/evil.example"],
  ["encoded tab as decoded by the query string", "/\u0009/evil.example"],
  ["carriage return", "/\r/evil.example"],
  ["line feed", "/\n/evil.example"],
  ["leading space", " //evil.example"],
  ["trailing newline", "/decks\n"],
  ["NUL", "/decks\u0000"],
  ["DEL", "/decks\u007f"],
  ["ideographic space", "/decks\u3000"],
  ["no-break space", "/\u00a0/evil.example"],
  ["javascript:", "javascript:alert(1)"],
  ["JavaScript with tab", "java\tscript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["encoded slashes", "%2F%2Fevil.example"],
  ["slash then encoded slash", "/%2F/evil.example"],
  ["slash then encoded backslash", "/%5Cevil.example"],
  ["double-encoded slash", "/%252F/evil.example"],
  ["full-width solidus", "／／evil.example"],
  ["slash then full-width solidus", "/／evil.example"],
  ["full-width reverse solidus", "/＼evil.example"],
  ["division slash", "/\u2215evil.example"],
  ["fraction slash", "/\u2044evil.example"],
  ["big solidus", "/\u29f8evil.example"],
  ["small reverse solidus", "/\ufe68evil.example"],
  ["set minus", "/\u2216evil.example"],
  ["zero-width space", "/\u200b/evil.example"],
  ["right-to-left override", "/\u202eelpmaxe.live//"],
  ["empty", ""],
  ["relative path", "decks/abc"],
  ["too long", `/${"a".repeat(600)}`],
];

describe("safeCallbackPath refuses the bypass corpus", () => {
  test.each(BYPASSES)("%s", (_label, input) => {
    expect(safeCallbackPath(input)).toBe("/");
  });

  test("undefined and null fall back to /", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(null)).toBe("/");
  });

  test("whatever it returns never leaves the origin once a browser resolves it", () => {
    for (const [, input] of BYPASSES) {
      const path = safeCallbackPath(input);
      expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
      expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    }
  });
});

describe("safeRedirectUrl (next-auth's redirect callback)", () => {
  test.each([
    ["/decks/abc", `${ORIGIN}/decks/abc`],
    [`${ORIGIN}/settings`, `${ORIGIN}/settings`],
    [`${ORIGIN}/login?callbackUrl=%2Fdecks`, `${ORIGIN}/login?callbackUrl=%2Fdecks`],
    ["https://evil.example/", `${ORIGIN}/`],
    ["http://127.0.0.1:3001/", `${ORIGIN}/`],
    [`${ORIGIN}.evil.example/`, `${ORIGIN}/`],
    [`${ORIGIN}@evil.example/`, `${ORIGIN}/`],
    ["//evil.example", `${ORIGIN}/`],
    ["/\t/evil.example", `${ORIGIN}/`],
    [`${ORIGIN}/\n`, `${ORIGIN}/`],
    ["javascript:alert(1)", `${ORIGIN}/`],
  ])("%p → %p", (input, expected) => {
    expect(safeRedirectUrl(input, ORIGIN)).toBe(expected);
  });
});
