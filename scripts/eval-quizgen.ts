/**
 * Runs the question generator on every article of a directory and reports what it produced:
 *
 *   npm run -s eval:quizgen -- <dir> [--labels file.json] [--key-facts file.json] [--out dir]
 *                                    [--seed 1] [--top 20] [--quiet]
 *
 * <dir> holds plain-text articles (first line title) and, optionally, index.json
 * ([{ file, title, publishedAt | published }]) and key-facts.json ({ "<file>": [claims] }). Without index.json
 * every *.txt file is used, undated. --labels defaults to <dir>/labels.json when it exists.
 * --out writes judge-sheet.json and judge-sheet.md: the top items without any generator
 * internals, with empty verdicts a judge fills in (the filled JSON is itself a labels file).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import { generateDeck, type Item } from "@/lib/quizgen";
import {
  addTo,
  claimOf,
  coveredKeyFacts,
  failureOf,
  LabelIndex,
  percent,
  type ItemLabel,
  type KeyFact,
  type Tally,
} from "@/lib/quizgen/evaluate";

interface Article {
  file: string;
  title: string;
  text: string;
  publishedAt?: string;
  words: number;
}

const KINDS = ["cloze", "mcq", "true_false", "short_answer", "matching", "ordering"] as const;

function readArticles(dir: string): Article[] {
  const indexPath = path.join(dir, "index.json");
  const entries: { file: string; title?: string; publishedAt?: string; published?: string }[] = existsSync(indexPath)
    ? JSON.parse(readFileSync(indexPath, "utf8"))
    : readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((file) => ({ file }));
  return entries.map((entry) => {
    const raw = readFileSync(path.join(dir, entry.file), "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    const newline = raw.indexOf("\n");
    const text = newline < 0 ? "" : raw.slice(newline + 1);
    const title = entry.title ?? raw.slice(0, newline < 0 ? raw.length : newline).trim();
    return { file: entry.file, title, text, publishedAt: entry.publishedAt ?? entry.published, words: (text.match(/\S+/g) ?? []).length };
  });
}

function readJson<T>(file: string | undefined, fallback: T): T {
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : fallback;
}

function describe(item: Item): string {
  const extra =
    item.kind === "mcq"
      ? ` [${(item.options ?? []).join(" | ")}]`
      : item.kind === "matching"
        ? ` {${(item.pairs ?? []).map((p) => `${p.left} → ${p.right}`).join("; ")}}`
        : item.kind === "ordering"
          ? ` (${(item.sequence ?? []).join(" → ")})`
          : item.alternatives?.length
            ? ` (also: ${item.alternatives.join(", ")})`
            : "";
  const answer = item.kind === "matching" || item.kind === "ordering" ? "" : ` → ${item.answer}`;
  return `${item.prompt}${answer}${extra}`;
}

/** The judge sees what a learner and a teacher see: no rule ids, scores or checks. */
function sheetEntry(file: string, item: Item) {
  return {
    article: file,
    kind: item.kind,
    prompt: item.prompt,
    answer: item.answer,
    ...(item.alternatives?.length ? { alternatives: item.alternatives } : {}),
    ...(item.options ? { options: item.options } : {}),
    ...(item.truth !== undefined ? { truth: item.truth } : {}),
    ...(item.pairs ? { pairs: item.pairs } : {}),
    ...(item.sequence ? { sequence: item.sequence } : {}),
    source: item.source.sentence,
    label: null,
    failure: null,
    keyFacts: [],
  };
}

