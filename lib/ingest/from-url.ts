import { articleFromHtml } from "./html";
import { articleFromPlainText } from "./plain-text";
import { fetchArticlePage, DEFAULT_FETCH_POLICY, type FetchPolicy } from "./fetch-url";
import type { ImportedArticle } from "./types";

/** Fetches a URL safely and extracts its article (Readability for HTML). */
export async function articleFromUrl(url: string, policy: FetchPolicy = DEFAULT_FETCH_POLICY): Promise<ImportedArticle> {
  const page = await fetchArticlePage(url, policy);
  const fallbackTitle = new URL(page.url).hostname;
  const article = page.contentType === "html" ? articleFromHtml(page.body, fallbackTitle) : articleFromPlainText(page.body, fallbackTitle);
  return { ...article, sourceUrl: page.url };
}
