import { z } from "zod";
import { MAX_ARTICLE_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from "@/lib/ingest/limits";
import { idSchema } from "./ids";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2025-10-17.")
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), "Not a real date.");

const title = z.string().trim().max(MAX_TITLE_CHARS, `Keep the title under ${MAX_TITLE_CHARS} characters.`);
const articleText = z
  .string()
  .trim()
  .min(1, "Paste the article text.")
  .max(MAX_ARTICLE_CHARS, `The article is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters. Split it into parts.`);

/** The article text once it is in hand (any source), ready for generation. */
export const articleInputSchema = z.object({ title: title.min(1, "Give the deck a title."), text: articleText, publishedAt: isoDay });
export type ArticleInputFields = z.infer<typeof articleInputSchema>;

export const deckVisibilitySchema = z.enum(["PRIVATE", "CLASSES", "LINK"]);

export const deckSearchSchema = z.object({ q: z.string().trim().max(100).optional() });

const short = (max: number, label: string) => z.string().trim().max(max, `${label} must be under ${max} characters.`);
export const itemKinds = ["cloze", "mcq", "true_false", "short_answer", "matching", "ordering"] as const;

export const itemEditSchema = z.object({
  itemId: idSchema,
  prompt: short(1000, "The prompt").min(1, "The prompt cannot be empty."),
  answer: short(300, "The answer").min(1, "The answer cannot be empty."),
  alternatives: z.array(short(300, "An alternative").min(1)).max(20, "At most 20 alternatives."),
  options: z.array(short(300, "An option").min(1, "An option cannot be empty.")).max(10, "At most 10 options.").optional(),
});
export type ItemEdit = z.infer<typeof itemEditSchema>;

export const itemStatusChangeSchema = z.object({ itemId: idSchema, action: z.enum(["accept", "discard", "restore"]) });
export const bulkAcceptSchema = z.object({ deckId: idSchema, top: z.coerce.number().int().min(1).max(500) });
export const discardKindSchema = z.object({ deckId: idSchema, kind: z.enum(itemKinds) });

export const manualItemSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("cloze"),
    deckId: idSchema,
    start: z.number().int().min(0).max(MAX_ARTICLE_CHARS),
    end: z.number().int().min(1).max(MAX_ARTICLE_CHARS),
  }),
  z.object({
    kind: z.literal("short_answer"),
    deckId: idSchema,
    prompt: short(1000, "The question").min(1, "Write the question."),
    answer: short(300, "The answer").min(1, "Write the answer."),
  }),
  z.object({
    kind: z.literal("mcq"),
    deckId: idSchema,
    prompt: short(1000, "The question").min(1, "Write the question."),
    answer: short(300, "The answer").min(1, "Write the answer."),
    distractors: z.array(short(300, "A wrong option").min(1, "A wrong option cannot be empty.")).min(1, "Add at least one wrong option.").max(6),
  }),
]);
export type ManualItem = z.infer<typeof manualItemSchema>;

export const articleEditSchema = z.object({ deckId: idSchema, title: title.min(1, "Give the deck a title."), text: articleText, publishedAt: isoDay });

/** POST /api/decks: an article in hand (pasted, or extracted by /api/decks/extract and reviewed). */
export const deckCreateSchema = articleInputSchema.extend({
  sourceUrl: z
    .string()
    .trim()
    .max(MAX_URL_CHARS)
    .refine((value) => /^https?:\/\//i.test(value), "Not a web address.")
    .optional(),
});
export type DeckCreate = z.infer<typeof deckCreateSchema>;

export const urlExtractSchema = z.object({
  url: z.string().trim().min(1, "Give the address of the article.").max(MAX_URL_CHARS, "That address is too long."),
});
