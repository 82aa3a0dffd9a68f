import type { Item } from "./types";

/** A score kept to three decimals, so that output bytes never hang on the last bit of a product. */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Matching and ordering: items over several sentences of the article, not one. */
export function spansSentences(item: Pick<Item, "kind">): boolean {
  return item.kind === "matching" || item.kind === "ordering";
}
