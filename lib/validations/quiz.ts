import { z } from "zod";
import { idSchema } from "./ids";
import { MAX_TYPED_ANSWER } from "./quiz-limits";

export const QUIZ_KINDS = ["mcq", "true_false", "cloze", "short_answer", "matching", "ordering"] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];
const MAX_OPTION = 500;
const MAX_PARTS = 30;

export const quizStartSchema = z.strictObject({
  deckId: idSchema,
  length: z.enum(["10", "20", "all"], "Choose 10, 20 or all questions."),
  kinds: z.array(z.enum(QUIZ_KINDS, "Unknown question kind.")).max(QUIZ_KINDS.length),
  assignmentId: idSchema.optional(),
});
export type QuizStart = z.infer<typeof quizStartSchema>;

const optionText = z.string().min(1).max(MAX_OPTION);

export const quizResponseSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("choice"), option: optionText }),
  z.strictObject({ type: z.literal("truth"), value: z.boolean() }),
  z.strictObject({
    type: z.literal("text"),
    text: z.string().trim().min(1, "Type an answer first.").max(MAX_TYPED_ANSWER, `Answers are at most ${MAX_TYPED_ANSWER} characters.`),
  }),
  z.strictObject({ type: z.literal("pairs"), pairs: z.array(z.strictObject({ left: optionText, right: optionText })).min(1).max(MAX_PARTS) }),
  z.strictObject({ type: z.literal("sequence"), sequence: z.array(optionText).min(1).max(MAX_PARTS) }),
]);

export const quizAnswerSchema = z.strictObject({
  attemptId: idSchema,
  itemId: idSchema,
  response: quizResponseSchema,
  timeMs: z.number().int().min(0).max(24 * 3600 * 1000).catch(0),
});
export type QuizAnswerInput = z.infer<typeof quizAnswerSchema>;

export const quizAnswerRefSchema = z.strictObject({ attemptId: idSchema, itemId: idSchema });
export type QuizAnswerRef = z.infer<typeof quizAnswerRefSchema>;

export const quizAttemptRefSchema = z.strictObject({ attemptId: idSchema });
