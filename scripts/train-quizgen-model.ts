/**
 * Fits the acceptability model (lib/quizgen/acceptability.ts) on the judged items of the labelled sets
 * and estimates how it generalises by leaving one set out at a time:
 *
 *   npx tsx scripts/train-quizgen-model.ts              # cross-validated report, then write the weights
 *   npx tsx scripts/train-quizgen-model.ts --dry-run    # report only (--threshold 0.5 sets the drop threshold)
 *
 * For each set: a ridge penalty is picked by leave-one-set-out log loss on the other four sets, the model is
 * fitted on them, and the held set's articles are ranked with it. Reported: log loss and AUC on the held
 * set's judged items, and the strict acceptability of the top 20 before (the rules' ranking) and after
 * (the same candidates weighed by the model), counted over judged items, with how many of each top 20 carry
 * a judgement (labels exist only for items some past version put in its top 20).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { generateCandidates, rankCandidates, type Candidates, type Item } from "@/lib/quizgen";
import { weighByAcceptability, type AcceptabilityModel } from "@/lib/quizgen/acceptability";
import { coveredKeyFacts, LabelIndex, verdictOf, type ItemLabel, type KeyFact } from "@/lib/quizgen/evaluate";
import { FEATURE_NAMES, itemFeatures, MODELLED, type FeatureItem } from "@/lib/quizgen/features";
import { auc, fitLogistic, logLoss, type Example as LogisticExample } from "@/lib/quizgen/logistic";

const SETS = ["dev", "heldout", "heldout-2", "heldout-3", "heldout-4", "heldout-5", "heldout-6"];
const ROOT = "fixtures/articles";
const LAMBDAS = [1, 3, 10, 30, 100];
const TOP = 20;
const KINDS = ["cloze", "mcq", "true_false", "short_answer", "matching", "ordering"];

interface Example extends LogisticExample {
  set: string;
}

const fit = (data: readonly Example[], lambda: number): number[] => fitLogistic(data, FEATURE_NAMES.length, lambda);

interface ArticleRun {
  set: string;
  file: string;
  words: number;
  candidates: Candidates;
  keyFacts?: KeyFact[];
}

function readSet(set: string): { articles: ArticleRun[]; labels: ItemLabel[] } {
  const dir = path.join(ROOT, set);
  const index: { file: string; title?: string; publishedAt?: string; published?: string }[] = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8"));
  const keyFactsPath = path.join(dir, "key-facts.json");
  const keyFacts: Record<string, KeyFact[]> = existsSync(keyFactsPath) ? JSON.parse(readFileSync(keyFactsPath, "utf8")) : {};
  const articles = index.map((entry) => {
    const raw = readFileSync(path.join(dir, entry.file), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    const newline = raw.indexOf("\n");
    const text = newline < 0 ? "" : raw.slice(newline + 1);
    const title = entry.title ?? raw.slice(0, newline < 0 ? raw.length : newline).trim();
    const publishedAt = entry.publishedAt ?? entry.published;
    const candidates = generateCandidates({ title, text, ...(publishedAt ? { publishedAt } : {}) }, { seed: 1 });
    return { set, file: entry.file, words: (text.match(/\S+/g) ?? []).length, candidates, keyFacts: keyFacts[entry.file] };
  });
  const labels: ItemLabel[] = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8")).items;
  return { articles, labels };
}

const wordSet = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The sentence a judged item came from: as judged, as generated today, or the one sharing most words. */
function sourceOf(label: ItemLabel & { source?: string }, run: ArticleRun): string {
  if (typeof label.source === "string" && label.source) return label.source;
  const same = run.candidates.items.find((i) => i.kind === label.kind && i.prompt === label.prompt && i.answer === label.answer);
  if (same) return same.source.sentence;
  const probe = wordSet(label.kind === "cloze" || label.kind === "mcq" ? label.prompt.replace("_____", label.answer) : `${label.prompt} ${label.answer}`);
  let best = "";
  let bestScore = -1;
  for (const s of run.candidates.analysis.sentences) {
    const words = wordSet(s.text);
    let n = 0;
    for (const w of probe) if (words.has(w)) n++;
    const score = n / Math.sqrt(words.size + 1);
    if (score > bestScore) {
      bestScore = score;
      best = s.text;
    }
  }
  return best;
}

