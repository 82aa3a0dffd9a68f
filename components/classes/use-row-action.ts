"use client";

import { useState, useTransition } from "react";

type ActionResult = { ok?: boolean; message?: string };

/**
 * A list's per-row server action (remove a student, delete an assignment, restore a class): asks
 * first when `confirmText` is given, keeps the list disabled while it runs, and holds the refusal.
 */
export function useRowAction() {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function run(action: () => Promise<ActionResult>, failure: string, confirmText?: string) {
    if (confirmText && !window.confirm(confirmText)) return;
    startTransition(async () => {
      const result = await action();
      setError(result.ok ? null : (result.message ?? failure));
    });
  }
  return { pending, error, run };
}
