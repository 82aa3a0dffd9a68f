import type { Db } from "@/lib/db/client";

/** How many attempts a key may reserve in its window. */
export type ThrottlePolicy = { limit: number; windowMs: number };

export type Reservation = { allowed: boolean; count: number; windowEndsAt: Date };

const KNOWN_PREFIX = "known:";
export const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;
// Longer than every policy's window plus the longest slow-down, so pruning never drops a live row.
const PRUNE_AFTER_MS = 2 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 1000;
let lastPruneAt = 0;

/**
 * Reserves one attempt on `key` before the work it limits is done. The counter goes up and the
 * caller learns the new count in one statement (an upsert with RETURNING on both providers), so
 * concurrent attempts can never all see "under the limit".
 */
export async function reserveAttempt(db: Db, key: string, policy: ThrottlePolicy, now: Date): Promise<Reservation> {
  await maybePrune(db, now);
  // A finished window restarts; the WHERE makes concurrent restarts apply once.
  await db.authThrottle.updateMany({
    where: { key, windowStart: { lt: new Date(now.getTime() - policy.windowMs) } },
    data: { failures: 0, windowStart: now, lockedUntil: null },
  });
  const row = await db.authThrottle.upsert({
    where: { key },
    create: { key, failures: 1, windowStart: now },
    update: { failures: { increment: 1 } },
    select: { failures: true, windowStart: true },
  });
  return {
    allowed: row.failures <= policy.limit,
    count: row.failures,
    windowEndsAt: new Date(row.windowStart.getTime() + policy.windowMs),
  };
}

/** Gives back a reservation whose attempt turned out fine (or was refused by another key). */
export async function refundAttempt(db: Db, key: string): Promise<void> {
  await db.authThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
}

/**
 * Claims the next slot of a slowed-down key: succeeds for one caller at a time once the previous
 * slot's delay has passed, and pushes the next slot `delayMs` away. Returns when the next slot
 * opens if the claim failed, or null when it succeeded.
 */
export async function claimSlot(db: Db, key: string, delayMs: number, now: Date): Promise<Date | null> {
  const claimed = await db.authThrottle.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedUntil: new Date(now.getTime() + delayMs) },
  });
  if (claimed.count === 1) return null;
  const row = await db.authThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil ?? now;
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key } });
}

/** Remembers that `key` (an account at an address) signed in successfully at `now`. */
export async function markKnown(db: Db, key: string, now: Date): Promise<void> {
  const id = KNOWN_PREFIX + key;
  await db.authThrottle.upsert({ where: { key: id }, create: { key: id, windowStart: now }, update: { windowStart: now } });
}

export async function isKnown(db: Db, key: string, now: Date): Promise<boolean> {
  const row = await db.authThrottle.findUnique({ where: { key: KNOWN_PREFIX + key }, select: { windowStart: true } });
  return !!row && row.windowStart.getTime() > now.getTime() - KNOWN_ADDRESS_MS;
}

/** Deletes rows whose window and slow-down are over, and known addresses not seen for 30 days. */
export async function pruneThrottle(db: Db, now: Date): Promise<number> {
  const { count } = await db.authThrottle.deleteMany({
    where: {
      OR: [
        {
          key: { not: { startsWith: KNOWN_PREFIX } },
          windowStart: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) },
          OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
        },
        { key: { startsWith: KNOWN_PREFIX }, windowStart: { lt: new Date(now.getTime() - KNOWN_ADDRESS_MS) } },
      ],
    },
  });
  return count;
}

async function maybePrune(db: Db, now: Date): Promise<void> {
  if (Math.abs(now.getTime() - lastPruneAt) < PRUNE_EVERY_MS) return;
  lastPruneAt = now.getTime();
  await pruneThrottle(db, now);
}
