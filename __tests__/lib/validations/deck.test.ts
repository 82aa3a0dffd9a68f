import { MAX_ARTICLE_CHARS } from "@/lib/ingest/limits";
import { articleEditSchema, deckCreateSchema, deckVisibilitySchema, itemEditSchema, itemStatusChangeSchema, manualItemSchema, urlExtractSchema } from "@/lib/validations/deck";

const article = { title: "Rivers", text: "The Danube flows east.", publishedAt: "2025-10-17" };

test("a pasted article within the limits is accepted, trimmed", () => {
  expect(deckCreateSchema.parse({ ...article, title: "  Rivers  " })).toEqual(article);
});

test.each([
  { name: "text over 200,000 characters", input: { ...article, text: "a".repeat(MAX_ARTICLE_CHARS + 1) }, message: "The article is longer than 200,000 characters. Split it into parts." },
  { name: "empty text", input: { ...article, text: "   " }, message: "Paste the article text." },
  { name: "empty title", input: { ...article, title: "" }, message: "Give the deck a title." },
  { name: "a title of 10,000 characters", input: { ...article, title: "t".repeat(10_000) }, message: "Keep the title under 200 characters." },
  { name: "an impossible date", input: { ...article, publishedAt: "2025-02-30" }, message: "Not a real date." },
  { name: "a date with a time", input: { ...article, publishedAt: "2025-10-17T00:00:00Z" }, message: "Use a date like 2025-10-17." },
  { name: "a javascript: source URL", input: { ...article, sourceUrl: "javascript:alert(1)" }, message: "Not a web address." },
  { name: "text given as an object", input: { ...article, text: { $gt: "" } }, message: undefined },
])("refuses $name", ({ input, message }) => {
  const result = deckCreateSchema.safeParse(input);
  expect(result.success).toBe(false);
  if (message) expect(result.error!.issues.map((i) => i.message)).toContain(message);
});

test("markup in a title or text is kept as text (React escapes it on display), not refused", () => {
  expect(deckCreateSchema.parse({ ...article, title: "<img src=x onerror=alert(1)>" }).title).toBe("<img src=x onerror=alert(1)>");
});

test.each([
  { schema: itemEditSchema, input: { itemId: "../../etc", prompt: "p", answer: "a", alternatives: [] } },
  { schema: itemEditSchema, input: { itemId: "abc", prompt: "p", answer: "a", alternatives: Array(21).fill("x") } },
  { schema: itemEditSchema, input: { itemId: "abc", prompt: "p", answer: "a", alternatives: [], options: Array(11).fill("o") } },
  { schema: itemEditSchema, input: { itemId: "abc", prompt: "", answer: "a", alternatives: [] } },
  { schema: itemEditSchema, input: { itemId: "abc", prompt: "p".repeat(1001), answer: "a", alternatives: [] } },
  { schema: itemStatusChangeSchema, input: { itemId: "abc", action: "delete" } },
  { schema: manualItemSchema, input: { kind: "matching", deckId: "abc" } },
  { schema: manualItemSchema, input: { kind: "cloze", deckId: "abc", start: -1, end: 5 } },
  { schema: manualItemSchema, input: { kind: "mcq", deckId: "abc", prompt: "q", answer: "a", distractors: [] } },
  { schema: deckVisibilitySchema, input: "PUBLIC" },
  { schema: urlExtractSchema, input: { url: `https://x.test/${"a".repeat(2000)}` } },
  { schema: articleEditSchema, input: { deckId: "abc", ...article, text: "a".repeat(MAX_ARTICLE_CHARS + 1) } },
])("refuses hostile input %#", ({ schema, input }) => {
  expect(schema.safeParse(input).success).toBe(false);
});
