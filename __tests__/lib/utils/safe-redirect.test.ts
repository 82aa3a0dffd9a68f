/** @jest-environment node */
import { safeCallbackPath } from "@/lib/utils/safe-redirect";

test.each([
  ["/decks/abc", "/decks/abc"],
  ["https://evil.example/", "/"],
  ["//evil.example/path", "/"],
  ["/\\evil.example", "/"],
  ["javascript:alert(1)", "/"],
  ["", "/"],
  [undefined, "/"],
])("safeCallbackPath(%p) is %p", (input, expected) => {
  expect(safeCallbackPath(input)).toBe(expected);
});
