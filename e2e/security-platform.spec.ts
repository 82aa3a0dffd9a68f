import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_STUDENT, DEMO_TEACHER, E2E_DB_FILE, expectNoSeriousA11yViolations, signIn } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3200);

/** Collects CSP violations from the page (the event) and from the console (Chromium's report). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return violations;
}

function privateDeckOfTeacher(): string {
  const db = new Database(E2E_DB_FILE);
  try {
    const teacher = db.prepare("SELECT id FROM User WHERE email = ?").get("teacher@factdeck.test") as { id: string };
    const id = "secplatprivatedeck0000001";
    const now = new Date().toISOString();
    db.prepare("INSERT OR IGNORE INTO Deck (id, ownerId, title, description, visibility, createdAt, updatedAt) VALUES (?, ?, ?, '', 'PRIVATE', ?, ?)").run(
      id,
      teacher.id,
      "Teacher's private notes",
      now,
      now,
    );
    return id;
  } finally {
    db.close();
  }
}

test("pages carry a nonce CSP and security headers, and no script is blocked while using the app", async ({ page }) => {
  const violations = await watchCsp(page);
  const login = await page.goto("/login");
  const csp = login!.headers()["content-security-policy"] ?? "";
  const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
  expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'$/);
  expect(login!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(login!.headers()["x-frame-options"]).toBe("DENY");
  // Without an https NEXTAUTH_URL there is no HSTS (it would pin plain-http hosting).
  expect(login!.headers()["strict-transport-security"]).toBeUndefined();

  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
  const inline = await page.locator("script:not([src])").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  expect(new Set(inline)).toEqual(new Set([nonce]));
  const second = await page.request.get("/login");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);

  await signIn(page, DEMO_TEACHER);
  for (const path of ["/", "/decks", "/review", "/quizzes", "/stats", "/settings", "/no-such-page"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Decks" }).first().click();
  await page.getByRole("link", { name: /Budapest/ }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Client-side code ran (hydration): the theme toggle responds.
  await page.evaluate(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(violations).toEqual([]);

  for (const path of ["/api/auth/session", "/api/health", "/api/decks"]) {
    const response = await page.request.get(path);
    expect.soft(response.headers()["cache-control"], path).toBe("no-store");
  }
});

test("unknown addresses and decks that are not yours answer 404 with the app's header and navigation", async ({ page, browser }) => {
  const someoneElses = privateDeckOfTeacher();
  await signIn(page, DEMO_STUDENT);
  for (const path of ["/no-such-page", "/decks/nonexistent", `/decks/${someoneElses}`]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decks" })).toBeVisible();
    await expect(page.getByText("Teacher's private notes")).toHaveCount(0);
  }
  await page.screenshot({ path: "test-results/not-found-signed-in.png", fullPage: true });
  await expectNoSeriousA11yViolations(page);

  const context = await browser.newContext();
  const anonymous = await context.newPage();
  const response = await anonymous.goto("/no-such-page");
  expect(response!.status()).toBe(404);
  await expect(anonymous.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(anonymous.getByRole("link", { name: "Sign in" })).toBeVisible();
  await anonymous.screenshot({ path: "test-results/not-found-signed-out.png", fullPage: true });
  await expectNoSeriousA11yViolations(anonymous);
  await context.close();
});

test("malformed requests get a short 4xx, never a 500", async ({ page }) => {
  const undecodable = await page.request.get("/api/decks/%ZZ");
  expect(undecodable.status()).toBe(400);
  expect(await undecodable.json()).toEqual({ error: { code: "BAD_REQUEST", message: "The address is not valid." } });

  // A real server action id, taken from the sign-up form's own request.
  await page.goto("/signup");
  const actionRequest = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByRole("button", { name: "Create account" }).click();
  const actionId = (await actionRequest).headers()["next-action"]!;
  const post = (body: string | Buffer, contentType: string) =>
    page.request.post("/signup", { headers: { "next-action": actionId, "content-type": contentType, origin: new URL(page.url()).origin }, data: body });

  expect((await post('{"not": "an action"}', "application/json")).status()).toBe(415);
  expect((await post("{broken", "text/plain;charset=UTF-8")).status()).toBe(400);
  expect((await post("null", "text/plain;charset=UTF-8")).status()).toBe(400);
  expect((await post("garbage", "multipart/form-data; boundary=xyz")).status()).toBe(400);
  const huge = await post(Buffer.alloc(5 * 1024 * 1024, "a"), "text/plain;charset=UTF-8");
  expect(huge.status()).toBe(413);
  expect(await huge.json()).toEqual({ error: { code: "TOO_LARGE", message: "The form is too large (at most 1 MB)." } });
});

test("signing out from another host name for the same server stays on that host", async ({ page }) => {
  const other = `http://localhost:${PORT}`;
  await signIn(page, DEMO_TEACHER, { origin: other });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${other}/login`);

  await signIn(page, DEMO_TEACHER);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`http://127.0.0.1:${PORT}/login`);
});
