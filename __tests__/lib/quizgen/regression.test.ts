/** @jest-environment node */
import { readFileSync } from "node:fs";
import path from "node:path";

import { generateDeck } from "@/lib/quizgen";
import type { ItemLabel } from "@/lib/quizgen/evaluate";

/**
 * Regression report against human labels (fixtures/quizgen-labels.json).
 *
 * The labels were made by judging the top 20 items per fixture article (seed 1) with the
 * rubric stored in the file. Items are matched to today's output by
 * (article, kind, prompt, answer), never by id, so a relabel is only needed when the
 * wording of the top items drifts; coverage shows how much has drifted.
 */

const ROOT = path.resolve(__dirname, "..", "..", "..");
const ARTICLES = path.join(ROOT, "fixtures", "articles");
const TOP_N = 20;
const MIN_PRECISION = 0.9;
/** Below this, too few of today's top items are labelled for the precision to mean much: relabel. */
const MIN_COVERAGE = 0.5;

/** The older label files' shape: a verdict as `acceptable`, and the generator rule judged. */
type Label = ItemLabel & { rule: string; acceptable: boolean };

type Judged = Pick<Label, "alternatives" | "options" | "truth" | "pairs" | "sequence">;

/**
 * What the judgement depended on besides the key: the MCQ options (as a set: their order is
 * only the seeded shuffle), accepted alternatives, truth, pairs and sequence. When these differ
 * the label is stale and the item counts as unlabelled until it is judged again.
 */
function judgedContent(x: Judged): string {
  const sorted = (a?: readonly string[]) => (a && a.length ? [...a].sort() : null);
  return JSON.stringify([
    sorted(x.options),
    sorted(x.alternatives),
    x.truth ?? null,
    sorted(x.pairs?.map((p) => `${p.left} → ${p.right}`)),
    x.sequence ?? null,
  ]);
}

interface LabelFile {
  seed: number;
  topN: number;
  items: Label[];
}

interface IndexEntry {
  file: string;
  title: string;
  publishedAt: string;
}

const labels = JSON.parse(readFileSync(path.join(ROOT, "fixtures", "quizgen-labels.json"), "utf8")) as LabelFile;
const index = JSON.parse(readFileSync(path.join(ARTICLES, "index.json"), "utf8")) as IndexEntry[];

const keyOf = (article: string, kind: string, prompt: string, answer: unknown) =>
  JSON.stringify([article, kind, prompt, answer]);
const byKey = new Map(labels.items.map((l) => [keyOf(l.article, l.kind, l.prompt, l.answer), l]));

interface ArticleReport {
  article: string;
  top: number;
  labelled: number;
  acceptable: number;
  unacceptable: Label[];
  /** Items whose key has a label made for different options, alternatives, pairs or sequence. */
  stale: Label[];
  /** Keys of the labels matched in today's top items. */
  matched: Set<string>;
  perKind: Map<string, { labelled: number; acceptable: number }>;
}

function readArticle(entry: IndexEntry): { title: string; text: string } {
  const raw = readFileSync(path.join(ARTICLES, entry.file), "utf8").replace(/\r\n?/g, "\n");
  const newline = raw.indexOf("\n");
  return { title: raw.slice(0, newline).trim(), text: raw.slice(newline + 1) };
}

