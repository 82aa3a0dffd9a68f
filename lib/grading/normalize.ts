/** Lower case, no diacritics, one kind of apostrophe and dash. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—−]/g, "-");
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000 };
const DIGITS = /^\d+(\.\d+)?$/;

function isNumberWord(token: string): boolean {
  return token in UNITS || token in TENS || token === "hundred" || token in SCALES;
}

/** Turns runs of number words and digits into one digit token: "two and a half" → "2.5", "1 million" → "1000000". */
function numberize(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!isNumberWord(first) && !DIGITS.test(first) && !(first === "a" && tokens[i + 1] === "half")) {
      out.push(first);
      i += 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let seenDigits = false;
    let j = i;
    while (j < tokens.length) {
      const token = tokens[j]!;
      if (DIGITS.test(token)) {
        if (j > i) break;
        current = Number(token);
        seenDigits = true;
      } else if (token in UNITS && !seenDigits) current += UNITS[token]!;
      else if (token in TENS && !seenDigits) current += TENS[token]!;
      else if (token === "hundred") current = (current || 1) * 100;
      else if (token in SCALES) {
        total += (current || 1) * SCALES[token]!;
        current = 0;
      } else if (token === "and" && tokens[j + 1] === "a" && tokens[j + 2] === "half" && j > i) {
        current += 0.5;
        j += 3;
        break;
      } else if (token === "a" && tokens[j + 1] === "half" && j === i) {
        current = 0.5;
        j += 2;
        break;
      } else if (token === "and" && j > i && tokens[j + 1] !== undefined && isNumberWord(tokens[j + 1]!) && !seenDigits) {
        // "one hundred and five"
      } else break;
      j += 1;
    }
    out.push(String(total + current));
    i = j;
  }
  return out;
}

/** "10 %", "10 percent", "10 per cent" → "10%". */
function joinPercent(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = out[out.length - 1];
    const isNumber = previous !== undefined && DIGITS.test(previous);
    if (isNumber && (token === "%" || token === "percent" || token === "pct")) out[out.length - 1] = `${previous}%`;
    else if (isNumber && token === "per" && tokens[i + 1] === "cent") {
      out[out.length - 1] = `${previous}%`;
      i += 1;
    } else out.push(token);
  }
  return out;
}

/**
 * Canonical tokens of an answer: folded case and diacritics, no punctuation ("U.S." → "us"),
 * number words as digits, ordinals and percentages in one form. Articles stay (see dropArticles).
 */
export function answerTokens(text: string): string[] {
  const cleaned = foldText(text)
    .replace(/&/g, " and ")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/(\d)(st|nd|rd|th)\b/g, "$1")
    .replace(/(\d)\.(\d)/g, "$1\u0001$2")
    .replace(/\./g, "")
    .replace(/\u0001/g, ".")
    .replace(/'s\b/g, "")
    .replace(/%/g, " % ")
    .replace(/[^\p{L}\p{N}%.\s]/gu, " ");
  const tokens = cleaned.split(/\s+/).filter(Boolean);
  return joinPercent(numberize(tokens));
}

const ARTICLES = new Set(["the", "a", "an"]);

export function dropArticles(tokens: string[]): string[] {
  const kept = tokens.filter((token) => !ARTICLES.has(token));
  return kept.length > 0 ? kept : tokens;
}

const LEADING_PREPOSITIONS = new Set(["in", "on", "at", "by", "from", "since", "during"]);

export function dropLeadingPreposition(tokens: string[]): string[] {
  return tokens.length > 1 && LEADING_PREPOSITIONS.has(tokens[0]!) ? tokens.slice(1) : tokens;
}

const TITLES = [
  ["secretary", "of", "state"],
  ["prime", "minister"],
  ["foreign", "minister"],
  ["vice", "president"],
  ["president"],
  ["presidents"],
  ["minister"],
  ["chancellor"],
  ["senator"],
  ["governor"],
  ["general"],
  ["king"],
  ["queen"],
  ["pope"],
  ["mr"],
  ["mrs"],
  ["ms"],
  ["dr"],
  ["sir"],
];

/** "President Donald Trump" → "donald trump"; a bare title is kept. */
export function dropLeadingTitles(tokens: string[]): string[] {
  let rest = tokens;
  for (let changed = true; changed; ) {
    changed = false;
    for (const title of TITLES) {
      if (rest.length > title.length && title.every((word, index) => rest[index] === word)) {
        rest = rest.slice(title.length);
        changed = true;
      }
    }
  }
  return rest;
}

export function isNumberToken(token: string): boolean {
  return /^\d+(\.\d+)?%?$/.test(token);
}

/** The comparable form of an answer: tokens without articles, leading prepositions or titles. */
export function comparableTokens(text: string): string[] {
  return dropLeadingTitles(dropLeadingPreposition(dropArticles(answerTokens(text))));
}
