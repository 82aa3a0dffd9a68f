import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The deck rules of lib/data/decks.ts (listedFor, readableDeckWhere) as SQL conditions on a
 * "Deck" aliased `d`, for the hot reads written in SQL (docs/performance.md: a Prisma query-builder
 * call costs several times the query itself). __tests__/lib/data/deck-access-sql.test.ts holds
 * both forms to the same answers.
 */
function deckVisibleSql(userId: string, { byLink }: { byLink: boolean }): Prisma.Sql {
  return Prisma.sql`(
    d."ownerId" = ${userId}
    OR d."ownerId" IS NULL
    ${byLink ? Prisma.sql`OR d."visibility" = 'LINK'` : Prisma.empty}
    OR (d."visibility" = 'CLASSES' AND EXISTS (
      SELECT 1 FROM "Classroom" c JOIN "Enrollment" e ON e."classroomId" = c."id"
      WHERE c."teacherId" = d."ownerId" AND c."archivedAt" IS NULL AND e."userId" = ${userId}))
    OR EXISTS (
      SELECT 1 FROM "Assignment" a JOIN "Classroom" c ON c."id" = a."classroomId" JOIN "Enrollment" e ON e."classroomId" = c."id"
      WHERE a."deckId" = d."id" AND c."archivedAt" IS NULL AND e."userId" = ${userId})
  )`;
}

/** Decks shown in the user's lists: theirs, shipped ones, and those shared with or assigned to their classes. */
export const deckListedSql = (userId: string) => deckVisibleSql(userId, { byLink: false });

/** Decks the user may open: the listed ones and any deck shared by link. */
export const deckReadableSql = (userId: string) => deckVisibleSql(userId, { byLink: true });
