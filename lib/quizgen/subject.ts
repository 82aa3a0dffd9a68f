import type { FactContext } from "./facts";
import type { Entity, Sentence } from "./types";

/** What the person resolver reads: the headline, the sentences and the entities of one article. */
export interface PersonContext {
  title: string;
  sentences: readonly Sentence[];
  entities: readonly Entity[];
}

export type Gender = "male" | "female";

// Per article (entity list): the people each sentence names, computed once.
const peopleBySentence = new WeakMap<readonly Entity[], Map<number, Entity[]>>();

/** The people named in sentence `index`, in order of first mention. */
export function peopleIn(index: number, entities: readonly Entity[]): Entity[] {
  let map = peopleBySentence.get(entities);
  if (!map) {
    map = new Map();
    for (const e of entities) {
      if (e.type !== "PERSON") continue;
      for (const m of e.mentions) {
        const list = map.get(m.sentence) ?? [];
        if (!list.includes(e)) list.push(e);
        map.set(m.sentence, list);
      }
    }
    peopleBySentence.set(entities, map);
  }
  return map.get(index) ?? [];
}

/** A person's known gender agrees with the pronoun's (an unknown gender agrees with either). */
export function agrees(person: Pick<Entity, "gender">, want: Gender): boolean {
  return person.gender === undefined || person.gender === want;
}

// A name that is more than a name ("Jill Biden's Cancer Moonshot") is not safe to write in.
const PLAIN_FULL_NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3}$/u;
const PLAIN_SURNAME = /^\p{Lu}\p{Ll}[\p{Ll}'’-]{2,}$/u;

/**
 * The one person a "he" / "she" in sentence `index` refers to, or undefined when the article does not
 * make it unambiguous. The nearest of the two sentences before it (the second only within the same
 * paragraph) that names anyone decides: exactly one person there of that gender or of unknown gender
 * (people of the other known gender do not compete), with a plain full name (or a surname the article
 * names three times or more). When neither sentence names
 * anyone, a biography's subject — a headline that is a person's name the article keeps using — is meant,
 * when the article gives them that gender (by name, or by using that pronoun most).
 */
export function previousPerson(index: number, want: Gender, ctx: PersonContext): string | undefined {
  const paragraph = ctx.sentences[index]?.paragraph;
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    if (k < index - 1 && paragraph !== undefined && ctx.sentences[k]?.paragraph !== paragraph) break;
    const named = peopleIn(k, ctx.entities);
    if (named.length === 0) continue;
    // The nearest sentence naming anyone decides: a "she" after a sentence naming only men is not resolved further back.
    const fits = named.filter((e) => agrees(e, want));
    const person = fits[0];
    if (!person || fits.length !== 1) return undefined;
    // A surname alone ("Bianchi", when two Bianchis share it) only for someone the article keeps naming.
    const plain = PLAIN_FULL_NAME.test(person.name) || (PLAIN_SURNAME.test(person.name) && person.mentions.length >= 3);
    return plain && !/['’]s\b/.test(person.name) ? person.name : undefined;
  }
  return titlePerson(ctx, want);
}

/** The headline is a person's name the article opens with and keeps using ("Antonín Dvořák" … "Dvořák" …). */
export function titlePerson(ctx: PersonContext, want?: Gender): string | undefined {
  const title = ctx.title.trim();
  if (!/^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(title)) return undefined;
  const surname = title.split(/\s+/).pop()!;
  if (ctx.entities.some((e) => e.type !== "PERSON" && [e.name, ...e.aliases].some((n) => n.includes(surname)) && !title.includes(e.name))) return undefined;
  const first = title.split(/\s+/)[0]!;
  const subject = ctx.entities.find((e) => e.type === "PERSON" && (e.name === title || e.aliases.includes(title) || (e.name.startsWith(`${first} `) && e.name.endsWith(` ${surname}`))));
  // A biography mostly says "she" or mostly "he" of its subject; a "He" about her father (Zaha Hadid's) must not become her.
  if (want && (subject?.gender ?? pronounMajority(ctx.sentences)) !== want) return undefined;
  const uses = ctx.sentences.filter((x) => new RegExp(`\\b${surname}\\b`, "u").test(x.text)).length;
  return ctx.sentences[0]?.text.includes(surname) && uses >= 3 ? title : undefined;
}

/** "female" when the article says she / her at least twice as often as he / his / him (and twice or more), and the reverse. */
function pronounMajority(sentences: readonly Sentence[]): Gender | undefined {
  let she = 0;
  let he = 0;
  for (const s of sentences) {
    she += (s.text.match(/\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/g) ?? []).length;
    he += (s.text.match(/\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b/g) ?? []).length;
  }
  if (she >= 2 && she >= 2 * he) return "female";
  if (he >= 2 && he >= 2 * she) return "male";
  return undefined;
}

/**
 * Name completion (Choi et al. 2021): a clause that opens with "He" or "She" is read with the one person
 * {@link previousPerson} finds in its place — "She is the first African woman to win …" → "Wangari
 * Maathai is the first African woman to win …"; with no such person the clause is left as it is (and the
 * pronoun then drops it). Returns a context whose statement carries the name and whose start is moved
 * back by the length added, so that every mention keeps its offset in the statement; the deck's facts
 * keep the text as written.
 */
export function namedSubjects(facts: readonly FactContext[], sentences: readonly Sentence[], entities: readonly Entity[], title = ""): Map<FactContext, FactContext> {
  const out = new Map<FactContext, FactContext>();
  const ctx: PersonContext = { title, sentences, entities };
  for (const fact of facts) {
    const lead = /^(He|She)\s/.exec(fact.fact.statement);
    const index = fact.sentence.index;
    if (!lead || index === 0 || fact.fact.start !== fact.sentence.start) continue;
    const name = previousPerson(index, lead[1] === "He" ? "male" : "female", ctx);
    if (!name) continue;
    const statement = `${name}${fact.fact.statement.slice(lead[1]!.length)}`;
    const shift = statement.length - fact.fact.statement.length;
    out.set(fact, { ...fact, fact: { ...fact.fact, statement, start: fact.fact.start - shift } });
  }
  return out;
}
