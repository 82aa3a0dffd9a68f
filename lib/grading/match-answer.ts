import { distance } from "fastest-levenshtein";
import { parseDate, sameDate, type DateParts } from "./dates";
import { knownPlaceNames } from "./known-names";
import { answerTokens, comparableTokens, isNumberToken } from "./normalize";

export type AnswerKey = {
  answer: string;
  alternatives?: readonly string[];
  /** The question, whose unit words ("How many hours…") the learner may repeat after a number. */
  prompt?: string;
  /** The article: a surname alone is accepted when the article also names the person by surname alone. */
  context?: string;
  /** Other names the article mentions (people, places, organisations): a typo may not land on one. */
  otherNames?: readonly string[];
};

export type MatchVia = "exact" | "number" | "date" | "name" | "typo";
export type MatchResult = { correct: true; via: MatchVia } | { correct: false; via: null };

const WRONG: MatchResult = { correct: false, via: null };
const UNIT_WORDS = new Set(
  "hour hours day days week weeks month months year years minute minutes second seconds decade decades century centuries percent people person times km kilometres kilometers miles mile dollars dollar euros euro".split(
    " ",
  ),
);
const MAX_RESPONSE_LENGTH = 300;

/** Edit distance a typo may have: none for short words, about one per four to five letters after. */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 11) return 2;
  return 3;
}

function joined(tokens: readonly string[]): string {
  return tokens.join(" ");
}

function numbersOf(tokens: readonly string[]): string[] {
  return tokens.filter(isNumberToken).sort();
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function singular(word: string): string {
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** A name is a person's when it is two to four capitalised words ("Vladimir Putin", "Viktor Orbán"). */
function looksLikePersonName(text: string): boolean {
  return /^(\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+$/u.test(text.trim());
}

/** Surname forms of a full name that the article itself uses on their own ("… said Putin"). */
function surnameForms(name: string, context: string | undefined): string[] {
  if (!context || !looksLikePersonName(name)) return [];
  const words = name.trim().split(/\s+/);
  const surname = words[words.length - 1]!;
  const given = words.slice(0, -1).join(" ");
  const standalone = new RegExp(`(?<!${escapeRegExp(given)}\\s)\\b${escapeRegExp(surname)}\\b`, "u");
  return standalone.test(context) ? [surname] : [];
}

/** Full names in the article that end with a surname the key gives alone ("Trump" → "Donald Trump"). */
function fullNameForms(name: string, context: string | undefined): string[] {
  if (!context || !/^\p{Lu}[\p{L}'’-]+$/u.test(name.trim())) return [];
  const pattern = new RegExp(`\\b((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})${escapeRegExp(name.trim())}\\b`, "gu");
  return [...context.matchAll(pattern)].flatMap((match) => {
    const given = match[1]!.trim().split(/\s+/);
    return given.map((_, index) => `${given.slice(index).join(" ")} ${name.trim()}`);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function tokensOverlapAsSameEntity(a: readonly string[], b: readonly string[]): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length > 0 && shorter.every((token) => longer.includes(token));
}

/**
 * Grades a typed answer against the stored answer and its alternatives, tolerantly and
 * predictably: case, punctuation, diacritics, articles, titles, number words, date forms,
 * surname-only mentions and small typos are accepted; a different number, date or named
 * entity never is.
 */
export function matchTypedAnswer(rawResponse: string, key: AnswerKey): MatchResult {
  const response = rawResponse.slice(0, MAX_RESPONSE_LENGTH);
  const responseTokens = comparableTokens(response);
  if (responseTokens.length === 0) return WRONG;

  const accepted = [key.answer, ...(key.alternatives ?? [])].filter((form) => form.trim().length > 0);
  const namesByArticle = accepted.flatMap((form) => [...surnameForms(form, key.context), ...fullNameForms(form, key.context)]);
  const acceptedTokens = accepted.map(comparableTokens);
  const nameTokens = namesByArticle.map(comparableTokens);
  const responseText = joined(responseTokens);

  if (acceptedTokens.some((tokens) => joined(tokens) === responseText)) return { correct: true, via: "exact" };
  if (nameTokens.some((tokens) => joined(tokens) === responseText)) return { correct: true, via: "name" };

  const responseDate = parseDate(response);
  const acceptedDates = accepted.map(parseDate).filter((date): date is DateParts => date !== null);
  if (responseDate && acceptedDates.length > 0) return sameDate(responseDate, acceptedDates) ? { correct: true, via: "date" } : WRONG;
  if (acceptedDates.length > 0 && acceptedDates.length === accepted.length) return WRONG;

  const responseNumbers = numbersOf(responseTokens);
  const numericForms = acceptedTokens.filter((tokens) => numbersOf(tokens).length > 0);
  if (responseNumbers.length > 0 || numericForms.length === acceptedTokens.length) {
    return matchesNumber(responseTokens, acceptedTokens, key) ? { correct: true, via: "number" } : WRONG;
  }

  return matchesWithTypo(responseText, [...acceptedTokens, ...nameTokens], key) ? { correct: true, via: "typo" } : WRONG;
}

/** Numbers must be exactly the answer's; extra words may only be units the question or answer uses. */
function matchesNumber(responseTokens: string[], acceptedTokens: string[][], key: AnswerKey): boolean {
  const allowedUnits = new Set(
    [key.prompt ?? "", key.answer, ...(key.alternatives ?? [])]
      .flatMap((text) => answerTokens(text))
      .filter((token) => UNIT_WORDS.has(token))
      .map(singular),
  );
  const responseNumbers = numbersOf(responseTokens);
  return acceptedTokens.some((tokens) => {
    if (!sameMultiset(responseNumbers, numbersOf(tokens))) return false;
    const words = new Set(tokens.filter((token) => !isNumberToken(token)).map(singular));
    return responseTokens
      .filter((token) => !isNumberToken(token))
      .every((token) => words.has(singular(token)) || allowedUnits.has(singular(token)));
  });
}

let placeTokens: string[][] | null = null;

function knownPlaceTokens(): string[][] {
  placeTokens ??= knownPlaceNames().map(comparableTokens);
  return placeTokens;
}

/** A near miss is accepted only if no other known name is at least as near to what was typed. */
function matchesWithTypo(responseText: string, acceptedTokens: string[][], key: AnswerKey): boolean {
  let best = Number.POSITIVE_INFINITY;
  for (const tokens of acceptedTokens) {
    const form = joined(tokens);
    const gap = distance(responseText, form);
    if (gap <= typoAllowance(Math.min(form.length, responseText.length)) && gap < best) best = gap;
  }
  if (!Number.isFinite(best)) return false;

  const responseTokens = responseText.split(" ");
  const others = [...(key.otherNames ?? []).map(comparableTokens), ...knownPlaceTokens()]
    .filter((tokens) => tokens.length > 0 && !acceptedTokens.some((form) => tokensOverlapAsSameEntity(form, tokens)));
  return !others.some((tokens) => {
    const name = joined(tokens);
    if (distance(responseText, name) <= best) return true;
    // a typed surname against another person's surname ("Rubo" is Rubio, not Rubin)
    const surname = tokens[tokens.length - 1]!;
    return responseTokens.length === 1 && tokens.length > 1 && distance(responseText, surname) <= best;
  });
}
