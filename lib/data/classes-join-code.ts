import "server-only";
import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or copied from a board survives. */
export const JOIN_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const JOIN_CODE_LENGTH = 8;

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The forms a typed code may be stored under: as typed (the seeded "DEMO-2025") and without spaces or dashes. */
export function joinCodeCandidates(normalised: string): string[] {
  const compact = normalised.replace(/[\s-]/g, "");
  return [...new Set([normalised, compact])];
}
