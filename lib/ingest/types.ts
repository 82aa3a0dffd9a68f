export type ImportedArticle = {
  title: string;
  text: string;
  /** ISO day found in the page's metadata or in a dateline near the top of the text. */
  detectedDate?: string;
  sourceUrl?: string;
};
