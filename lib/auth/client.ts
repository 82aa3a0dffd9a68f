/**
 * next-auth's credentials sign-in and sign-out endpoints, called the way next-auth/react calls
 * them. Importing next-auth/react instead puts its whole client (and a regenerator runtime, about
 * 9 KB gzipped) into each page's first-load JavaScript.
 */
async function csrfToken(): Promise<string> {
  const response = await fetch("/api/auth/csrf");
  if (!response.ok) throw new Error(`csrf: HTTP ${response.status}`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

function post(path: string, fields: Record<string, string>): Promise<Response> {
  return fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams(fields),
  });
}

/** Signs in with email and password; `error` is next-auth's error (our message, or "CredentialsSignin"), null on success. */
export async function signInWithCredentials(credentials: { email: string; password: string }): Promise<{ error: string | null }> {
  const response = await post("/api/auth/callback/credentials", {
    ...credentials,
    csrfToken: await csrfToken(),
    callbackUrl: window.location.href,
    json: "true",
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  if (!url) return { error: "CredentialsSignin" };
  return { error: new URL(url, window.location.href).searchParams.get("error") };
}

/** Ends this session on the server (next-auth's sign-out, which also clears the cookie). */
export async function signOutOfServer(): Promise<void> {
  const response = await post("/api/auth/signout", { csrfToken: await csrfToken(), callbackUrl: "/login", json: "true" });
  if (!response.ok) throw new Error(`sign-out: HTTP ${response.status}`);
}