function examplesOf(set: string, articles: ArticleRun[], labels: ItemLabel[]): Example[] {
  const byFile = new Map(articles.map((a) => [a.file, a]));
  const out: Example[] = [];
  for (const label of labels) {
    const verdict = verdictOf(label);
    const run = byFile.get(label.article);
    if (!verdict || !run || !MODELLED.has(label.kind)) continue;
    const item: FeatureItem = {
      kind: label.kind as Item["kind"],
      prompt: label.prompt,
      answer: String(label.answer),
      ...(label.alternatives ? { alternatives: label.alternatives } : {}),
      ...(label.options ? { options: label.options } : {}),
      ...(label.truth !== undefined ? { truth: label.truth } : {}),
      ...(label.pairs ? { pairs: label.pairs } : {}),
      ...(label.sequence ? { sequence: label.sequence } : {}),
      source: { sentence: sourceOf(label, run) },
    };
    out.push({ set, x: itemFeatures(item, run.candidates.features), y: verdict === "acceptable" ? 1 : 0 });
  }
  return out;
}

/**
 * How well a ranking score separates accepted from rejected items among today's candidates that carry a
 * judgement (those a past top 20 held), independent of which unjudged items a new ranking brings in.
 */
function rankAuc(runs: readonly ArticleRun[], labels: LabelIndex, model: AcceptabilityModel | null): string {
  const scored: Example[] = [];
  for (const run of runs) {
    const items = model ? weighByAcceptability(run.candidates.items, run.candidates.features, model) : run.candidates.items;
    for (const item of items) {
      const m = labels.match(run.file, item);
      if (m.status === "labelled" && MODELLED.has(item.kind)) scored.push({ set: "", x: [item.score], y: m.verdict === "acceptable" ? 1 : 0 });
    }
  }
  return `${auc(scored, [1]).toFixed(3)} (n ${scored.length})`;
}

/** The ridge penalty with the lowest leave-one-set-out log loss over the given sets. */
function pickLambda(data: readonly Example[], sets: readonly string[]): number {
  let best = LAMBDAS[0]!;
  let bestLoss = Infinity;
  for (const lambda of LAMBDAS) {
    let loss = 0;
    for (const held of sets) {
      const test = data.filter((e) => e.set === held);
      loss += logLoss(test, fit(data.filter((e) => e.set !== held), lambda)) * test.length;
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = lambda;
    }
  }
  return best;
}

interface Tally {
  judged: number;
  good: number;
  top: number;
  perKind: Map<string, { judged: number; good: number }>;
  facts: number;
  covered: number;
  short: number;
  /** Judged items of the rules' top 20 that the model pushed out, and how many of them were acceptable. */
  left: number;
  leftGood: number;
  /** Items the model brought into the top 20 that no one judged. */
  enteredUnjudged: number;
}

const emptyTally = (): Tally => ({ judged: 0, good: 0, top: 0, perKind: new Map(), facts: 0, covered: 0, short: 0, left: 0, leftGood: 0, enteredUnjudged: 0 });

const keyOf = (i: Item) => JSON.stringify([i.kind, i.prompt, i.answer, i.options ?? null]);

function score(tally: Tally, runs: readonly ArticleRun[], labels: LabelIndex, model: AcceptabilityModel | null): void {
  for (const run of runs) {
    const deck = rankCandidates(run.candidates, 60, model);
    if (model) {
      const base = rankCandidates(run.candidates, 60, null).slice(0, TOP);
      const now = new Set(deck.slice(0, TOP).map(keyOf));
      const was = new Set(base.map(keyOf));
      for (const item of base) {
        const m = labels.match(run.file, item);
        if (now.has(keyOf(item)) || m.status !== "labelled") continue;
        tally.left++;
        if (m.verdict === "acceptable") tally.leftGood++;
      }
      for (const item of deck.slice(0, TOP)) if (!was.has(keyOf(item)) && labels.match(run.file, item).status !== "labelled") tally.enteredUnjudged++;
    }
    if (run.words >= 300 && deck.length < 15) tally.short++;
    const top = deck.slice(0, TOP);
    const matched: { item: Item; good: boolean }[] = [];
    for (const item of top) {
      tally.top++;
      const m = labels.match(run.file, item);
      if (m.status !== "labelled") continue;
      const good = m.verdict === "acceptable";
      tally.judged++;
      if (good) tally.good++;
      const k = tally.perKind.get(item.kind) ?? { judged: 0, good: 0 };
      k.judged++;
      if (good) k.good++;
      tally.perKind.set(item.kind, k);
      matched.push({ item, good });
    }
    if (run.keyFacts?.length) {
      tally.facts += run.keyFacts.length;
      tally.covered += coveredKeyFacts(
        top.map((item) => ({ item })),
        run.keyFacts,
      ).size;
    }
  }
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : "n/a");

