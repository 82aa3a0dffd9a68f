import { selfContained } from "../checks";
import { definite, findEvents } from "../events";
import { lookupPlace } from "../gazetteer";
import type { FactContext } from "../facts";
import { shuffle, type Rng } from "../random";
import type { Entity, Item, Pair } from "../types";
import { capitalise, makeItem } from "./shared";

const MAX_PAIRS = 5;

// "Richard Nixon → President": who held the top office is general knowledge, not the article's.
const HEAD_ROLE = /^(?:(?:U\.S\.|US|\p{Lu}\p{Ll}+)\s+)?(?:Vice\s+)?(?:President|Prime Minister|King|Queen|Chancellor|Premier|Pope|Emperor)$/u;
// "Financial Officer Michael Sears": a name that still holds a title word was cut from its role.
const TITLE_IN_NAME = /\b(?:Officer|Secretary|Undersecretary|Minister|Director|Chief|Chairman|President|Governor|Senator|General|Deputy|Administrator|Executive|Manager|Spokesman|Spokeswoman)\b/;

/** One key per role: "spokesman", "spokeswoman" and "spokesperson" are one role, so two such pairs are ambiguous. */
export function roleKey(role: string): string {
  return role
    .toLowerCase()
    .replace(/\bspokes(?:man|woman|person)\b/g, "spokesperson")
    .replace(/\bchair(?:man|woman|person)\b/g, "chair")
    .replace(/\s+/g, " ")
    .trim();
}

/** Cross-fact matching: person ↔ role, place ↔ containing place, event ↔ date; at least 3 pairs each. */
export function matchingItems(
  facts: FactContext[],
  entities: Entity[],
  stated: readonly { inner: string; outer: string }[],
  rng: Rng,
): Item[] {
  const items: Item[] = [];
  const factOf = (e: Entity) => facts.find((f) => f.fact.entities.includes(e.id));

  // "astronaut", "runner": a one-word common role fits several people of the article, so the pair is ambiguous.
  const people = entities.filter((e) => e.type === "PERSON" && e.role && /\s/.test(e.name) && !/^\p{Ll}+$/u.test(e.role));
  const roles = new Map<string, Entity>();
  for (const p of people) {
    if (!p.role || HEAD_ROLE.test(p.role) || TITLE_IN_NAME.test(p.name)) continue;
    const key = roleKey(p.role);
    if (!roles.has(key)) roles.set(key, p);
  }
  const rolePairs = [...roles.values()].slice(0, MAX_PAIRS);
  const first = rolePairs[0] && factOf(rolePairs[0]);
  if (rolePairs.length >= 3 && first) {
    items.push(build(first, "match-person-role", "Match each person to their role in the article.", rolePairs.map((p) => ({ left: p.name, right: p.role ?? "" })), rng, 0.86));
  }

  // "Valeriy Borchin of Russia", "Kenya's Linet Masai": the country the article gives each person.
  const byCountry = new Map<string, Entity>();
  for (const p of entities) {
    if (p.type !== "PERSON" || !p.nationality || !/\s/.test(p.name) || byCountry.has(p.nationality)) continue;
    // A head of state or government ("Russian President Vladimir Putin") is matched to a country by general knowledge.
    if (/\b(?:President|Prime Minister|Chancellor|King|Queen|Premier|Foreign Minister|Minister)\b/.test(p.role ?? "")) continue;
    byCountry.set(p.nationality, p);
  }
  const nationPairs = [...byCountry.values()].slice(0, MAX_PAIRS);
  const nationFact = nationPairs[0] && factOf(nationPairs[0]);
  if (nationPairs.length >= 3 && nationFact) {
    items.push(build(nationFact, "match-person-country", "Match each person to their country, as the article gives it.", nationPairs.map((p) => ({ left: p.name, right: p.nationality ?? "" })), rng, 0.85));
  }

  // Only containment the article states ("Anchorage, Alaska"): the gazetteer's is general knowledge.
  const byId = new Map(entities.map((e) => [e.id, e]));
  const containers = new Set<string>();
  const placePairs: Pair[] = [];
  let placeFact: FactContext | undefined;
  for (const { inner, outer } of stated) {
    const a = byId.get(inner);
    const b = byId.get(outer);
    if (!a || !b || containers.has(b.name) || placePairs.length >= MAX_PAIRS) continue;
    // "Los Angeles, California": a city the tagger knows by name lies where general knowledge puts it.
    if (lookupPlace(a.name) || (a.subtype === "city" && (b.subtype === "state" || b.subtype === "country"))) continue;
    containers.add(b.name);
    placePairs.push({ left: a.name, right: b.name });
    placeFact ??= factOf(a);
  }
  if (placePairs.length >= 3 && placeFact) {
    items.push(build(placeFact, "match-place-container", "Match each place to the country or region it is in.", placePairs, rng, 0.8));
  }

  const dated = datedEvents(facts);
  if (dated.length >= 3 && dated[0]) {
    items.push(
      build(dated[0].ctx, "match-event-date", "Match each event to its date.", dated.slice(0, MAX_PAIRS).map((d) => ({ left: d.label, right: d.dateText })), rng, 0.84),
    );
  }
  return items;
}

export interface DatedEvent {
  ctx: FactContext;
  label: string;
  dateText: string;
  value: string;
}

/** Events anchored to resolvable dates, one per date value, in article order. */
export function datedEvents(facts: FactContext[]): DatedEvent[] {
  const out: DatedEvent[] = [];
  const seen = new Set<string>();
  for (const ctx of facts) {
    for (const ev of findEvents(ctx)) {
      const value = ev.anchor.entity.value;
      if (ev.relation !== "when" || !value || !/^\d{4}/.test(value) || seen.has(value)) continue;
      if (!selfContained(definite(ev.text)).passed) continue;
      seen.add(value);
      out.push({ ctx, label: capitalise(definite(ev.text)), dateText: ev.anchor.mention.text, value });
      if (out.length >= 50) return out;
    }
  }
  return out;
}

function build(ctx: FactContext, rule: string, prompt: string, pairs: Pair[], rng: Rng, score: number): Item {
  const ordered = pairs.slice();
  return makeItem(ctx, "matching", {
    prompt,
    answer: ordered.map((p) => `${p.left} → ${p.right}`).join("; "),
    pairs: ordered,
    options: shuffle(ordered.map((p) => p.right), rng),
    rule,
    score,
    checks: [{ name: "pairs-distinct", passed: new Set(pairs.map((p) => p.right)).size === pairs.length, hard: true }],
  });
}
