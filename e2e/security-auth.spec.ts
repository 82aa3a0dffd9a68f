import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { expect, request as playwrightRequest, test, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_DB_FILE, expectNoSeriousA11yViolations } from "./helpers";

const ORIGIN = new URL(process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3200}`).origin;
const PASSWORD = "quiet-lantern-orbit-72";
let accounts = 0;

async function signUp(page: Page, name = "Sam Secure") {
  const email = `sec-${Date.now()}-${++accounts}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return email;
}

async function signInForm(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** One credentials sign-in through next-auth's own endpoint, as next-auth/react sends it; returns its error text or "ok". */
async function credentialsAttempt(api: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}, csrf?: string) {
  const csrfToken = csrf ?? ((await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/", json: "true" },
    headers,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "ok";
}

test("sign-out ends the session on the server: a copied cookie no longer works", async ({ page, browser }) => {
  await signUp(page);
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const stolen = await replay.newPage();
  expect(await (await stolen.request.get("/api/auth/session")).json()).toEqual({});
  await stolen.goto("/");
  await expect(stolen).toHaveURL(/\/login/);
  await replay.close();
});

test("redirects after sign-in stay on the app, and hostile callback URLs never 500", async ({ page }) => {
  const email = await signUp(page);
  for (const callbackUrl of ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "%0A", "%E3%80%80", "/decks%0A", "%EF%BC%8F%EF%BC%8Fevil.example", "javascript:alert(1)"]) {
    const response = await page.goto(`/login?callbackUrl=${callbackUrl}`);
    expect(response?.status(), callbackUrl).toBeLessThan(400);
    expect(new URL(page.url()).origin, callbackUrl).toBe(ORIGIN);
    expect(new URL(page.url()).pathname, callbackUrl).toBe("/");
  }
  await page.goto("/login?callbackUrl=%2Fsettings");
  await expect(page).toHaveURL(`${ORIGIN}/settings`);

  // next-auth's own redirect callback refuses another site too.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "https://evil.example/", json: "true" } });
  expect(new URL(((await signOut.json()) as { url: string }).url).origin).toBe(ORIGIN);

  // Signed out, the sign-in form's redirect obeys the same rule.
  await page.goto("/login?callbackUrl=/%09/evil.example");
  await signInForm(page, email, PASSWORD);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(page.url()).toBe(`${ORIGIN}/`);
});

test("next-auth's endpoints answer malformed requests with a short 4xx", async ({ request }) => {
  for (const path of ["/api/auth/session", "/api/auth/signout"]) {
    const response = await request.post(path, { data: "{bad", headers: { "content-type": "application/json" } });
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "INVALID_INPUT", message: "The request body is not valid JSON." } });
  }
  const callback = await request.get("/api/auth/callback/credentials");
  expect(callback.status()).toBe(405);
  expect(await callback.text()).not.toMatch(/Error:|at /);
  const huge = await request.post("/api/auth/callback/credentials", { form: { password: "x".repeat(20_000) } });
  expect(huge.status()).toBe(413);
});

test("sign-up refuses names with direction overrides or nothing visible, and says why", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Ada\u202Egpj.exe");
  await page.getByLabel("Email").fill(`bidi-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Names cannot contain text-direction control characters.")).toBeVisible();
  await page.getByLabel("Name").fill("\u200B\u3164");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a name with visible letters.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/security-signup-name.png", fullPage: true });
});

test("wrong current passwords on the settings page hit the sign-in limit", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  await page.waitForLoadState("networkidle");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Current password").fill(`wrong-current-${i}`);
    await page.getByLabel("New password").fill("another-lantern-orbit-73");
    await page.getByRole("button", { name: "Change password" }).click();
    // React resets the form when the action returns: fill the next try only after that.
    await expect(page.getByRole("button", { name: "Change password" })).toBeEnabled();
    await expect(page.locator("form").getByRole("alert").first()).toContainText("Your current password is not correct.");
  }
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("another-lantern-orbit-73");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("form").getByRole("alert").first()).toContainText("Too many failed sign-in attempts");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/security-settings-limit.png", fullPage: true });
});

test("a burst of parallel guesses through next-auth checks at most five, then the right password is refused from that address", async ({ page }) => {
  const email = await signUp(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => credentialsAttempt(api, email, `wrong-guess-${i}`, {}, csrfToken)));
  expect(results.filter((result) => result === "Incorrect email or password.").length).toBeLessThanOrEqual(5);
  expect(results.filter((result) => result.startsWith("Too many failed sign-in attempts")).length).toBeGreaterThanOrEqual(15);
  expect(await credentialsAttempt(api, email, PASSWORD)).toMatch(/^Too many failed sign-in attempts/);
  await api.dispose();

  // The browser shows the same refusal on the form.
  await page.goto("/login");
  await signInForm(page, email, PASSWORD);
  await expect(page.locator("form").getByRole("alert")).toHaveText("Too many failed sign-in attempts. Try again in a few minutes.");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/security-login-locked.png", fullPage: true });
});

// Last: it uses up this machine's per-address allowance on the shared server.
test("without a trusted proxy, a client's X-Forwarded-For buys no extra attempts", async () => {
  const api = await playwrightRequest.newContext({ baseURL: ORIGIN });
  const attempt = (i: number) => credentialsAttempt(api, `nobody-${i}@example.com`, "guess-123456", { "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `203.0.113.${i + 1}` });
  let last = "";
  for (let i = 0; i < 40 && !last.startsWith("Too many failed sign-in attempts from your network"); i++) last = await attempt(i);
  expect(last).toBe("Too many failed sign-in attempts from your network. Try again in a few minutes.");
  await api.dispose();
  // Give this machine its allowance back, so specs that run after this one can still sign in.
  const db = new Database(E2E_DB_FILE);
  db.prepare(`DELETE FROM "AuthThrottle" WHERE "key" LIKE 'address:%'`).run();
  db.close();
});

test.describe("behind a trusted proxy (FACTDECK_TRUSTED_PROXIES=1)", () => {
  const port = Number(process.env.E2E_PORT ?? 3200) + 1000;
  const dataDir = `.tmp/e2e-${port}`;
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
    const env = {
      ...process.env,
      DATABASE_URL: `file:./${dataDir}/factdeck.db`,
      FACTDECK_DATA_DIR: dataDir,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      FACTDECK_TRUSTED_PROXIES: "1",
    };
    expect(spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/setup.ts"], { env, stdio: "ignore" }).status).toBe(0);
    server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/api/health`).then((response) => response.ok, () => false);
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error("the proxied server did not start");
  });

  test.afterAll(() => {
    server?.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("the address the proxy saw is limited, and another client behind the same proxy is not", async () => {
    const api = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const from = (address: string, i: number) => credentialsAttempt(api, `nobody-${i}@example.com`, "guess-123456", { "x-forwarded-for": address });
    let last = "";
    for (let i = 0; i < 40 && !last.startsWith("Too many failed sign-in attempts from your network"); i++) last = await from("198.51.100.7", i);
    expect(last).toBe("Too many failed sign-in attempts from your network. Try again in a few minutes.");
    // A spoofed entry in front of the proxy's own does not change whom the proxy saw.
    expect(await from("203.0.113.250, 198.51.100.7", 99)).toMatch(/from your network/);
    expect(await from("198.51.100.8", 100)).toBe("Incorrect email or password.");
    await api.dispose();
  });
});
