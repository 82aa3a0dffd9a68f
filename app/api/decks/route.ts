import { NextResponse } from "next/server";
import { requireSessionUser } from "@/lib/auth";
import { listDecksForUser } from "@/lib/data/decks";
import { db } from "@/lib/db";
import { handleApi } from "@/lib/http/api-response";

export const dynamic = "force-dynamic";

export function GET() {
  return handleApi(async () => {
    const user = await requireSessionUser();
    return NextResponse.json({ decks: await listDecksForUser(db, { userId: user.id }) });
  });
}
