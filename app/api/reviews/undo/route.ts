import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { undoReview } from "@/lib/data/reviews-undo";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { reviewUndoSchema } from "@/lib/validations/review";
import { readJsonBody } from "../_lib/json-body";

export const dynamic = "force-dynamic";

/** Takes back the latest rating of a card (the review screen's Z). */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const { id } = reviewUndoSchema.parse(await readJsonBody(request, 1_000));
    const result = await undoReview(db, { userId: user.id, id, now: new Date() });
    return NextResponse.json({ ...result, due: result.due.toISOString() });
  });
}
