import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { setCardSuspended } from "@/lib/data/card-suspension";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";
import { cardSuspensionSchema } from "@/lib/validations/review";
import { readJsonBody } from "../_lib/json-body";

export const dynamic = "force-dynamic";

/** Suspends or unsuspends one fact for the signed-in learner. */
export function POST(request: Request) {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const input = cardSuspensionSchema.parse(await readJsonBody(request, 1_000));
    return NextResponse.json(await setCardSuspended(db, { userId: user.id, ...input, now: new Date() }));
  });
}
