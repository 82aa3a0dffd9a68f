import { z } from "zod";

export const itemPayloadSchema = z.object({
  options: z.array(z.string()).optional(),
  truth: z.boolean().optional(),
  pairs: z.array(z.object({ left: z.string(), right: z.string() })).optional(),
  sequence: z.array(z.string()).optional(),
  synthetic: z.boolean().optional(),
  /** The generator's item id (stable while the wording is): regeneration matches items by it. */
  genId: z.string().optional(),
  /** Changed by the deck's owner: a restore after a discard keeps it EDITED. */
  edited: z.boolean().optional(),
});
export type ItemPayload = z.infer<typeof itemPayloadSchema>;

/** The kind-specific part of a stored item; an unreadable payload reads as empty rather than failing the page. */
export function parseItemPayload(json: string): ItemPayload {
  try {
    const parsed = itemPayloadSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
