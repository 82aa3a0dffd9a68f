/** @jest-environment node */
import fc from "fast-check";

import { generateDeck, QuizgenInputError } from "@/lib/quizgen";

type Deck = ReturnType<typeof generateDeck>;
type Article = Parameters<typeof generateDeck>[0];

jest.setTimeout(120_000);

/**
 * Generous ceiling: the bar is 100 ms per 1,000 words (~6,400 characters, 0.016 ms per
 * character) warm; this allows about 6x that per character plus a fixed allowance for
 * cold start, GC pauses and slow CI. Anything quadratic in the input blows through it.
 */
const MS_PER_CHAR = 0.1;
const FIXED_MS = 1_000;

/** QUIZGEN_PROPERTY_RUNS=20 multiplies every numRuns for a longer exploratory run. */
const RUN_FACTOR = Math.max(1, Number(process.env.QUIZGEN_PROPERTY_RUNS ?? 1) || 1);
const runs = (n: number) => n * RUN_FACTOR;

interface Outcome {
  deck: Deck | null;
  error: QuizgenInputError | null;
  ms: number;
}

/** Runs the generator; anything thrown other than the documented input error fails the test. */
function attempt(article: Article, seed = 1): Outcome {
  const start = performance.now();
  try {
    const deck = generateDeck(article, { seed });
    return { deck, error: null, ms: performance.now() - start };
  } catch (err) {
    if (err instanceof QuizgenInputError) return { deck: null, error: err, ms: performance.now() - start };
    throw err;
  }
}

function timeBound(article: Article): number {
  return FIXED_MS + MS_PER_CHAR * (article.title.length + article.text.length);
}

/** The invariants every successful output must satisfy. */
function checkDeck(deck: Deck, text: string): void {
  for (const s of deck.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  for (const f of deck.facts) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThan(f.end);
    expect(f.end).toBeLessThanOrEqual(text.length);
  }
  const factIds = new Set(deck.facts.map((f) => f.id));
  for (const item of deck.items) {
    const { sentence, start, end } = item.source;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(start).toBeLessThan(end);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(text.slice(start, end)).toBe(sentence);
    expect(factIds.has(item.fact)).toBe(true);
    if (item.kind === "cloze" || item.kind === "short_answer") {
      // The answer is the span as written in the sentence, not a rewording.
      expect(sentence).toContain(item.answer);
    }
    if (item.kind === "mcq" && item.options) {
      expect(item.options).toContain(item.answer);
      expect(new Set(item.options).size).toBe(item.options.length);
    }
  }
}

function checkAll(article: Article): void {
  const first = attempt(article);
  expect(first.ms).toBeLessThan(timeBound(article));
  if (first.error) {
    expect(typeof first.error.code).toBe("string");
    return;
  }
  checkDeck(first.deck!, article.text);
}

// --- arbitraries -----------------------------------------------------------

const FIRST = ["Anna", "Marco", "Li", "Olusegun", "Ingrid", "José", "Priya", "Tomasz", "Aiko", "Ahmed"];
const LAST = ["Lindqvist", "Rossi", "Wei", "Adeyemi", "Berg", "García", "Nair", "Kowalski", "Sato", "Haddad"];
const TITLES = ["President", "Minister", "Dr.", "Professor", "Chief Executive", "Coach", "Senator", ""];
const PLACES = ["Budapest", "Hungary", "Lagos", "Osaka", "Tallinn", "Chile", "Nairobi", "the United States", "Quebec"];
const ORGS = ["NATO", "the European Union", "Nordea", "the World Bank", "UNESCO", "Acme Corp."];
const VERBS = ["met", "announced", "signed", "visited", "rejected", "opened", "won", "bought", "led", "praised"];
const NOUNS = ["agreement", "summit", "report", "stadium", "merger", "vaccine", "budget", "record", "treaty"];
const MONTHS = ["January", "March", "May", "July", "October", "December"];
const LOWER = ["the", "a", "new", "after", "with", "for", "about", "its", "their", "on", "in", "and", "which"];

const person = fc.tuple(fc.constantFrom(...TITLES), fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([t, f, l]) =>
  [t, f, l].filter(Boolean).join(" "),
);
const date = fc.oneof(
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `${m} ${d}`),
  fc.tuple(fc.constantFrom(...MONTHS), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1900, max: 2040 })).map(
    ([m, d, y]) => `${m} ${d}, ${y}`,
  ),
  fc.integer({ min: 1800, max: 2100 }).map(String),
);
const quantity = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString("en-US")),
  fc.integer({ min: 1, max: 99 }).map((n) => `${n} percent`),
  fc.integer({ min: 1, max: 900 }).map((n) => `$${n} million`),
  fc.integer({ min: 2, max: 48 }).map((n) => `${n} years`),
);
const phrase = fc.oneof(
  person,
  fc.constantFrom(...PLACES),
  fc.constantFrom(...ORGS),
  date,
  quantity,
  fc.constantFrom(...NOUNS, ...LOWER, ...VERBS),
);
const sentence = fc
  .tuple(fc.oneof(person, fc.constantFrom(...PLACES, ...ORGS)), fc.constantFrom(...VERBS), fc.array(phrase, { minLength: 1, maxLength: 14 }))
  .map(([subject, verb, rest]) => {
    const s = [subject, verb, ...rest].join(" ");
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  });
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(" "));
const sentenceLikeText = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((ps) => ps.join("\n"));

