/**
 * The per-request session re-check, before and after sign-out became server-side: the user
 * lookup alone (the old query) against the user lookup with the session EXISTS (the new one),
 * on a fresh database holding many users and sessions. Run: `npx tsx bench/session-check.ts`
 * (SQLite), or with `TEST_DATABASE_URL=postgresql://…` (creates and drops its own database).
 */
import { randomUUID } from "node:crypto";
import { createTestDb } from "@/__tests__/helpers/test-db";
import { liveUserForToken } from "@/lib/auth/revocation";
import type { Db } from "@/lib/db/client";

const USERS = 5_000;
const SESSIONS_PER_USER = 3;
const ROUNDS = 4_000;

async function seed(db: Db) {
  const now = new Date();
  const users = Array.from({ length: USERS }, (_, i) => ({ id: randomUUID(), email: `bench-${randomUUID()}-${i}@example.com`, name: `User ${i}` }));
  for (let i = 0; i < users.length; i += 500) await db.user.createMany({ data: users.slice(i, i + 500).map((user) => ({ ...user, sessionsValidAfter: new Date(0) })) });
  const sessions = users.flatMap((user) =>
    Array.from({ length: SESSIONS_PER_USER }, () => ({ sessionToken: randomUUID(), userId: user.id, expires: new Date(now.getTime() + 86_400_000) })),
  );
  for (let i = 0; i < sessions.length; i += 500) await db.session.createMany({ data: sessions.slice(i, i + 500) });
  return sessions;
}

async function time(label: string, work: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await work(i);
  const start = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) await work(i);
  const perCallUs = Number(process.hrtime.bigint() - start) / 1000 / ROUNDS;
  console.log(`${label.padEnd(44)} ${perCallUs.toFixed(1)} µs per request`);
  return perCallUs;
}

async function main() {
  const scratch = await createTestDb();
  const db = scratch.db;
  const sessions = await seed(db);
  const pick = (i: number) => sessions[(i * 7919) % sessions.length]!;
  const now = new Date();
  console.log(`${scratch.provider}: ${USERS} users, ${sessions.length} sessions, ${ROUNDS} rounds`);
  const before = (i: number) =>
    db.user.findUnique({ where: { id: pick(i).userId }, select: { id: true, email: true, name: true, role: true, sessionsValidAfter: true, disabledAt: true } });
  const after = (i: number) => liveUserForToken(db, { userId: pick(i).userId, sid: pick(i).sessionToken, authTime: now.getTime(), now });
  // Alternating passes, so warm-up and machine load fall on both sides; the last pass is reported.
  let result = { before: 0, after: 0 };
  for (let pass = 1; pass <= 3; pass++) {
    result = { before: await time(`pass ${pass} before: user by id`, before), after: await time(`pass ${pass} after: user by id + session EXISTS`, after) };
  }
  console.log(`difference: ${(result.after - result.before).toFixed(1)} µs per request (${((result.after / result.before - 1) * 100).toFixed(0)}%)`);
  await scratch.cleanup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
