import type { ImportedArticle } from "./types";
import { findDateline } from "./dateline";

/** A .txt file: the first non-empty line is the title (as the quizgen CLI reads it), the rest the body. */
export function articleFromPlainText(content: string, fallbackTitle = ""): ImportedArticle {
  const lines = content.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "").split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const hasBody = first >= 0 && lines.slice(first + 1).some((line) => line.trim() !== "");
  const title = hasBody ? lines[first]!.trim() : fallbackTitle;
  const text = (hasBody ? lines.slice(first + 1) : lines).join("\n").trim();
  const detectedDate = findDateline(text);
  return { title, text, ...(detectedDate && { detectedDate }) };
}
