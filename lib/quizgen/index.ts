import { ambiguousReferenceFactor, thinContextFactor, titleTopicFactor } from "./checks";
import { annotate } from "./entities";
import { QuizgenInputError } from "./errors";
import { definite, findEvents } from "./events";
import { leansBack, standAlone, type ReferenceContext } from "./decontext";
import { namedSubjects } from "./subject";
import { buildFacts, type FactContext } from "./facts";
import { clozeItems } from "./generators/cloze";
import { eventItems } from "./generators/events";
import { matchingItems } from "./generators/matching";
import { mcqItems } from "./generators/mcq";
import { orderingItems } from "./generators/ordering";
import { timelineItems } from "./generators/timeline";
import { shortAnswerItems } from "./generators/short-answer";
import { trueFalseItems } from "./generators/true-false";
import { ambiguousQuestions, fragileStemFactor, guessableShapeFactor, settingAnswerFactor, settingPlaces } from "./fragile";
import { relatedPlaces, type GeneratorContext } from "./generators/shared";
import { buildPool } from "./distractors";
import { parsePublishedAt, validateText } from "./ingest";
import { tagSentences, type Token } from "./nlp";
import { createRng } from "./random";
import { PER_SENTENCE, rankItems } from "./rank";
import { DEFAULT_MODEL, KEEP_AT_LEAST, recordedAcceptability, weighByAcceptability, type AcceptabilityModel } from "./acceptability";
import { featureContext, type FeatureContext } from "./features";
import { splitSentences } from "./sentences";
import type { ArticleInput, Deck, Entity, GenerateOptions, Item, Sentence } from "./types";
import { roundScore, spansSentences } from "./score";

export { QuizgenInputError } from "./errors";
export type { QuizgenInputErrorCode } from "./errors";
export type * from "./types";
export type { Token } from "./nlp";
export type { FactContext } from "./facts";
export type { AcceptabilityModel } from "./acceptability";

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
export function analyse(article: ArticleInput, maxLength?: number): Analysis {
  const text = validateText(article?.text, maxLength);
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
  addEventPhrases(facts, entities);
  return published
    ? { text, sentences, tokens, entities, stated, facts, published, warnings }
    : { text, sentences, tokens, entities, stated, facts, warnings };
}

/** Event noun phrases ("the previous meeting between Trump and Putin") become PHRASE entities of their facts. */
function addEventPhrases(facts: FactContext[], entities: Entity[]): void {
  const byText = new Map<string, Entity>();
  let next = Math.max(0, ...entities.map((e) => Number(e.id.slice(2)) || 0)) + 1;
  for (const ctx of facts) {
    for (const ev of findEvents(ctx)) {
      const name = definite(ev.text);
      let entity = byText.get(name.toLowerCase());
      if (!entity) {
        entity = { id: `e-${next++}`, type: "PHRASE", subtype: "event", name, aliases: [], mentions: [] };
        entities.push(entity);
        byText.set(name.toLowerCase(), entity);
      }
      if (ev.relation === "when" && ev.anchor.entity.value && !entity.value) entity.value = ev.anchor.entity.value;
      if (!entity.mentions.some((m) => m.start === ev.start)) {
        entity.mentions.push({ text: ev.text, start: ev.start, end: ev.end, sentence: ctx.sentence.index });
      }
      if (!ctx.fact.entities.includes(entity.id)) ctx.fact.entities.push(entity.id);
    }
  }
}

const REWRITTEN_KINDS = new Set(["cloze", "mcq", "true_false", "short_answer"]);

/** Stems rewritten to stand alone; items whose references cannot be resolved are dropped. */
function decontextualise(items: Item[], refs: ReferenceContext): Item[] {
  const indexAt = new Map(refs.sentences.map((s) => [s.start, s.index]));
  const out: Item[] = [];
  for (const item of items) {
    if (!REWRITTEN_KINDS.has(item.kind)) {
      out.push(item);
      continue;
    }
    const avoid = item.kind === "true_false" ? [] : [item.answer, ...(item.alternatives ?? []), ...(item.options ?? [])];
    const prompt = standAlone(item.prompt, indexAt.get(item.source.start) ?? 0, refs, avoid);
    if (prompt === null) continue;
    out.push(prompt === item.prompt ? item : { ...item, prompt });
  }
  return out;
}

