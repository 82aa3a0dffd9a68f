import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { submitReviewBatch } from "@/lib/data/reviews-batch";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { reviewBatchSchema } from "@/lib/validations/review";
import { readJsonBody } from "../_lib/json-body";

export const dynamic = "force-dynamic";

/** Stores a client's queued ratings: all of them, or none. */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const { reviews } = reviewBatchSchema.parse(await readJsonBody(request, 100_000));
    const results = await submitReviewBatch(db, { userId: user.id, reviews, now: new Date() });
    return NextResponse.json({ results: results.map((result) => ({ ...result, due: result.due.toISOString() })) });
  });
}
