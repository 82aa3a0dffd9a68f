/**
 * Deterministic benchmark corpus built from the fixture articles
 * (fixtures/articles/index.json): the same bytes on every machine and every run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface CorpusArticle {
  file: string;
  title: string;
  text: string;
  publishedAt: string;
  words: number;
}

interface IndexEntry {
  file: string;
  title: string;
  publishedAt: string;
}

const ARTICLES_DIR = path.join(__dirname, "..", "fixtures", "articles");

export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

/** The fixture articles in index order: first line title, rest body. */
export function loadCorpus(dir: string = ARTICLES_DIR): CorpusArticle[] {
  const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as IndexEntry[];
  return index.map((entry) => {
    const raw = readFileSync(path.join(dir, entry.file), "utf8").replace(/\r\n?/g, "\n");
    const newline = raw.indexOf("\n");
    const title = raw.slice(0, newline).trim();
    const text = raw.slice(newline + 1);
    return { file: entry.file, title, text, publishedAt: entry.publishedAt, words: countWords(text) };
  });
}

/**
 * Copy number `k` of a paragraph: every integer shifted by k (so dates, counts and
 * money differ between copies and repeated sentences are not byte-identical).
 */
function vary(paragraph: string, k: number): string {
  if (k === 0) return paragraph;
  return paragraph.replace(/\d+/g, (digits) => {
    const shifted = String(Number(digits) + k);
    return shifted.length > digits.length ? digits : shifted.padStart(digits.length, "0");
  });
}

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["”]?)\s+/).map((s) => `${s} `);
}

/**
 * A text of about `targetWords` words: paragraphs from all corpus articles,
 * interleaved and varied per cycle, cut at a sentence boundary at or after the target.
 */
export function buildText(corpus: readonly CorpusArticle[], targetWords: number): string {
  const paragraphsByArticle = corpus.map((a) => a.text.split("\n").filter((p) => p.trim() !== ""));
  const longest = Math.max(0, ...paragraphsByArticle.map((p) => p.length));
  if (longest === 0) throw new Error("buildText: the corpus has no paragraphs");
  const out: string[] = [];
  let words = 0;
  for (let cycle = 0; words < targetWords; cycle++) {
    for (let i = 0; i < longest && words < targetWords; i++) {
      for (let a = 0; a < paragraphsByArticle.length && words < targetWords; a++) {
        // Rotating the article order per cycle keeps neighbouring paragraphs different.
        const list = paragraphsByArticle[(a + cycle) % paragraphsByArticle.length] ?? [];
        const paragraph = list[i];
        if (paragraph === undefined) continue;
        const varied = vary(paragraph, cycle);
        const n = countWords(varied);
        if (words + n <= targetWords) {
          out.push(varied);
          words += n;
          continue;
        }
        let partial = "";
        for (const sentence of splitSentences(varied)) {
          partial += sentence;
          words += countWords(sentence);
          if (words >= targetWords) break;
        }
        out.push(partial.trimEnd());
      }
    }
  }
  return `${out.join("\n")}\n`;
}
