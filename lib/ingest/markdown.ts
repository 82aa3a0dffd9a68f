import type { ImportedArticle } from "./types";
import { findDateline } from "./dateline";

/** Plain prose from Markdown: headings, emphasis, links, images, code and list markers removed; the first heading is the title. */
export function articleFromMarkdown(markdown: string, fallbackTitle = ""): ImportedArticle {
  let title = "";
  const lines: string[] = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const heading = raw.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    let line = heading ? heading[1]! : raw;
    if (/^\s*([-*_]\s*){3,}$/.test(line)) continue;
    line = line
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/(\*\*|__)(.*?)\1/g, "$2")
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
      .replace(/^\s*>\s?/, "")
      .replace(/^\s*([-*+]|\d+[.)])\s+/, "");
    if (heading && !title) {
      title = line.trim();
      continue;
    }
    lines.push(line.trimEnd());
  }
  const text = lines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  const detectedDate = findDateline(text);
  return { title: title || fallbackTitle, text, ...(detectedDate && { detectedDate }) };
}
