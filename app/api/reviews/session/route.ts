import { NextResponse } from "next/server";
import { z } from "zod";
import { requireSessionUser } from "@/lib/auth";
import { getReviewSession } from "@/lib/data/reviews-queue";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { idSchema } from "@/lib/validations/ids";

export const dynamic = "force-dynamic";

const querySchema = z.object({ deckId: idSchema.optional() });

/** What is due now: one deck (?deckId=) or every deck the learner studies. */
export function GET(request: Request) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const { deckId } = querySchema.parse({ deckId: new URL(request.url).searchParams.get("deckId") ?? undefined });
    return NextResponse.json(await getReviewSession(db, { userId: user.id, deckId, now: new Date() }));
  });
}
