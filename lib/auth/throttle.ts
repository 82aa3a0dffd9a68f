import type { Db } from "@/lib/db/client";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_LOCK_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 30;

export type ThrottleKey = { kind: "email" | "ip"; value: string };

const limitOf = (key: ThrottleKey) => (key.kind === "email" ? MAX_FAILURES_PER_EMAIL : MAX_FAILURES_PER_IP);
const idOf = (key: ThrottleKey) => `${key.kind}:${key.value}`;

/** The instant until which sign-in is refused for any of `keys`, or null when none is locked. */
export async function lockedUntil(db: Db, keys: ThrottleKey[], now: Date): Promise<Date | null> {
  const rows = await db.authThrottle.findMany({ where: { key: { in: keys.map(idOf) } } });
  const until = rows
    .map((row) => row.lockedUntil)
    .filter((date): date is Date => date !== null && date > now)
    .sort((a, b) => b.getTime() - a.getTime());
  return until[0] ?? null;
}

/** Counts one failed sign-in against each key; locks a key once it reaches its limit in the window. */
export async function recordFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const key of keys) {
    const id = idOf(key);
    const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    // Atomic increment: concurrent failures on several instances all count.
    const row = await db.authThrottle.upsert({
      where: { key: id },
      create: { key: id, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
    if (row.windowStart < windowStart) {
      await db.authThrottle.update({ where: { key: id }, data: { failures: 1, windowStart: now, lockedUntil: null } });
    } else if (row.failures >= limitOf(key)) {
      await db.authThrottle.update({
        where: { key: id },
        data: { lockedUntil: new Date(now.getTime() + THROTTLE_LOCK_MS) },
      });
    }
  }
}

export async function clearFailures(db: Db, key: ThrottleKey): Promise<void> {
  await db.authThrottle.deleteMany({ where: { key: idOf(key) } });
}
