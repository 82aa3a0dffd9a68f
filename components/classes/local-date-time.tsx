"use client";

import { useEffect, useState } from "react";
import { formatDate } from "@/lib/utils/date-format";

type LocalDateTimeProps = { value: Date | string; dateOnly?: boolean };

// dateStyle/timeStyle cannot be combined with timeZoneName, so the fields are spelled out.
const DATE: Intl.DateTimeFormatOptions = { year: "numeric", month: "short", day: "numeric" };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: "numeric", minute: "2-digit", timeZoneName: "short" };

export function formatDateTime(date: Date, { dateOnly = false, timeZone }: { dateOnly?: boolean; timeZone?: string } = {}) {
  return formatDate(date, "en", { ...(dateOnly ? DATE : DATE_TIME), ...(timeZone ? { timeZone } : {}) });
}

/** A date in the viewer's own time zone; the server (which cannot know it) renders UTC until the browser takes over. */
export function LocalDateTime({ value, dateOnly = false }: LocalDateTimeProps) {
  const date = typeof value === "string" ? new Date(value) : value;
  const time = date.getTime();
  const [text, setText] = useState(() => formatDateTime(date, { dateOnly, timeZone: "UTC" }));
  useEffect(() => setText(formatDateTime(new Date(time), { dateOnly })), [time, dateOnly]);
  return <time dateTime={date.toISOString()}>{text}</time>;
}
