import "server-only";
import type { Db } from "@/lib/db/client";
import type { BankEntity, EntityType } from "@/lib/quizgen/types";

const TYPES = new Set<EntityType>(["PERSON", "PLACE", "ORG", "DATE", "DURATION", "NUMBER", "MONEY", "PERCENT", "PHRASE"]);
const MAX_BANK = 1_000;

/** Entities named in the user's other decks: the generator's bank of extra distractor candidates. */
export async function distractorBankForUser(db: Db, { userId, exceptDeckId }: { userId: string; exceptDeckId?: string }): Promise<BankEntity[]> {
  const facts = await db.fact.findMany({
    where: { deck: { ownerId: userId, ...(exceptDeckId && { id: { not: exceptDeckId } }) } },
    select: { entities: true },
    orderBy: { createdAt: "desc" },
    take: 5_000,
  });
  const bank = new Map<string, BankEntity>();
  for (const { entities } of facts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(entities);
    } catch {
      continue;
    }
    if (!Array.isArray(parsed)) continue;
    for (const entry of parsed as { type?: unknown; name?: unknown }[]) {
      if (typeof entry?.name !== "string" || !TYPES.has(entry.type as EntityType) || entry.name.length > 120) continue;
      const key = `${entry.type}:${entry.name.toLowerCase()}`;
      if (!bank.has(key)) bank.set(key, { type: entry.type as EntityType, name: entry.name });
      if (bank.size >= MAX_BANK) return [...bank.values()];
    }
  }
  return [...bank.values()];
}
