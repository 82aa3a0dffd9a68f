import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { handleApi } from "@/lib/http/api-response";
import { articleFromUrl } from "@/lib/ingest/from-url";
import { ingestError } from "@/lib/ingest/ingest-error";
import { MAX_ARTICLE_CHARS, MAX_UPLOAD_BYTES } from "@/lib/ingest/limits";
import { readCappedBody } from "@/lib/http/read-bounded-body";
import type { ImportedArticle } from "@/lib/ingest/types";
import { articleFromUpload } from "@/lib/ingest/upload";
import { urlExtractSchema } from "@/lib/validations/deck";

export const dynamic = "force-dynamic";

const MULTIPART_OVERHEAD = 64 * 1024;

async function fromRequest(request: Request): Promise<ImportedArticle> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const body = await readCappedBody(request, MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD, "The file is larger than 2 MB. Upload a smaller file or paste the article text.");
    const form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } }).formData();
    const file = form.get("file");
    if (!(file instanceof Blob) || !("name" in file)) throw ingestError("Choose a .txt, .md or .html file to upload.");
    return articleFromUpload({ name: String(file.name).slice(0, 255), bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  const body = await readCappedBody(request, 8 * 1024, "The request is too large.");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw ingestError("The request is not valid JSON.");
  }
  return articleFromUrl(urlExtractSchema.parse(json).url);
}

/**
 * Reads an uploaded file or fetches a URL and returns the article (title, text, detected date)
 * for the user to check before generating. Nothing is stored.
 */
export function POST(request: Request) {
  return handleApi(async () => {
    await requireSessionUser();
    const article = await fromRequest(request);
    if (!article.text.trim()) throw ingestError("No article text was found. Paste the text instead.");
    if (article.text.length > MAX_ARTICLE_CHARS) throw ingestError("The article is longer than 200,000 characters. Split it into parts.");
    return NextResponse.json({ article });
  });
}
