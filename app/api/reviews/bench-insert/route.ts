import { randomInt } from "node:crypto";
import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { apiError, handleApi } from "@/lib/http/api-response";
import { reviewSubmissionSchema } from "@/lib/validations/review";
import { readJsonBody } from "../_lib/json-body";

export const dynamic = "force-dynamic";

// Unique per process: the (card, fromVersion) constraint must not reject a baseline insert.
let nextVersion = randomInt(1_000_000, 1_000_000_000);

/**
 * The baseline of `npm run bench:reviews`: the same session check, body parsing and validation
 * as POST /api/reviews, then one plain Prisma insert. A 404 unless the server was started with
 * FACTDECK_BENCH_ROUTES=1 (only bench/reviews.ts sets it), so a production server never exposes it.
 */
export function POST(request: Request) {
  if (process.env.FACTDECK_BENCH_ROUTES !== "1") return apiError(404, "NOT_FOUND", "Not found.");
  return handleApi(async () => {
    const user = await requireSessionUser();
    const review = reviewSubmissionSchema.parse(await readJsonBody(request, 2_000));
    const card = request.headers.get("x-bench-card") ?? "";
    const now = new Date();
    await db.reviewLog.create({
      data: { id: review.id, userId: user.id, factId: review.factId, cardId: card, fromVersion: nextVersion++, rating: review.rating, source: "BENCH", state: 0, due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reviewedAt: now, nextDue: now },
    });
    return NextResponse.json({ id: review.id, due: now.toISOString() });
  });
}
