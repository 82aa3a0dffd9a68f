import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { deleteDeck } from "@/lib/data/deck-owner";
import { getDeckOverview } from "@/lib/data/deck-overview";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { deckParamsSchema } from "@/lib/validations/ids";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ deckId: string }> };

/** The deck as any reader may see it: questions without answers. */
export function GET(_request: Request, context: Context) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const { deckId } = deckParamsSchema.parse(await context.params);
    return NextResponse.json({ deck: await getDeckOverview(db, { userId: user.id, deckId }) });
  });
}

export function DELETE(_request: Request, context: Context) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const { deckId } = deckParamsSchema.parse(await context.params);
    await deleteDeck(db, { userId: user.id, deckId });
    return new Response(null, { status: 204 });
  });
}