/** Every item that passed the hard checks, scored by the rules, before the acceptability model and ranking. */
export interface Candidates {
  analysis: Analysis;
  items: Item[];
  features: FeatureContext;
}

/**
 * Stages 1–6 without the ranking: the analysis and every scored item. The training script re-ranks
 * these with a model fitted without the article's own set; {@link generateDeck} is this plus
 * {@link rankCandidates}.
 */
export function generateCandidates(article: ArticleInput, options: GenerateOptions): Candidates {
  const analysis = analyse(article, options?.maxLength);
  const { sentences, tokens, entities, facts, published } = analysis;
  const rng = createRng(options?.seed ?? 0);
  const gen: GeneratorContext = {
    pool: buildPool(entities, options?.bank ?? [], published?.toISOString().slice(0, 10)),
    rng,
    related: relatedPlaces(entities),
  };
  const items: Item[] = [];
  const title = typeof article.title === "string" ? article.title : "";
  const named = namedSubjects(facts, sentences, entities, title);
  for (const ctx of facts) {
    // "She is the first …" read as "Wangari Maathai is the first …" for the kinds built on the statement.
    const stated = named.get(ctx) ?? ctx;
    items.push(...clozeItems(stated, gen));
    items.push(...eventItems(ctx, gen));
    items.push(...mcqItems(stated, gen));
    items.push(...trueFalseItems(stated, gen));
    items.push(...shortAnswerItems(ctx, tokens[ctx.sentence.index] ?? [], gen.related));
  }
  items.push(...matchingItems(facts, entities, analysis.stated, rng));
  items.push(...orderingItems(facts));

  const refs: ReferenceContext = { title, sentences, entities };
  items.push(...timelineItems(facts, refs, rng));
  const decontextualised = decontextualise(items, refs);
  const ambiguous = ambiguousQuestions(decontextualised);
  const standing = decontextualised.filter((item) => item.kind !== "short_answer" || !ambiguous.has(item.prompt));
  const texts = sentences.map((s) => s.text);
  const setting = settingPlaces(entities, sentences.length);
  const indexAt = new Map(sentences.map((s) => [s.start, s.index]));
  for (const item of standing) {
    // "_____ welcomed the decision" when the article has two decisions: which one is meant?
    const factor =
      ambiguousReferenceFactor(item.prompt, texts, item.source?.sentence) *
      thinContextFactor(item.prompt) *
      titleTopicFactor(item, refs.title) *
      fragileStemFactor(item) *
      guessableShapeFactor(item) *
      settingAnswerFactor(item, setting) *
      leaningFactor(item, indexAt.get(item.source.start) ?? 0, refs);
    if (factor < 1) item.score = roundScore(item.score * factor);
  }
  return { analysis, items: standing.filter((item) => item.score > 0), features: featureContext(title, entities) };
}

/**
 * Ranks candidates best first: each score is weighed by the acceptability model (`null`: the rules'
 * scores alone), items the model rates below its threshold are left out — the least likely first, only
 * while the deck keeps at least {@link KEEP_AT_LEAST} items (and its first twenty two per sentence), and never
 * all items of a kind — then the diversity ranking of {@link rankItems} picks at most `maxItems`.
 */
