"use client";

import Link from "next/link";
import { useActionState } from "react";
import { OptimizeSchedule } from "@/components/review/optimize-schedule";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import type { SrsSettings } from "@/lib/srs/settings";
import { saveScheduleAction, type ScheduleActionState } from "./actions";

type Props = {
  settings: SrsSettings & { weightsReviewCount: number | null; weightsUpdatedAt: string | null };
  reviewCount: number;
  minReviews: number;
  timeZones: string[];
};

export function SchedulePageClient({ settings, reviewCount, minReviews, timeZones }: Props) {
  const [state, action, pending] = useActionState<ScheduleActionState, FormData>(saveScheduleAction, {});
  const errors = state.errors ?? {};
  return (
    <div className="space-y-6">
      <div>
        <Link href="/settings" className="text-sm text-primary underline">
          Settings
        </Link>
        <h1 className="text-2xl font-semibold">Review schedule</h1>
      </div>
      <Card>
        <form action={action} className="max-w-xl space-y-4" aria-labelledby="schedule-title" noValidate>
          <h2 id="schedule-title" className="text-lg font-semibold">
            How your flashcards are scheduled
          </h2>
          {state.ok ? (
            <p role="status" className="text-sm text-success">
              {state.message}
            </p>
          ) : (
            <FormAlert message={state.message} />
          )}
          <Field label="Desired retention (%)" name="desiredRetentionPercent" type="number" min={70} max={97} step={1} defaultValue={Math.round(settings.desiredRetention * 100)} hint="How likely you want to be to remember a card when it comes due: 70 to 97. Higher means more reviews." errors={errors.desiredRetentionPercent} />
          <Field label="Maximum interval (days)" name="maximumIntervalDays" type="number" min={1} max={36500} defaultValue={settings.maximumIntervalDays} errors={errors.maximumIntervalDays} />
          <Field label="Learning steps" name="learningSteps" defaultValue={settings.learningSteps.join(" ")} hint='Waits before a new card graduates, e.g. "1m 10m".' errors={errors.learningSteps} />
          <Field label="Relearning steps" name="relearningSteps" defaultValue={settings.relearningSteps.join(" ")} hint='Waits after you forget a card, e.g. "10m".' errors={errors.relearningSteps} />
          <div className="flex flex-col gap-1">
            <label htmlFor="timeZone" className="text-sm font-medium">
              Time zone
            </label>
            <select id="timeZone" name="timeZone" defaultValue={settings.timeZone} className="min-h-10 rounded-md border border-border bg-bg px-3 py-2 text-sm" aria-describedby={errors.timeZone ? "timeZone-error" : undefined}>
              {timeZones.includes(settings.timeZone) ? null : <option value={settings.timeZone}>{settings.timeZone}</option>}
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
            {errors.timeZone && (
              <p id="timeZone-error" className="text-sm text-danger">
                {errors.timeZone.join(" ")}
              </p>
            )}
          </div>
          <Field label="Next day starts at (hour, 0-23)" name="dayStartHour" type="number" min={0} max={23} defaultValue={settings.dayStartHour} hint="Reviews done after midnight but before this hour still count for the previous day." errors={errors.dayStartHour} />
          <fieldset className="grid gap-4 sm:grid-cols-2">
            <legend className="mb-2 text-sm font-medium">Daily limits</legend>
            <Field label="New cards per deck" name="newPerDeck" type="number" min={0} max={9999} defaultValue={settings.newPerDeck} errors={errors.newPerDeck} />
            <Field label="Reviews per deck" name="reviewsPerDeck" type="number" min={0} max={9999} defaultValue={settings.reviewsPerDeck} errors={errors.reviewsPerDeck} />
            <Field label="New cards in all" name="newPerDay" type="number" min={0} max={9999} defaultValue={settings.newPerDay} errors={errors.newPerDay} />
            <Field label="Reviews in all" name="reviewsPerDay" type="number" min={0} max={9999} defaultValue={settings.reviewsPerDay} errors={errors.reviewsPerDay} />
          </fieldset>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save schedule"}
          </Button>
        </form>
      </Card>
      <OptimizeSchedule reviewCount={reviewCount} minReviews={minReviews} trainedOn={settings.weightsReviewCount} trainedAt={settings.weightsUpdatedAt} />
    </div>
  );
}
