/** Entity types the annotator produces. PHRASE is a key noun phrase (an event such as "the phone call"). */
export type EntityType =
  | "PERSON"
  | "PLACE"
  | "ORG"
  | "DATE"
  | "DURATION"
  | "NUMBER"
  | "MONEY"
  | "PERCENT"
  | "PHRASE";

export type ItemKind = "cloze" | "mcq" | "true_false" | "short_answer" | "matching" | "ordering";

export interface ArticleInput {
  title: string;
  text: string;
  /** Publication date; resolves relative and year-less dates. ISO string or Date. */
  publishedAt?: Date | string;
}

/** A typed entity from another deck, offered as an extra distractor candidate. */
export interface BankEntity {
  type: EntityType;
  name: string;
  subtype?: string;
  role?: string;
}

export interface GenerateOptions {
  seed: number;
  bank?: readonly BankEntity[];
  maxItems?: number;
  /** Longest text accepted, in characters; default MAX_TEXT_LENGTH (200,000). Benchmarks raise it. */
  maxLength?: number;
}

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** Ends with terminal punctuation; fragments (headings, list lines) yield no items. */
  complete: boolean;
}

export interface Mention {
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Start of the mention including a stripped title ("President Donald Trump"). */
  titledStart?: number;
  role?: string;
  /** Used as a modifier ("the U.S. delegation"), so not a standalone answer. */
  modifier?: boolean;
  possessive?: boolean;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Subtype: PLACE country|city|region; DATE day|month|year|week|decade; NUMBER unit noun. */
  subtype?: string;
  role?: string;
  /** PERSON: country from a demonym role ("Kenyan runner") or "X of Kenya". */
  nationality?: string;
  /** PERSON: from the first name, when the lexicon knows it. */
  gender?: "female" | "male";
  /** Names of places that contain this one (Budapest ⊂ Hungary). */
  within?: string[];
  /** Resolved value: ISO date for DATE, number for NUMBER/MONEY/PERCENT/DURATION (as text). */
  value?: string;
  mentions: Mention[];
}

export interface Fact {
  id: string;
  sentence: number;
  statement: string;
  start: number;
  end: number;
  entities: string[];
}

export interface CheckResult {
  name: string;
  passed: boolean;
  /** Hard checks drop the item when they fail; soft checks lower its score. */
  hard: boolean;
  detail?: string;
}

export interface Pair {
  left: string;
  right: string;
}

export interface Item {
  id: string;
  kind: ItemKind;
  prompt: string;
  answer: string;
  alternatives?: string[];
  options?: string[];
  truth?: boolean;
  pairs?: Pair[];
  sequence?: string[];
  fact: string;
  source: { sentence: string; start: number; end: number };
  rule: string;
  score: number;
  checks: CheckResult[];
  /** Some options or the false statement were synthesised (nearby dates/numbers). */
  synthetic?: boolean;
}

export interface Deck {
  sentences: Sentence[];
  entities: Entity[];
  facts: Fact[];
  items: Item[];
  warnings: string[];
}
