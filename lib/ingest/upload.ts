import { articleFromHtml } from "./html";
import { ingestError } from "./ingest-error";
import { MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS } from "./limits";
import { articleFromMarkdown } from "./markdown";
import { articleFromPlainText } from "./plain-text";
import type { ImportedArticle } from "./types";

export type UploadedFile = { name: string; bytes: Uint8Array };

function extensionOf(name: string): string {
  return name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
}

/** UTF-8 text of a file, or a clear error for binary or mis-encoded content. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw ingestError("The file is not UTF-8 text. Save it as UTF-8 (or paste the text) and try again.");
  }
  if (text.includes("\u0000")) throw ingestError("The file looks binary. Upload a .txt, .md or .html file.");
  return text;
}

/** An uploaded .txt, .md or .html file as an article; HTML goes through Readability. */
export function articleFromUpload({ name, bytes }: UploadedFile): ImportedArticle {
  const extension = extensionOf(name);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    throw ingestError("Upload a .txt, .md or .html file.");
  }
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw ingestError("The file is larger than 2 MB. Upload a smaller file or paste the article text.");
  if (bytes.byteLength === 0) throw ingestError("The file is empty.");
  const text = decodeText(bytes);
  const fallbackTitle = name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " ").trim();
  if (extension === ".html" || extension === ".htm") return articleFromHtml(text, fallbackTitle);
  if (extension === ".md") return articleFromMarkdown(text, fallbackTitle);
  return articleFromPlainText(text, fallbackTitle);
}
