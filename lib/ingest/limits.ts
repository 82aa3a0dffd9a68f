/** Import limits, shared by the form (hints), the validation and the fetcher. */
export const MAX_ARTICLE_CHARS = 200_000;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_TITLE_CHARS = 200;
export const MAX_URL_CHARS = 2_000;
export const URL_TIMEOUT_MS = 10_000;
export const URL_MAX_REDIRECTS = 3;
export const URL_MAX_BYTES = 2 * 1024 * 1024;
export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;
