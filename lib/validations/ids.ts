import { z } from "zod";

/** Database ids are cuids or UUIDs: short, URL-safe. */
export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a valid id.");

export const deckParamsSchema = z.object({ deckId: idSchema });
export type DeckParams = z.infer<typeof deckParamsSchema>;
