import { requireSessionUser } from "@/lib/auth";
import { optimizeSrsWeights } from "@/lib/data/srs-settings-optimize";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { handleApi } from "@/lib/http/api-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** Trains the learner's FSRS parameters; answers NDJSON lines: {progress}, then {done} or {error}. */
export function POST() {
  return handleApi(async () => {
    const user = await requireSessionUser();
    const encoder = new TextEncoder();
    const stream = new ReadableStream({
      async start(controller) {
        const send = (event: object) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        try {
          const result = await optimizeSrsWeights(db, { userId: user.id, now: new Date(), onProgress: (progress) => send({ progress }) });
          send({ done: true, reviewCount: result.reviewCount });
        } catch (error) {
          if (!isAppError(error)) console.error("Optimizer failed", error);
          send({ error: { message: isAppError(error) ? error.message : "The optimizer failed. Your schedule is unchanged." } });
        } finally {
          controller.close();
        }
      },
    });
    return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
  });
}
