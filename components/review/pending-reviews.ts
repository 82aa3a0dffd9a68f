export type PendingReview = { id: string; factId: string; rating: number; itemId: string | null; durationMs: number };

const KEY = "factdeck.pendingReviews.v1";

/** Ratings not yet acknowledged by the server survive a reload or a lost connection. */
export function loadPending(): PendingReview[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as PendingReview[]) : [];
  } catch {
    return [];
  }
}

export function savePending(pending: PendingReview[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Storage full or blocked: the in-memory queue still retries while the page is open.
  }
}

export type SentReview = { id: string; due: string; leech: boolean };
export type SendOutcome = { ok: true; results: SentReview[] } | { ok: false; retry: boolean; message: string };

async function post(url: string, body: unknown): Promise<Response> {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function messageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}.`;
}

/** Sends queued ratings (one, or a batch that is stored all-or-nothing). Retrying with the same ids never counts twice. */
export async function sendPending(pending: PendingReview[]): Promise<SendOutcome> {
  try {
    const response = pending.length === 1 ? await post("/api/reviews", pending[0]) : await post("/api/reviews/batch", { reviews: pending });
    if (response.ok) {
      const body = (await response.json()) as { results?: SentReview[] } & Partial<SentReview>;
      return { ok: true, results: body.results ?? [{ id: body.id ?? "", due: body.due ?? "", leech: Boolean(body.leech) }] };
    }
    return { ok: false, retry: response.status >= 500 || response.status === 409 || response.status === 429, message: await messageOf(response) };
  } catch {
    return { ok: false, retry: true, message: "You seem to be offline. Your ratings are kept and will be sent when the connection is back." };
  }
}

export async function sendUndo(id: string): Promise<{ ok: true; due: string } | { ok: false; message: string }> {
  try {
    const response = await post("/api/reviews/undo", { id });
    if (response.ok) return { ok: true, due: ((await response.json()) as { due: string }).due };
    return { ok: false, message: await messageOf(response) };
  } catch {
    return { ok: false, message: "Could not reach the server to undo. Try again." };
  }
}

export async function sendSuspension(factId: string, suspended: boolean): Promise<{ ok: boolean; message?: string }> {
  try {
    const response = await post("/api/reviews/suspension", { factId, suspended });
    return response.ok ? { ok: true } : { ok: false, message: await messageOf(response) };
  } catch {
    return { ok: false, message: "Could not reach the server. Try again." };
  }
}
