"use client";

import { useEffect, useState } from "react";

type LocalDateTimeProps = { value: Date | string; dateOnly?: boolean };

const withZone = (dateOnly: boolean, timeZone?: string): Intl.DateTimeFormatOptions => ({
  dateStyle: "medium",
  ...(dateOnly ? {} : { timeStyle: "short" }),
  ...(timeZone ? { timeZone } : {}),
});

/** A date in the viewer's own time zone; the server (which cannot know it) renders UTC until the browser takes over. */
export function LocalDateTime({ value, dateOnly = false }: LocalDateTimeProps) {
  const date = typeof value === "string" ? new Date(value) : value;
  const [text, setText] = useState(() => `${date.toLocaleString("en", withZone(dateOnly, "UTC"))}${dateOnly ? "" : " UTC"}`);
  useEffect(() => {
    setText(date.toLocaleString("en", { ...withZone(dateOnly), ...(dateOnly ? {} : { timeZoneName: "short" }) }));
  }, [date.getTime(), dateOnly]); // eslint-disable-line react-hooks/exhaustive-deps
  return <time dateTime={date.toISOString()}>{text}</time>;
}
