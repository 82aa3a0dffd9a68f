import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { getDeckForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { deckParamsSchema } from "@/lib/validations/ids";

export const dynamic = "force-dynamic";

export function GET(_request: Request, context: { params: Promise<{ deckId: string }> }) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const { deckId } = deckParamsSchema.parse(await context.params);
    return NextResponse.json({ deck: await getDeckForUser(db, { userId: user.id, deckId }) });
  });
}
