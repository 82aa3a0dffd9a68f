import { analyse } from "@/lib/quizgen";
import type { ReferenceContext } from "@/lib/quizgen/decontext";

/** What standAlone needs to resolve a stem's references: the article analysed as the generator does. */
export function referenceContext(title: string, text: string): ReferenceContext {
  const a = analyse({ title, text });
  return { title, sentences: a.sentences, entities: a.entities };
}

/** A bare cloze item, for the stem checks that look at kind, prompt and answer only. */
export const clozeItem = (prompt: string, answer = "x") => ({ kind: "cloze", prompt, answer });
