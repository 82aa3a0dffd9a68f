import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { findDateline } from "./dateline";
import type { ImportedArticle } from "./types";

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,dt,dd";

/** Text of an element's block children, one paragraph per line pair, whitespace collapsed. */
function blockText(root: Element): string {
  const blocks = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const lines = (blocks.length ? blocks : [root]).map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim());
  return lines.filter(Boolean).join("\n\n");
}

function metaDate(document: Document): string | undefined {
  const selectors = [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    "time[datetime]",
  ];
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute("content") ?? el?.getAttribute("datetime");
    const day = value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
    if (day) return day;
  }
  return undefined;
}

/**
 * The article inside a saved web page, through Mozilla Readability on a server-side DOM
 * (linkedom), so menus, footers and ads stay out. Falls back to the body text when Readability
 * finds no article.
 */
export function articleFromHtml(html: string, fallbackTitle = ""): ImportedArticle {
  const { document } = parseHTML(html);
  const dateFromMeta = metaDate(document as unknown as Document);
  const headTitle = (document.querySelector("title")?.textContent ?? "").trim();
  const headline = (document.querySelector("h1")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let text = "";
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(content.body as unknown as Element);
  }
  if (!text) {
    const { document: again } = parseHTML(html);
    again.querySelectorAll("script,style,noscript,nav,header,footer,aside,form").forEach((el) => el.remove());
    text = again.body ? blockText(again.body as unknown as Element) : "";
  }
  // A page's h1 is its headline; <title> often carries the site name too ("Site | Headline").
  const title = headline || (parsed?.title ?? "").trim() || headTitle || fallbackTitle;
  if (text.startsWith(`${title}\n`)) text = text.slice(title.length).trimStart();
  const published = parsed?.publishedTime?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? dateFromMeta ?? findDateline(text);
  return { title, text, ...(published && { detectedDate: published }) };
}
