import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { listDecksForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { readCappedBody } from "@/lib/http/read-bounded-body";
import { deckCreateSchema, deckSearchSchema } from "@/lib/validations/deck";
import { ingestError } from "@/lib/ingest/ingest-error";

export const dynamic = "force-dynamic";

// 200,000 characters of text can take up to 4 bytes each in UTF-8, plus JSON escaping.
const MAX_CREATE_BYTES = 1_200_000;

export function GET(request: Request) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const { q } = deckSearchSchema.parse({ q: new URL(request.url).searchParams.get("q") ?? undefined });
    return NextResponse.json({ decks: await listDecksForUser(db, { userId: user.id, query: q }) });
  });
}

/** Generates a deck from an article on the server; answers with the new deck and the generation time. */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const body = await readCappedBody(request, MAX_CREATE_BYTES, "The article is longer than 200,000 characters. Split it into parts.");
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw ingestError("The request is not valid JSON.");
    }
    const { sourceUrl, ...article } = deckCreateSchema.parse(json);
    // Imported here: the generator's language model is 50+ MB of heap that GET /api/decks should not load.
    const { createDeckFromArticle } = await import("@/lib/data/deck-create");
    const result = await createDeckFromArticle(db, { userId: user.id, article, ...(sourceUrl && { sourceUrl }) });
    return NextResponse.json(result, { status: 201 });
  });
}