export function rankCandidates(candidates: Candidates, maxItems: number, model: AcceptabilityModel | null = DEFAULT_MODEL): Item[] {
  if (!model) return rankItems(candidates.items, maxItems);
  const weighed = weighByAcceptability(candidates.items, candidates.features, model);
  let unlikely = weighed
    .map((item, index) => ({ item, index, p: recordedAcceptability(item) }))
    .filter((x) => x.p < model.threshold)
    .sort((a, b) => a.p - b.p || b.index - a.index)
    .map((x) => x.item);
  if (unlikely.length === 0) return rankItems(weighed, maxItems);
  // Every kind keeps its items when all of them would go.
  const low = new Set(unlikely);
  const kept = new Set(weighed.filter((item) => !low.has(item)).map((item) => item.kind));
  if (weighed.some((item) => !kept.has(item.kind))) unlikely = unlikely.filter((item) => kept.has(item.kind));
  const floor = Math.min(KEEP_AT_LEAST, maxItems);
  // Enough items, and the first twenty still two per sentence at most: dropping never pulls a third item
  // of one sentence (the diversity ranking's tail) into the part of the deck a learner sees first.
  const enough = (d: Item[]) => d.length >= floor && mostPerSentence(d.slice(0, DIVERSE_TOP)) <= PER_SENTENCE;
  // Fewer likely candidates than the floor cannot make enough items: go straight to the short-article path.
  if (weighed.length - unlikely.length >= floor) {
    const dropped = new Set(unlikely);
    const deck = rankItems(
      weighed.filter((item) => !dropped.has(item)),
      maxItems,
    );
    if (enough(deck)) return deck;
  }
  // A short article: rank everything, then take out the least likely items one by one while the deck stays enough.
  const keyOf = (x: Item) => `${x.kind}|${x.rule}|${x.prompt}|${x.answer}`;
  let full = rankItems(weighed, maxItems);
  for (const item of unlikely) {
    const key = keyOf(item);
    const at = full.findIndex((x) => keyOf(x) === key);
    if (at < 0) continue;
    const next = [...full.slice(0, at), ...full.slice(at + 1)];
    if (enough(next)) full = next;
  }
  return full;
}

const DIVERSE_TOP = 20;

/**
 * Ranks last, rather than drops, items whose stem leans on an earlier sentence through a description that
 * could not be resolved (see {@link leansBack}): as the subject ("The first phase, roughly …": 16 of 60
 * judged items acceptable over the development sets), a bare shell noun ("consider the possibility": 8 of
 * 27) or elsewhere (72 of 139, against 61% for other items). Matching and ordering check each event, and
 * one leaning event ranks the whole item as low as a leaning subject.
 */
export function leaningFactor(item: Item, index: number, refs: ReferenceContext): number {
  const texts = item.kind === "ordering" ? (item.sequence ?? []) : item.kind === "matching" ? (item.pairs ?? []).map((p) => p.left) : [item.prompt];
  let factor = 1;
  for (const text of texts) {
    // An event stands for its own sentence; a stem for the item's source sentence.
    const at = item.kind === "ordering" || item.kind === "matching" ? (refs.sentences.find((s) => s.text.includes(text.slice(0, 40)))?.index ?? index) : index;
    const lean = leansBack(text, at, refs);
    // One leaning event spoils a whole matching or ordering item, which the acceptability model does not weigh.
    if (lean) factor = Math.min(factor, lean.subject || texts.length > 1 ? 0.25 : lean.shell ? 0.5 : 0.8);
  }
  return factor;
}

function mostPerSentence(items: readonly Item[]): number {
  const count = new Map<number, number>();
  for (const item of items) if (!spansSentences(item)) count.set(item.source.start, (count.get(item.source.start) ?? 0) + 1);
  return Math.max(0, ...count.values());
}

/**
 * Turns an article into sentences, entities, facts and ranked quiz items. Pure and deterministic:
 * the same input and seed give the same deck. Throws {@link QuizgenInputError} for unusable text
 * (empty, binary, over 200,000 characters, no sentences) and nothing else.
 */
export function generateDeck(article: ArticleInput, options: GenerateOptions): Deck {
  const candidates = generateCandidates(article, options);
  const { sentences, entities, facts, warnings } = candidates.analysis;
  const requested = options?.maxItems;
  const maxItems = typeof requested === "number" && Number.isFinite(requested) ? Math.max(0, Math.floor(requested)) : DEFAULT_MAX_ITEMS;
  const ranked = rankCandidates(candidates, maxItems);
  if (ranked.length === 0) warnings.push("No item passed the quality checks.");
  return { sentences, entities, facts: facts.map((f) => f.fact), items: ranked, warnings };
}