const title = fc.oneof(fc.constant("Untitled"), sentence.map((s) => s.replace(/\.$/, "")));
const publishedAt = fc.option(
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) =>
    d.toISOString().slice(0, 10),
  ),
  { nil: undefined },
);

function article(t: string, text: string, published?: string): Article {
  return (published === undefined ? { title: t, text } : { title: t, text, publishedAt: published }) as Article;
}

const html = fc
  .tuple(sentenceLikeText, fc.constantFrom("p", "div", "span", "b", "script", "a href=\"https://example.com/?q=<x>\""))
  .map(([text, tag]) =>
    text
      .split("\n")
      .map((p) => `<${tag}>${p}</${tag.split(" ")[0]}>&nbsp;&amp;<br/>`)
      .join("\n"),
  );

// --- properties ------------------------------------------------------------

describe("generateDeck on arbitrary and hostile text", () => {
  it("never throws anything but the input error on arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.string({ unit: "grapheme", maxLength: 2_000 }), (t, text) => {
        checkAll(article(t, text));
      }),
      { numRuns: runs(60) },
    );
  });

  it("keeps every span inside the text on random sentence-like articles", () => {
    fc.assert(
      fc.property(title, sentenceLikeText, publishedAt, (t, text, published) => {
        checkAll(article(t, text, published));
      }),
      { numRuns: runs(60) },
    );
  });

  it("handles sentence-like text salted with hostile unicode", () => {
    const noise = fc.oneof(
      fc.constantFrom("\u200b", "\u200f", "\u202e", "\ufeff", "\u00a0", "\u0301", "\ud800", "\udfff", "\r", "\t", "\u2028", "“", "”", "…", "🙂", "👩‍🔬", "ﬁ", "İ", "ß"),
      fc.string({ unit: "binary", minLength: 1, maxLength: 3 }),
    );
    const salted = fc
      .tuple(sentenceLikeText, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 20 }))
      .map(([text, inserts]) =>
        inserts.reduce((t, [at, junk]) => {
          const i = at % (t.length + 1);
          return t.slice(0, i) + junk + t.slice(i);
        }, text),
      );
    fc.assert(
      fc.property(title, salted, publishedAt, (t, text, published) => {
        checkAll(article(t, text, published));
      }),
      { numRuns: runs(40) },
    );
  });

  it("handles HTML markup as plain text", () => {
    fc.assert(
      fc.property(title, html, (t, text) => {
        checkAll(article(t, text));
      }),
      { numRuns: runs(30) },
    );
  });

  it("handles all-capitals text", () => {
    fc.assert(
      fc.property(title, sentenceLikeText, (t, text) => {
        checkAll(article(t.toUpperCase(), text.toUpperCase()));
      }),
      { numRuns: runs(30) },
    );
  });

  it("handles numbers-only text", () => {
    const numbers = fc
      .array(fc.oneof(fc.integer().map(String), fc.double({ noNaN: true }).map(String), fc.constantFrom(".", ",", "\n", " ", "%", "-")), {
        maxLength: 300,
      })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(numbers, numbers, (t, text) => {
        checkAll(article(t, text));
      }),
      { numRuns: runs(40) },
    );
  });

  it("is deterministic for a given seed", () => {
    fc.assert(
      fc.property(title, sentenceLikeText, publishedAt, fc.integer({ min: 0, max: 1_000_000 }), (t, text, published, seed) => {
        const a = article(t, text, published);
        const first = attempt(a, seed);
        const second = attempt(a, seed);
        expect(JSON.stringify(second.deck)).toBe(JSON.stringify(first.deck));
        expect(second.error?.code).toBe(first.error?.code);
      }),
      { numRuns: runs(25) },
    );
  });
});

describe("generateDeck on large inputs", () => {
  const words = ["council", "Vienna", "met", "on", "Monday", "and", "approved", "a", "budget", "of", "42", "million", "euros"];
  const wordAt = (i: number) => words[(i * 7 + (i >> 3)) % words.length]!;

  it("refuses a 1 MB string quickly with the input error", () => {
    const text = Array.from({ length: 80_000 }, (_, i) => wordAt(i)).join(" ").padEnd(1_000_000, " x.").slice(0, 1_000_000);
    expect(text.length).toBe(1_000_000);
    const out = attempt(article("A very long article", text));
    expect(out.error).toBeInstanceOf(QuizgenInputError);
    expect(out.ms).toBeLessThan(FIXED_MS);
  });

  it("survives one giant sentence of nearly 200,000 characters within the time bound", () => {
    const text = `The ${Array.from({ length: 34_000 }, (_, i) => wordAt(i)).join(" ")}.`;
    expect(text.length).toBeGreaterThan(180_000);
    expect(text.length).toBeLessThan(200_000);
    const a = article("One sentence", text);
    const out = attempt(a);
    expect(out.ms).toBeLessThan(timeBound(a));
    if (out.deck) checkDeck(out.deck, text);
    else expect(typeof out.error?.code).toBe("string");
  });

  it("survives 180,000 characters of comma-spliced text within the time bound", () => {
    const text = Array.from({ length: 30_000 }, (_, i) => (i % 400 === 399 ? `${wordAt(i)}.` : `${wordAt(i)},`)).join(" ");
    const a = article("Comma splice", text.slice(0, 180_000));
    const out = attempt(a);
    expect(out.ms).toBeLessThan(timeBound(a));
    if (out.deck) checkDeck(out.deck, a.text);
  });
});
