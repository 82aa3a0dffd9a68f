import { z } from "zod";
import { idSchema } from "./ids";

export const REVIEW_BATCH_MAX = 200;

/** What the review screen sends per rating; the server computes the schedule itself. */
export const reviewSubmissionSchema = z.strictObject({
  id: z.uuid("The review id must be a UUID."),
  factId: idSchema,
  rating: z.int().min(1, "Rate 1 (Again) to 4 (Easy).").max(4, "Rate 1 (Again) to 4 (Easy)."),
  itemId: idSchema.nullish(),
  durationMs: z.int().min(0).max(86_400_000).optional(),
});
export type ReviewSubmission = z.infer<typeof reviewSubmissionSchema>;

export const reviewBatchSchema = z.strictObject({
  reviews: z.array(reviewSubmissionSchema).min(1).max(REVIEW_BATCH_MAX, `Send at most ${REVIEW_BATCH_MAX} reviews at once.`),
});
export type ReviewBatch = z.infer<typeof reviewBatchSchema>;

export const reviewUndoSchema = z.strictObject({ id: z.uuid("The review id must be a UUID.") });
export type ReviewUndo = z.infer<typeof reviewUndoSchema>;

export const cardSuspensionSchema = z.strictObject({ factId: idSchema, suspended: z.boolean() });
export type CardSuspension = z.infer<typeof cardSuspensionSchema>;
