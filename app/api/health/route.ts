import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { DEFAULT_DATABASE_URL } from "@/lib/db/client";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth({ db, databaseUrl: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL });
  return NextResponse.json(health, {
    status: health.database === "up" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
