import { answerInSource, noLeak, notGuessable, optionsDistinct, passesHard, reasonableLength, selfContained } from "../checks";
import { findDistractors } from "../distractors";
import { definite, findEvents, type EventPhrase } from "../events";
import type { FactContext } from "../facts";
import { shuffle } from "../random";
import type { Item } from "../types";
import { BLANK, capitalise, makeItem, relatedNames, scoreItem, type GeneratorContext } from "./shared";

const WHICH_VP = /^(?:,\s*(?:on|in|at)\s+[^,]+)*,\s+which\s+(\p{Ll}+(?:ed|ew|ook|on|ost|egan|ended|as|ere|ad)\b[^,;."”]*)/u;

/**
 * Items restated from an event phrase, so that a sentence whose subject dangles ("This decision follows
 * a phone call on October 16") still yields "The phone call took place on ___." and its outcome.
 */
export function eventItems(ctx: FactContext, gen: GeneratorContext): Item[] {
  const items: Item[] = [];
  const events = findEvents(ctx);
  const seen = new Set<string>();
  for (const ev of events) {
    const np = capitalise(definite(ev.text));
    if (!selfContained(np).passed) continue;
    const { entity, mention } = ev.anchor;
    if (entity.type === "DATE" && (entity.subtype === "week" || entity.subtype === "weekday")) continue;
    const prep = entity.type === "PLACE" ? "in" : entity.subtype === "day" ? "on" : "in";
    const stem = `${np} ${ev.future ? "will take" : "took"} place ${prep} ${BLANK}.`;
    const checks = [
      answerInSource(mention.text, ctx.sentence.text),
      noLeak(stem, entity, mention.text),
      notGuessable(stem, entity, relatedNames(gen, entity)),
      reasonableLength(stem),
    ];
    if (!passesHard(checks)) continue;
    items.push(
      makeItem(ctx, "cloze", {
        prompt: stem,
        answer: mention.text,
        alternatives: [entity.name].filter((n) => n !== mention.text),
        rule: `cloze-event-${ev.relation}`,
        score: scoreItem(0.8, entity, ctx.sentence.index, checks),
        checks,
      }),
    );
    const distractors = findDistractors(gen.pool, { answer: entity, mention, display: mention.text, stem, article: false, count: 3, rng: gen.rng });
    if (distractors.length >= 2) {
      const options = shuffle([mention.text, ...distractors.map((d) => d.text)], gen.rng);
      const mcqChecks = [...checks, optionsDistinct(options)];
      if (passesHard(mcqChecks)) {
        const synthetic = distractors.some((d) => d.source === "synthetic");
        items.push(
          makeItem(ctx, "mcq", {
            prompt: stem,
            answer: mention.text,
            options,
            rule: `mcq-event-${ev.relation}`,
            score: scoreItem(synthetic ? 0.8 : 0.85, entity, ctx.sentence.index, mcqChecks),
            checks: mcqChecks,
            ...(synthetic ? { synthetic } : {}),
          }),
        );
      }
    }
    const outcome = outcomeStatement(ctx, ev, events);
    if (outcome && !seen.has(outcome)) {
      seen.add(outcome);
      const tfChecks = [selfContained(outcome), reasonableLength(outcome)];
      if (passesHard(tfChecks)) {
        items.push(
          makeItem(ctx, "true_false", {
            prompt: outcome,
            answer: "True",
            truth: true,
            rule: "tf-event-outcome",
            score: scoreItem(0.76, undefined, ctx.sentence.index, tfChecks),
            checks: tfChecks,
          }),
        );
      }
    }
  }
  return items;
}

function outcomeStatement(ctx: FactContext, ev: EventPhrase, events: EventPhrase[]): string | undefined {
  const anchors = events.filter((e) => e.text === ev.text).map((e) => e.anchor.mention.end);
  const after = ctx.sentence.text.slice(Math.max(...anchors) - ctx.sentence.start);
  const m = WHICH_VP.exec(after);
  if (!m) return undefined;
  const place = events.find((e) => e.text === ev.text && e.relation === "where");
  const where = place ? ` in ${place.anchor.mention.text}` : "";
  return `${capitalise(definite(ev.text))}${where} ${(m[1] ?? "").trim()}.`;
}
