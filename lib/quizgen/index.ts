import { annotate } from "./entities";
import { QuizgenInputError } from "./errors";
import { buildFacts, type FactContext } from "./facts";
import { clozeItems } from "./generators/cloze";
import { eventItems } from "./generators/events";
import { matchingItems } from "./generators/matching";
import { mcqItems } from "./generators/mcq";
import { orderingItems } from "./generators/ordering";
import { shortAnswerItems } from "./generators/short-answer";
import { trueFalseItems } from "./generators/true-false";
import { relatedPlaces, type GeneratorContext } from "./generators/shared";
import { buildPool } from "./distractors";
import { parsePublishedAt, validateText } from "./ingest";
import { tagSentences, type Token } from "./nlp";
import { createRng } from "./random";
import { rankItems } from "./rank";
import { splitSentences } from "./sentences";
import type { ArticleInput, Deck, Entity, GenerateOptions, Item, Sentence } from "./types";

export { QuizgenInputError } from "./errors";
export type { QuizgenInputErrorCode } from "./errors";
export type * from "./types";

const DEFAULT_MAX_ITEMS = 60;

export interface Analysis {
  text: string;
  sentences: Sentence[];
  tokens: Token[][];
  entities: Entity[];
  stated: { inner: string; outer: string }[];
  facts: FactContext[];
  published?: Date;
  warnings: string[];
}

/**
 * Stages 1–4 without item generation: validated text, sentences, tokens, entities and facts.
 * Throws {@link QuizgenInputError} for unusable text.
 */
export function analyse(article: ArticleInput): Analysis {
  const text = validateText(article?.text);
  const title = typeof article.title === "string" ? article.title : "";
  const warnings: string[] = [];
  const published = parsePublishedAt(article.publishedAt, warnings);
  if (!published) warnings.push("No publication date: year-less and relative dates stay unresolved.");

  const sentences = splitSentences(text, title);
  if (sentences.length === 0) throw new QuizgenInputError("NO_SENTENCES", "No sentences found in the text.");
  if (!sentences.some((s) => s.complete)) warnings.push("No complete sentences: no items were generated.");

  const tokens = tagSentences(text, sentences);
  const { entities, stated, mentionsBySentence } = annotate(sentences, tokens, published);
  const facts = buildFacts(sentences, mentionsBySentence);
  return published
    ? { text, sentences, tokens, entities, stated, facts, published, warnings }
    : { text, sentences, tokens, entities, stated, facts, warnings };
}

/**
 * Turns an article into sentences, entities, facts and ranked quiz items. Pure and deterministic:
 * the same input and seed give the same deck. Throws {@link QuizgenInputError} for unusable text
 * (empty, binary, over 200,000 characters, no sentences) and nothing else.
 */
export function generateDeck(article: ArticleInput, options: GenerateOptions): Deck {
  const { sentences, tokens, entities, stated, facts, published, warnings } = analyse(article);
  const rng = createRng(options?.seed ?? 0);
  const gen: GeneratorContext = {
    pool: buildPool(entities, options?.bank ?? [], published?.toISOString().slice(0, 10)),
    rng,
    related: relatedPlaces(entities),
  };
  const items: Item[] = [];
  for (const ctx of facts) {
    items.push(...clozeItems(ctx, gen));
    items.push(...eventItems(ctx, gen));
    items.push(...mcqItems(ctx, gen));
    items.push(...trueFalseItems(ctx, gen));
    items.push(...shortAnswerItems(ctx, tokens[ctx.sentence.index] ?? []));
  }
  items.push(...matchingItems(facts, entities, stated, rng));
  items.push(...orderingItems(facts));

  const requested = options?.maxItems;
  const maxItems = typeof requested === "number" && Number.isFinite(requested) ? Math.max(0, Math.floor(requested)) : DEFAULT_MAX_ITEMS;
  const ranked = rankItems(items, maxItems);
  if (ranked.length === 0) warnings.push("No item passed the quality checks.");
  return { sentences, entities, facts: facts.map((f) => f.fact), items: ranked, warnings };
}
