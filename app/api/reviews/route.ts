import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { submitReview } from "@/lib/data/reviews";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { reviewSubmissionSchema } from "@/lib/validations/review";
import { readJsonBody } from "./_lib/json-body";

export const dynamic = "force-dynamic";

/** Records one flashcard rating; safe to retry with the same id. */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const review = reviewSubmissionSchema.parse(await readJsonBody(request, 2_000));
    const result = await submitReview(db, { ...review, userId: user.id, source: "REVIEW", now: new Date() });
    return NextResponse.json({ ...result, due: result.due.toISOString() });
  });
}
