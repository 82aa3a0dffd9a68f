import { factual, notInList, notPossessiveBlank, specificPlace, answerInSource, balanced, fewPronouns, noLeak, notGuessable, passesHard, reasonableLength, selfContained } from "../checks";
import type { FactContext } from "../facts";
import type { Item } from "../types";
import { alternativesFor, answerable, sentenceAlternatives, blankOut, makeItem, relatedNames, scoreItem, type GeneratorContext } from "./shared";

/** One fill-in-the-blank item per answerable mention of the fact. */
export function clozeItems(ctx: FactContext, gen: GeneratorContext): Item[] {
  const items: Item[] = [];
  for (const { entity, mention } of answerable(ctx)) {
    const blank = blankOut(ctx, entity, mention);
    // "_____ is the first of six …" → "The mission": a description is no answer.
    if (/^the\s+\p{Ll}/iu.test(blank.answerText)) continue;
    // Without its role a short stem admits other people ("_____ will head the Russian team").
    if (entity.type === "PERSON" && mention.titledStart !== undefined && blank.stem.split(/\s+/).length < 10) continue;
    const checks = [
      answerInSource(blank.answerText, ctx.sentence.text),
      selfContained(blank.stem),
      noLeak(blank.stem, entity, blank.answerText),
      notGuessable(blank.stem, entity, relatedNames(gen, entity)),
      fewPronouns(blank.stem),
      reasonableLength(blank.stem),
      balanced(blank.stem),
      notInList(blank.stem),
      specificPlace(entity),
      factual(blank.stem),
      ...(entity.type === "PERSON" ? [notPossessiveBlank(blank.stem)] : []),
    ];
    // "A successful negotiation could lead to … between _____ and Russia": a possibility is no fact to recall.
    if (!checks.find((c) => c.name === "factual")?.passed) continue;
    if (!passesHard(checks)) continue;
    items.push(
      makeItem(ctx, "cloze", {
        prompt: blank.stem,
        answer: blank.answerText,
        alternatives: [...new Set([...alternativesFor(entity, blank.answerText), ...sentenceAlternatives(ctx, entity)])].filter((a) => a !== blank.answerText),
        rule: `cloze-${entity.type.toLowerCase()}`,
        score: scoreItem(0.8, entity, ctx.sentence.index, checks),
        checks,
      }),
    );
  }
  return items;
}
