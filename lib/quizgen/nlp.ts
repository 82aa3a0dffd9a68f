import nlp from "compromise";

export interface Token {
  text: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

interface CompromiseTerm {
  text: string;
  tags?: string[];
}

/** Longer sentences get no NLP: they make poor questions and would dominate the run time. */
export const MAX_NLP_SENTENCE = 1200;

/** Tokenises and POS-tags one sentence with compromise; offsets are absolute. */
export function tagSentence(text: string, offset: number): Token[] {
  if (text.length > MAX_NLP_SENTENCE) return [];
  const json = nlp(text).json({ offset: true }) as { terms?: CompromiseTerm[] }[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentence of json) {
    for (const term of sentence.terms ?? []) {
      if (!term.text) continue;
      const at = text.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      tokens.push({ text: term.text, start: offset + at, end: offset + cursor, tags: new Set(term.tags ?? []) });
    }
  }
  return tokens;
}

/** Verb forms through compromise: "led" → "lead", "lead" → "led" / "leads". */
export function conjugate(verb: string, form: "infinitive" | "past" | "present"): string {
  const doc = nlp(verb).verbs();
  if (form === "infinitive") return doc.toInfinitive().text() || verb;
  if (form === "past") return doc.toPastTense().text() || verb;
  return doc.toPresentTense().text() || verb;
}
