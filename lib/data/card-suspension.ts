import "server-only";
import type { Db } from "@/lib/db/client";
import { assertFactReadable, loadOrCreateCard } from "./reviews";

/** Suspends (keeps out of every review session) or brings back one fact for one learner. */
export async function setCardSuspended(db: Db, { userId, factId, suspended, now }: { userId: string; factId: string; suspended: boolean; now: Date }): Promise<{ factId: string; suspended: boolean }> {
  await assertFactReadable(db, { userId, factId });
  const card = await loadOrCreateCard(db, { userId, factId, now });
  // Not a scheduling change: the FSRS fields and the version stay, so no rating is overwritten.
  await db.cardState.update({ where: { id: card.id }, data: { suspended } });
  return { factId, suspended };
}
