import "server-only";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { generateDeck, QuizgenInputError } from "@/lib/quizgen";
import type { ArticleInputFields } from "@/lib/validations/deck";
import { distractorBankForUser } from "./deck-bank";
import { applyContentPlan, loadStoredContent, planContent } from "./deck-content";
import { requireOwnedDeck } from "./deck-owner";

const GENERATION_SEED = 1;

let warmed = false;

/**
 * Runs the generator once on a tiny text so its language models are loaded before the user's
 * first real generation (measured: the first generation in a fresh server took about 3 s longer).
 */
export function warmUpGenerator(): void {
  if (warmed) return;
  warmed = true;
  generateDeck({ title: "Warm-up", text: "Factdeck met the teachers in Budapest on Monday.", publishedAt: "2025-01-01" }, { seed: GENERATION_SEED, maxItems: 1 });
}

export type GenerationResult = { deckId: string; facts: number; items: number; warnings: string[]; generationMs: number };

function generate(article: ArticleInputFields, bank: Awaited<ReturnType<typeof distractorBankForUser>>) {
  const started = performance.now();
  try {
    const generated = generateDeck({ title: article.title, text: article.text, publishedAt: article.publishedAt }, { seed: GENERATION_SEED, bank });
    return { generated, generationMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof QuizgenInputError) {
      const hint: Record<string, string> = {
        EMPTY: "The article is empty. Paste its text.",
        BINARY: "The text looks binary. Paste or upload the article as plain text.",
        TOO_LARGE: "The article is longer than 200,000 characters. Split it into parts.",
        NO_SENTENCES: "No sentences were found. Paste prose with full sentences, not a list or a table.",
      };
      throw new AppError("INVALID_INPUT", hint[error.code] ?? error.message);
    }
    throw error;
  }
}

/** Stores the article, generates its facts and items on the server, and returns the new deck. */
export async function createDeckFromArticle(
  db: Db,
  { userId, article, sourceUrl }: { userId: string; article: ArticleInputFields; sourceUrl?: string },
): Promise<GenerationResult> {
  const bank = await distractorBankForUser(db, { userId });
  const { generated, generationMs } = generate(article, bank);
  const stored = await db.article.create({
    data: { ownerId: userId, title: article.title, text: article.text, sourceUrl: sourceUrl ?? null, publishedAt: new Date(`${article.publishedAt}T00:00:00Z`) },
    select: { id: true },
  });
  const deck = await db.deck.create({ data: { ownerId: userId, articleId: stored.id, title: article.title }, select: { id: true } });
  const plan = planContent({ deckId: deck.id, text: article.text, generated, oldFacts: [], oldItems: [] });
  await applyContentPlan(db, plan);
  return { deckId: deck.id, facts: generated.facts.length, items: plan.createItems.length, warnings: generated.warnings, generationMs };
}

/**
 * Saves an edited article and generates again, keeping the teacher's accepted, edited and
 * discarded items (and hand-written facts) for facts that still exist. Owner only.
 */
export async function updateArticleAndRegenerate(
  db: Db,
  { userId, deckId, article }: { userId: string; deckId: string; article: ArticleInputFields },
): Promise<GenerationResult> {
  const deck = await requireOwnedDeck(db, { userId, deckId });
  const bank = await distractorBankForUser(db, { userId, exceptDeckId: deckId });
  const { generated, generationMs } = generate(article, bank);
  const plan = planContent({ deckId, text: article.text, generated, ...(await loadStoredContent(db, deckId)) });
  const publishedAt = new Date(`${article.publishedAt}T00:00:00Z`);
  const saveArticle = deck.articleId
    ? db.article.update({ where: { id: deck.articleId }, data: { title: article.title, text: article.text, publishedAt } })
    : db.article.create({ data: { ownerId: userId, title: article.title, text: article.text, publishedAt, decks: { connect: { id: deckId } } } });
  await applyContentPlan(db, plan, [saveArticle, db.deck.update({ where: { id: deckId }, data: { title: article.title } })]);
  return { deckId, facts: generated.facts.length, items: plan.createItems.length + plan.updateItems.length, warnings: generated.warnings, generationMs };
}
