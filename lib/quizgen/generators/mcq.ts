import { factual, notConjoined, notPossessiveBlank, notInList, answerInSource, articleAgreement, balanced, fewPronouns, noLeak, notGuessable, optionsDistinct, passesHard, reasonableLength, selfContained } from "../checks";
import { findDistractors } from "../distractors";
import type { FactContext } from "../facts";
import { takesThe } from "../gazetteer";
import { shuffle } from "../random";
import type { Item } from "../types";
import { answerable, blankOut, capitalise, makeItem, relatedNames, scoreItem, type GeneratorContext } from "./shared";

const SOURCE_WEIGHT = { article: 1, gazetteer: 0.97, bank: 0.95, synthetic: 0.92 } as const;

/**
 * Multiple choice on the cloze stem with three distractors when possible and never fewer than two:
 * an item without a defensible distractor set is dropped, not padded.
 */
export function mcqItems(ctx: FactContext, gen: GeneratorContext): Item[] {
  const items: Item[] = [];
  for (const { entity, mention } of answerable(ctx)) {
    if (entity.type === "PLACE" && entity.subtype === "region" && !entity.within?.length) continue;
    // A named thing ("Ingenuity Mars Helicopter") has no same-kind rivals in the article to offer.
    if (entity.type === "PHRASE") continue;
    const blank = blankOut(ctx, entity, mention);
    // Without its role a short stem admits other people ("_____ will head the Russian team").
    if (entity.type === "PERSON" && mention.titledStart !== undefined && blank.stem.split(/\s+/).length < 10) continue;
    let display = entity.type === "PERSON" ? entity.name : blank.answerText;
    if (entity.type === "PLACE" || entity.type === "ORG") {
      display = blank.absorbedThe && takesThe(entity.name) ? `the ${entity.name}` : entity.name;
      if (blank.absorbedThe && !takesThe(entity.name)) continue;
    }
    const distractors = findDistractors(gen.pool, {
      answer: entity,
      mention,
      display,
      stem: blank.stem,
      article: blank.absorbedThe,
      count: 3,
      rng: gen.rng,
    });
    if (distractors.length < 2) continue;
    const fix = (o: string) => (blank.atStart ? capitalise(o) : o);
    const answer = fix(display);
    const options = shuffle([answer, ...distractors.map((d) => fix(d.text))], gen.rng);
    const checks = [
      answerInSource(mention.text, ctx.sentence.text),
      selfContained(blank.stem),
      noLeak(blank.stem, entity, blank.answerText),
      notGuessable(blank.stem, entity, relatedNames(gen, entity)),
      optionsDistinct(options),
      articleAgreement(blank.stem, options),
      fewPronouns(blank.stem),
      reasonableLength(blank.stem),
      balanced(blank.stem),
      notInList(blank.stem),
      notConjoined(blank.stem, entity.type === "PERSON"),
      factual(blank.stem),
      ...(entity.type === "PERSON" ? [notPossessiveBlank(blank.stem)] : []),
    ];
    if (!checks.find((c) => c.name === "factual")?.passed) continue;
    if (!passesHard(checks)) continue;
    const weakest = Math.min(...distractors.map((d) => SOURCE_WEIGHT[d.source]));
    const full = distractors.length >= 3 ? 1 : 0.92;
    const synthetic = distractors.some((d) => d.source === "synthetic");
    items.push(
      makeItem(ctx, "mcq", {
        prompt: blank.stem,
        answer,
        options,
        rule: `mcq-${entity.type.toLowerCase()}-${distractors.map((d) => d.source).filter((s, i, a) => a.indexOf(s) === i).join("+")}`,
        score: scoreItem(0.86 * weakest * full, entity, ctx.sentence.index, checks),
        checks,
        ...(synthetic ? { synthetic } : {}),
      }),
    );
  }
  return items;
}