function describe(t: Tally): string {
  const kinds = KINDS.filter((k) => t.perKind.has(k))
    .map((k) => {
      const v = t.perKind.get(k)!;
      return `${k} ${pct(v.good, v.judged)} (${v.good}/${v.judged})`;
    })
    .join(", ");
  const moved = t.left || t.enteredUnjudged ? `; pushed out ${t.left} judged items (${pct(t.leftGood, t.left)} acceptable), brought in ${t.enteredUnjudged} unjudged` : "";
  return `${pct(t.good, t.judged)} (${t.good}/${t.judged}; ${t.judged}/${t.top} of the top 20 judged); ${kinds}; key facts ${pct(t.covered, t.facts)}; ≥300-word articles under 15 items: ${t.short}${moved}`;
}

function addInto(total: Tally, t: Tally): void {
  total.judged += t.judged;
  total.good += t.good;
  total.top += t.top;
  total.facts += t.facts;
  total.covered += t.covered;
  total.short += t.short;
  total.left += t.left;
  total.leftGood += t.leftGood;
  total.enteredUnjudged += t.enteredUnjudged;
  for (const [k, v] of t.perKind) {
    const into = total.perKind.get(k) ?? { judged: 0, good: 0 };
    into.judged += v.judged;
    into.good += v.good;
    total.perKind.set(k, into);
  }
}

function main(): void {
  const { values } = parseArgs({ options: { "dry-run": { type: "boolean", default: false }, threshold: { type: "string", default: "0.5" } } });
  const threshold = Number(values.threshold);
  const runs = new Map<string, ArticleRun[]>();
  const labelIndex = new Map<string, LabelIndex>();
  const data: Example[] = [];
  for (const set of SETS) {
    const { articles, labels } = readSet(set);
    runs.set(set, articles);
    labelIndex.set(set, new LabelIndex(labels));
    data.push(...examplesOf(set, articles, labels));
  }
  const lines: string[] = [`judged items: ${data.length} (${SETS.map((s) => `${s} ${data.filter((e) => e.set === s).length}`).join(", ")}); features: ${FEATURE_NAMES.length}; threshold ${threshold}`];
  const before = emptyTally();
  const after = emptyTally();
  for (const held of SETS) {
    const train = data.filter((e) => e.set !== held);
    const test = data.filter((e) => e.set === held);
    const lambda = pickLambda(train, SETS.filter((s) => s !== held));
    const w = fit(train, lambda);
    const b = emptyTally();
    const a = emptyTally();
    score(b, runs.get(held)!, labelIndex.get(held)!, null);
    score(a, runs.get(held)!, labelIndex.get(held)!, { weights: w, threshold });
    addInto(before, b);
    addInto(after, a);
    lines.push(`\n## held out: ${held} (λ ${lambda}; judged items: log loss ${logLoss(test, w).toFixed(3)} vs constant ${logLoss(test, fit(train, 1e9)).toFixed(3)}, AUC ${auc(test, w).toFixed(3)})`);
    lines.push(`judged candidates of today's generator, AUC of the rules' score ${rankAuc(runs.get(held)!, labelIndex.get(held)!, null)} → score × model ${rankAuc(runs.get(held)!, labelIndex.get(held)!, { weights: w, threshold })}`);
    lines.push(`before: ${describe(b)}`);
    lines.push(`after:  ${describe(a)}`);
  }
  lines.push(`\n## all ${SETS.length} sets, each scored by a model that never saw it`, `before: ${describe(before)}`, `after:  ${describe(after)}`);

  const lambda = pickLambda(data, SETS);
  const w = fit(data, lambda);
  lines.push(`\n## final model: λ ${lambda}, fitted on all ${data.length} judged items`);
  FEATURE_NAMES.forEach((n, i) => lines.push(`${n.padEnd(22)} ${w[i]!.toFixed(3)}`));
  process.stdout.write(lines.join("\n") + "\n");
  if (!values["dry-run"]) {
    const rounded = w.map((v) => Math.round(v * 1000) / 1000);
    const body = `import type { AcceptabilityModel } from "./acceptability";

// Written by scripts/train-quizgen-model.ts (npx tsx scripts/train-quizgen-model.ts) from ${data.length} judged items of
// fixtures/articles/{${SETS.join(",")}}; ridge λ ${lambda}. Do not edit by hand. Order: FEATURE_NAMES.
export const ACCEPTABILITY_WEIGHTS: AcceptabilityModel = {
  weights: [${rounded.join(", ")}],
  threshold: ${threshold},
};
`;
    writeFileSync("lib/quizgen/acceptability-weights.ts", body);
    process.stdout.write("wrote lib/quizgen/acceptability-weights.ts\n");
  }
}

main();
