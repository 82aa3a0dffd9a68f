/** @jest-environment node */
import { parseItemPayload } from "@/lib/data/item-payload";

test("reads the options and truth of a stored item", () => {
  expect(parseItemPayload('{"options":["a","b"],"truth":false}')).toEqual({ options: ["a", "b"], truth: false });
});

test.each(["not json", "null", '{"options":"a"}', '{"pairs":[{"left":1}]}', "[]"])("an unreadable payload %p reads as empty", (json) => {
  expect(parseItemPayload(json)).toEqual({});
});