function report(entry: IndexEntry): ArticleReport {
  const { title, text } = readArticle(entry);
  const deck = generateDeck({ title, text, publishedAt: entry.publishedAt }, { seed: labels.seed });
  const top = deck.items.slice(0, TOP_N);
  const out: ArticleReport = { article: entry.file, top: top.length, labelled: 0, acceptable: 0, unacceptable: [], stale: [], matched: new Set(), perKind: new Map() };
  for (const item of top) {
    const key = keyOf(entry.file, item.kind, item.prompt, item.answer);
    const label = byKey.get(key);
    if (!label) continue;
    out.matched.add(key);
    if (judgedContent(label) !== judgedContent(item)) {
      out.stale.push(label);
      continue;
    }
    out.labelled++;
    const k = out.perKind.get(item.kind) ?? { labelled: 0, acceptable: 0 };
    k.labelled++;
    if (label.acceptable) {
      out.acceptable++;
      k.acceptable++;
    } else {
      out.unacceptable.push(label);
    }
    out.perKind.set(item.kind, k);
  }
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(0).padStart(4)}%`);

const reports = index.map(report);

afterAll(() => {
  const lines = ["quizgen regression report (top " + TOP_N + ", seed " + labels.seed + ")", ""];
  lines.push("article                      top  labelled  coverage  acceptable  precision  stale");
  let top = 0;
  let labelled = 0;
  let acceptable = 0;
  const kinds = new Map<string, { labelled: number; acceptable: number }>();
  for (const r of reports) {
    top += r.top;
    labelled += r.labelled;
    acceptable += r.acceptable;
    for (const [kind, k] of r.perKind) {
      const sum = kinds.get(kind) ?? { labelled: 0, acceptable: 0 };
      sum.labelled += k.labelled;
      sum.acceptable += k.acceptable;
      kinds.set(kind, sum);
    }
    lines.push(
      `${r.article.padEnd(26)} ${String(r.top).padStart(5)} ${String(r.labelled).padStart(9)} ${pct(r.labelled, r.top).padStart(9)} ${String(r.acceptable).padStart(11)} ${pct(r.acceptable, r.labelled).padStart(10)} ${String(r.stale.length).padStart(6)}`,
    );
  }
  lines.push(
    `${"all".padEnd(26)} ${String(top).padStart(5)} ${String(labelled).padStart(9)} ${pct(labelled, top).padStart(9)} ${String(acceptable).padStart(11)} ${pct(acceptable, labelled).padStart(10)}`,
  );
  lines.push("", "per kind                  labelled  acceptable  precision");
  for (const [kind, k] of [...kinds].sort()) {
    lines.push(`${kind.padEnd(26)} ${String(k.labelled).padStart(8)} ${String(k.acceptable).padStart(11)} ${pct(k.acceptable, k.labelled).padStart(10)}`);
  }
  const matched = new Set(reports.flatMap((r) => [...r.matched]));
  const gone = labels.items.filter((l) => !matched.has(keyOf(l.article, l.kind, l.prompt, l.answer)));
  lines.push(
    "",
    `labelled items no longer in the top ${TOP_N}: ${gone.length} (${gone.filter((l) => !l.acceptable).length} judged not acceptable, ${gone.filter((l) => l.acceptable).length} acceptable)`,
  );
  const stale = reports.flatMap((r) => r.stale);
  if (stale.length) {
    lines.push("", "stale labels (same prompt and answer, different options/alternatives/pairs; judge again):");
    for (const l of stale) lines.push(`  [${l.article} ${l.kind} ${l.rule}] ${l.prompt} → ${JSON.stringify(l.answer)}`);
  }
  const bad = reports.flatMap((r) => r.unacceptable);
  if (bad.length) {
    lines.push("", "top items judged not acceptable:");
    for (const l of bad) lines.push(`  [${l.article} ${l.kind} ${l.rule}] ${l.prompt} → ${JSON.stringify(l.answer)}: ${l.reason ?? ""}`);
  }
  console.log(lines.join("\n"));
});

describe.each(reports.map((r) => [r.article, r] as const))("quizgen top items of %s against the labels", (_article, r) => {
  it(`has today's top ${TOP_N} labelled: ${r.labelled}/${r.top} (coverage ≥ ${MIN_COVERAGE}; relabel when it falls)`, () => {
    expect(r.top).toBeGreaterThan(0);
    expect(r.labelled / r.top).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });

  it(`has ≥ ${MIN_PRECISION * 100}% acceptable among the labelled top ${TOP_N}: ${r.acceptable}/${r.labelled}`, () => {
    expect(r.labelled).toBeGreaterThan(0);
    expect(r.acceptable / r.labelled).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