function sheetMarkdown(rows: ReturnType<typeof sheetEntry>[], dir: string): string {
  const out = [
    "# Items to judge",
    "",
    `Articles: \`${dir}\`. Read each article fully, then give every item one verdict (acceptable /`,
    "obvious / unacceptable) and, when not acceptable, a short failure mode. Record verdicts in",
    "judge-sheet.json (`label`, `failure`, and `keyFacts`: the indexes of the key facts it tests).",
  ];
  let current = "";
  let n = 0;
  for (const r of rows) {
    if (r.article !== current) {
      current = r.article;
      n = 0;
      out.push("", `## ${r.article}`, "");
    }
    n++;
    out.push(`${n}. **${r.kind}** — ${r.prompt}`);
    if (r.kind === "mcq") out.push(`   - options: ${(r.options ?? []).join(" | ")}`);
    if (r.kind === "matching") out.push(`   - pairs: ${(r.pairs ?? []).map((p) => `${p.left} → ${p.right}`).join("; ")}`);
    if (r.kind === "ordering") out.push(`   - correct order: ${(r.sequence ?? []).join(" → ")}`);
    if (r.kind !== "matching" && r.kind !== "ordering") out.push(`   - answer: ${r.answer}${r.alternatives ? ` (also accepted: ${r.alternatives.join(", ")})` : ""}`);
    out.push(`   - source: ${r.source}`);
  }
  return out.join("\n") + "\n";
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: {
      labels: { type: "string" },
      "key-facts": { type: "string" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
      top: { type: "string", default: "20" },
      quiet: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir || positionals.length > 1) {
    process.stderr.write("usage: npm run -s eval:quizgen -- <dir> [--labels f] [--key-facts f] [--out dir] [--seed N] [--top N] [--quiet]\n");
    process.exit(2);
  }
  const seed = Number(values.seed);
  const topN = Number(values.top);
  const articles = readArticles(dir);
  const labelsFile = values.labels ?? path.join(dir, "labels.json");
  const labelData = readJson<{ items: ItemLabel[] }>(labelsFile, { items: [] });
  const labels = new LabelIndex(labelData.items);
  const keyFacts = readJson<Record<string, KeyFact[]>>(values["key-facts"] ?? path.join(dir, "key-facts.json"), {});
  const hasLabels = labelData.items.length > 0;

  const lines: string[] = [];
  const sheet: ReturnType<typeof sheetEntry>[] = [];
  const perKind = new Map<string, Tally>();
  const perFailure = new Map<string, number>();
  const kindsTop = new Map<string, number>();
  let judged = 0;
  let acceptable = 0;
  let stale = 0;
  let unlabelled = 0;
  let factsTotal = 0;
  let factsCovered = 0;
  let factsCoveredGood = 0;
  const counts: string[] = [];

  for (const a of articles) {
    const deck = generateDeck({ title: a.title, text: a.text, ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}) }, { seed });
    const top = deck.items.slice(0, topN);
    const kinds = KINDS.filter((k) => deck.items.some((i) => i.kind === k));
    for (const k of new Set(top.map((i) => i.kind))) kindsTop.set(k, (kindsTop.get(k) ?? 0) + 1);
    counts.push(`${a.file}: ${deck.items.length}`);
    lines.push("", `## ${a.file} — ${a.words} words, ${deck.items.length} items; kinds: ${kinds.join(", ") || "none"}`);
    const matched: { item: Item; label?: ItemLabel; good: boolean }[] = [];
    top.forEach((item, i) => {
      sheet.push(sheetEntry(a.file, item));
      const m = labels.match(a.file, item);
      let mark = "  ";
      if (m.status === "labelled") {
        judged++;
        const good = m.verdict === "acceptable";
        if (good) acceptable++;
        else perFailure.set(failureOf(m.label), (perFailure.get(failureOf(m.label)) ?? 0) + 1);
        addTo(perKind, item.kind, good);
        matched.push({ item, label: m.label, good });
        mark = good ? "✓ " : m.verdict === "obvious" ? "o " : "✗ ";
      } else {
        if (m.status === "stale") stale++;
        else unlabelled++;
        matched.push({ item, good: false });
        if (hasLabels) mark = m.status === "stale" ? "s " : "? ";
      }
      const why = m.status === "labelled" && m.verdict !== "acceptable" ? `  [${failureOf(m.label)}]` : "";
      if (!values.quiet) lines.push(`${mark}${String(i + 1).padStart(2)}. ${item.kind.padEnd(12)} ${describe(item)}${why}`);
    });
    const facts = Array.isArray(keyFacts[a.file]) ? keyFacts[a.file] : undefined;
    if (facts?.length) {
      const all = coveredKeyFacts(matched, facts);
      const good = coveredKeyFacts(
        matched.filter((m) => m.good),
        facts,
      );
      factsTotal += facts.length;
      factsCovered += all.size;
      factsCoveredGood += good.size;
      lines.push(`   key facts covered by the top ${topN}: ${all.size}/${facts.length}${hasLabels ? `; by acceptable items: ${good.size}/${facts.length}` : ""}`);
      if (!values.quiet) facts.forEach((f, i) => !all.has(i) && lines.push(`   - not covered: ${claimOf(f)}`));
    }
  }

  lines.push("", "# Summary", "", `articles: ${articles.length}; seed ${seed}; top ${topN}`);
  lines.push(`items per article: ${counts.join(", ")}`);
  lines.push(`kinds present in the top ${topN} (articles with at least one): ${KINDS.map((k) => `${k} ${kindsTop.get(k) ?? 0}`).join(", ")}`);
  if (factsTotal) {
    lines.push(`key-fact coverage of the top ${topN}: ${percent(factsCovered, factsTotal)} (${factsCovered}/${factsTotal})${hasLabels ? `; by acceptable items: ${percent(factsCoveredGood, factsTotal)} (${factsCoveredGood}/${factsTotal})` : ""}`);
  }
  if (hasLabels) {
    lines.push(`labels: ${labelsFile}; judged ${judged}, stale ${stale}, unlabelled ${unlabelled}`);
    lines.push(`acceptable (strict): ${percent(acceptable, judged)} (${acceptable}/${judged})`);
    lines.push(`per kind: ${[...perKind].sort().map(([k, t]) => `${k} ${percent(t.acceptable, t.judged)} (${t.acceptable}/${t.judged})`).join(", ")}`);
    lines.push(`failure modes: ${[...perFailure].sort((x, y) => y[1] - x[1]).map(([f, n]) => `${f} ${n}`).join(", ") || "none"}`);
  }
  process.stdout.write(lines.join("\n").trimStart() + "\n");

  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(path.join(values.out, "judge-sheet.json"), JSON.stringify({ seed, topN, items: sheet }, null, 2) + "\n");
    writeFileSync(path.join(values.out, "judge-sheet.md"), sheetMarkdown(sheet, dir));
    process.stdout.write(`judge sheet: ${path.join(values.out, "judge-sheet.json")} and judge-sheet.md\n`);
  }
}

main();
