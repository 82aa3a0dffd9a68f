import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { DEMO_ACCOUNTS, DEMO_DECK_SLUG } from "@/prisma/seed";

export type Account = keyof typeof DEMO_ACCOUNTS;
export type BenchRoute = { key: string; label: string; path: string; as: Account | null; baseline?: true };
export type DemoIds = { deckId: string; classId: string; assignmentId: string | null };

type RouteSpec = Omit<BenchRoute, "path"> & { path: (ids: DemoIds) => string; entry: string };

// Pages are measured once a build holds them, so routes that land later join the table on their own.
const SPECS: RouteSpec[] = [
  { key: "health", label: "GET /api/health (one query)", path: () => "/api/health", as: null, baseline: true, entry: "/api/health/route" },
  { key: "login", label: "GET /login (page, no session)", path: () => "/login", as: null, baseline: true, entry: "/(auth)/login/page" },
  { key: "api-decks", label: "GET /api/decks (session + query)", path: () => "/api/decks", as: "student", entry: "/api/decks/route" },
  { key: "home", label: "GET / (signed-in home)", path: () => "/", as: "student", entry: "/(app)/page" },
  { key: "decks", label: "GET /decks", path: () => "/decks", as: "student", entry: "/(app)/decks/page" },
  { key: "deck", label: "GET /decks/[id] (deck page)", path: (ids) => `/decks/${ids.deckId}`, as: "student", entry: "/(app)/decks/[deckId]/page" },
  { key: "quiz", label: "GET /decks/[id]/quiz", path: (ids) => `/decks/${ids.deckId}/quiz`, as: "student", entry: "/(app)/decks/[deckId]/quiz/page" },
  { key: "deck-review", label: "GET /decks/[id]/review", path: (ids) => `/decks/${ids.deckId}/review`, as: "student", entry: "/(app)/decks/[deckId]/review/page" },
  { key: "review", label: "GET /review", path: () => "/review", as: "student", entry: "/(app)/review/page" },
  { key: "quizzes", label: "GET /quizzes", path: () => "/quizzes", as: "student", entry: "/(app)/quizzes/page" },
  { key: "stats", label: "GET /stats", path: () => "/stats", as: "student", entry: "/(app)/stats/page" },
  { key: "classes", label: "GET /classes (teacher)", path: () => "/classes", as: "teacher", entry: "/(app)/classes/page" },
  { key: "class", label: "GET /classes/[id] (class dashboard)", path: (ids) => `/classes/${ids.classId}`, as: "teacher", entry: "/(app)/classes/[classId]/page" },
];

/** The demo deck, class and assignment the seed creates, whose pages are measured. */
export async function demoIds(db: Db): Promise<DemoIds> {
  const deck = await db.deck.findUniqueOrThrow({ where: { slug: DEMO_DECK_SLUG }, select: { id: true } });
  const classroom = await db.classroom.findFirstOrThrow({
    where: { teacher: { email: DEMO_ACCOUNTS.teacher.email } },
    select: { id: true, assignments: { select: { id: true }, take: 1 } },
  });
  return { deckId: deck.id, classId: classroom.id, assignmentId: classroom.assignments[0]?.id ?? null };
}

/** The app entries ("/(app)/page", "/api/decks/route") of the build in `distDir`. */
export function builtEntries(distDir: string): Set<string> {
  const manifest = path.join(distDir, "server", "app-paths-manifest.json");
  return new Set(Object.keys(JSON.parse(fs.readFileSync(manifest, "utf8")) as Record<string, string>));
}

/** The routes `built` holds, optionally only those named in `only` (keys; the baselines always run). */
export function benchRoutes(ids: DemoIds, built: Set<string>, only?: string[]): BenchRoute[] {
  return SPECS.filter((spec) => built.has(spec.entry))
    .filter((spec) => spec.baseline || !only || only.includes(spec.key))
    .map(({ entry: _entry, path: toPath, ...spec }) => ({ ...spec, path: toPath(ids) }));
}
