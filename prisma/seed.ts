import fs from "node:fs";
import path from "node:path";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { replaceDeckContent } from "@/lib/data/deck-import";
import type { Db } from "@/lib/db/client";
import { generateDeck } from "@/lib/quizgen";

export const DEMO_DECK_SLUG = "budapest-summit";
export const DEMO_PUBLISHED_AT = "2025-10-17";
export const DEMO_ACCOUNTS = {
  teacher: { email: "teacher@factdeck.test", name: "Demo Teacher", role: "TEACHER" },
  student: { email: "student@factdeck.test", name: "Demo Student", role: "STUDENT" },
} as const;
export const DEMO_PASSWORD = "factdeck-demo-pass";
export const DEMO_JOIN_CODE = "DEMO-2025";

export type SeedResult = { deckId: string; generated: { facts: number; items: number } | null; demoAccounts: boolean };

function readDemoArticle() {
  const file = path.join(process.cwd(), "prisma", "seed-data", "budapest-summit.txt");
  const [title = "", ...body] = fs.readFileSync(file, "utf8").split("\n");
  return { title: title.trim(), text: body.join("\n").trim() };
}

/**
 * Idempotent: creates the demo deck (filling its facts and items while it has none) and, when
 * asked, the demo accounts, class and assignment. A second run changes nothing.
 */
export async function seed(
  db: Db,
  { demoAccounts, demoPassword = DEMO_PASSWORD, now = new Date() }: { demoAccounts: boolean; demoPassword?: string; now?: Date },
): Promise<SeedResult> {
  const article = readDemoArticle();
  let deck = await db.deck.findUnique({ where: { slug: DEMO_DECK_SLUG }, select: { id: true } });
  if (!deck) {
    const stored = await db.article.create({
      data: { title: article.title, text: article.text, publishedAt: new Date(`${DEMO_PUBLISHED_AT}T00:00:00Z`) },
    });
    deck = await db.deck.create({
      data: {
        slug: DEMO_DECK_SLUG,
        title: article.title,
        description: "The demo deck, generated from a news article about a planned summit in Budapest.",
        visibility: "PUBLIC",
        articleId: stored.id,
      },
      select: { id: true },
    });
  }

  let generated: SeedResult["generated"] = null;
  if ((await db.fact.count({ where: { deckId: deck.id } })) === 0) {
    const result = generateDeck({ ...article, publishedAt: DEMO_PUBLISHED_AT }, { seed: 1 });
    generated = await replaceDeckContent(db, { deckId: deck.id, generated: result });
  }

  if (demoAccounts) await seedDemoAccounts(db, deck.id, demoPassword, now);
  return { deckId: deck.id, generated, demoAccounts };
}

async function seedDemoAccounts(db: Db, deckId: string, password: string, now: Date) {
  const passwordHash = await hashPassword(password);
  const [teacher, student] = await Promise.all(
    [DEMO_ACCOUNTS.teacher, DEMO_ACCOUNTS.student].map((account) =>
      db.user.upsert({
        where: { email: account.email },
        create: { ...account, passwordHash, sessionsValidAfter: now },
        update: {},
        select: { id: true, passwordHash: true },
      }),
    ),
  );
  if (password !== DEMO_PASSWORD) await retirePublishedPassword(db, [teacher!, student!], passwordHash, now);
  const classroom = await db.classroom.upsert({
    where: { joinCode: DEMO_JOIN_CODE },
    create: { teacherId: teacher!.id, name: "Demo class", joinCode: DEMO_JOIN_CODE },
    update: {},
    select: { id: true },
  });
  await db.enrollment.upsert({
    where: { classroomId_userId: { classroomId: classroom.id, userId: student!.id } },
    create: { classroomId: classroom.id, userId: student!.id },
    update: {},
  });
  if ((await db.assignment.count({ where: { classroomId: classroom.id, deckId } })) === 0) {
    await db.assignment.create({
      data: { classroomId: classroom.id, deckId, mode: "BOTH", dueAt: new Date(now.getTime() + 7 * 24 * 3600 * 1000) },
    });
  }
}

/** Demo accounts still on the README's password get `passwordHash` instead (and lose their sessions). */
async function retirePublishedPassword(db: Db, users: { id: string; passwordHash: string | null }[], passwordHash: string, now: Date) {
  for (const user of users) {
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, DEMO_PASSWORD))) continue;
    await db.user.update({ where: { id: user.id }, data: { passwordHash, sessionsValidAfter: now } });
  }
}
