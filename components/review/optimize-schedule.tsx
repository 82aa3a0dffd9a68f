"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { resetWeightsAction } from "@/app/(app)/settings/schedule/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";

type Props = { reviewCount: number; minReviews: number; trainedOn: number | null; trainedAt: string | null };

/** "Optimize my schedule": streams the optimizer's progress from /api/reviews/optimize. */
export function OptimizeSchedule({ reviewCount, minReviews, trainedOn, trainedAt }: Props) {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const enough = reviewCount >= minReviews;

  async function optimize() {
    setMessage(null);
    setProgress(0);
    try {
      const response = await fetch("/api/reviews/optimize", { method: "POST" });
      if (!response.body) throw new Error("No response");
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const event = JSON.parse(line) as { progress?: number; done?: boolean; error?: { message: string }; reviewCount?: number };
          if (event.progress !== undefined) setProgress(event.progress);
          if (event.error) setMessage({ ok: false, text: event.error.message });
          if (event.done) setMessage({ ok: true, text: `Your schedule now uses parameters trained on ${event.reviewCount} reviews.` });
        }
      }
    } catch {
      setMessage({ ok: false, text: "The optimizer could not be reached. Your schedule is unchanged." });
    } finally {
      setProgress(null);
      router.refresh();
    }
  }

  async function reset() {
    const result = await resetWeightsAction();
    setMessage({ ok: Boolean(result.ok), text: result.message ?? "" });
    router.refresh();
  }

  return (
    <Card className="space-y-3" aria-labelledby="optimize-title">
      <h2 id="optimize-title" className="text-lg font-semibold">
        Optimize my schedule
      </h2>
      <p className="text-sm text-muted-fg">
        Trains the FSRS model on your own review history so intervals fit your memory. {enough ? `You have ${reviewCount} reviews.` : `Available after ${minReviews} reviews; you have ${reviewCount}.`}
      </p>
      <p className="text-sm">{trainedOn ? `Using your own parameters, trained on ${trainedOn} reviews${trainedAt ? ` on ${new Date(trainedAt).toLocaleDateString()}` : ""}.` : "Using the default FSRS parameters."}</p>
      {progress !== null && (
        <div className="h-2 w-full overflow-hidden rounded bg-muted" role="progressbar" aria-label="Optimizing" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(progress * 100)}>
          <div className="h-full bg-primary" style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
      )}
      {message && (message.ok ? <p role="status" className="text-sm text-success">{message.text}</p> : <FormAlert message={message.text} />)}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void optimize()} disabled={!enough || progress !== null}>
          {progress !== null ? "Optimizing…" : "Optimize my schedule"}
        </Button>
        {trainedOn !== null && (
          <Button variant="secondary" onClick={() => void reset()} disabled={progress !== null}>
            Reset to defaults
          </Button>
        )}
      </div>
    </Card>
  );
}
