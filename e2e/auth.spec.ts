import { expect, test } from "@playwright/test";
import { DEMO_DECK, DEMO_STUDENT, DEMO_TEACHER, signIn } from "./helpers";

test("sign up, sign out, sign in, see the demo deck, sign out everywhere: the old cookie is refused", async ({ page, browser }) => {
  const email = `learner-${Date.now()}@example.com`;
  const password = "quiet-lantern-orbit-72";

  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole("link", { name: "Create an account" }).click();

  const form = page.locator("form");
  await page.getByLabel("Name").fill("Lena Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("This password is too common")).toBeVisible();

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Lena Learner" })).toBeVisible();
  await expect(page.getByText("No assignments yet")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, email, { password: "wrong-password-1", expectSignedIn: false });
  await expect(page.locator("form").getByRole("alert")).toHaveText("Incorrect email or password.");
  await signIn(page, email, { password });
  await expect(page.getByRole("heading", { name: "Welcome, Lena Learner" })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(DEMO_DECK) })).toBeVisible();
  await page.screenshot({ path: "test-results/home.png", fullPage: true });

  await page.getByRole("link", { name: new RegExp(DEMO_DECK) }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_DECK })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Questions \(\d+\)$/ })).toBeVisible();

  const oldCookies = await page.context().cookies();
  expect(oldCookies.some((cookie) => cookie.name.includes("next-auth.session-token"))).toBe(true);

  await page.getByRole("link", { name: "Lena Learner" }).click();
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(oldCookies);
  const stolen = await replay.newPage();
  await stolen.goto("/");
  await expect(stolen).toHaveURL(/\/login/);
  const session = await stolen.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  await replay.close();
});

test("the demo student sees the demo assignment, on a phone-width screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO_STUDENT);
  await expect(page.getByRole("heading", { name: "Your assignments" })).toBeVisible();
  await expect(page.getByText("Demo class")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Review" })).toBeVisible();
  await page.screenshot({ path: "test-results/home-phone.png", fullPage: true });
  // Every section stays on screen on the narrowest phones: the links wrap rather than scroll away.
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 844 });
    for (const link of await nav.getByRole("link").all()) {
      const box = (await link.boundingBox())!;
      expect(box.x + box.width, `${await link.textContent()} at ${width}px`).toBeLessThanOrEqual(width);
    }
  }
});

test("a teacher sees Classes in the navigation, and dark mode persists", async ({ page }) => {
  await signIn(page, DEMO_TEACHER);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Classes" })).toBeVisible();
  await page.getByRole("button", { name: /Switch to dark theme/ }).click();
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.screenshot({ path: "test-results/home-dark.png", fullPage: true });
});

test("security headers are sent and the health route reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("the decks API checks the session itself and answers errors as JSON", async ({ page, request }) => {
  const anonymous = await request.get("/api/decks");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });

  await signIn(page, DEMO_STUDENT);
  await expect(page.getByRole("heading", { name: "Your assignments" })).toBeVisible();
  const list = await page.request.get("/api/decks");
  expect(list.status()).toBe(200);
  const { decks } = (await list.json()) as { decks: { id: string; title: string }[] };
  expect(decks.map((deck) => deck.title)).toContain(DEMO_DECK);

  const invalid = await page.request.get("/api/decks/'%20OR%201=1");
  expect(invalid.status()).toBe(422);
  const missing = await page.request.get("/api/decks/someone-elses-private-deck");
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
});

test("the keyboard reaches every header control, with a visible focus ring", async ({ page }) => {
  await signIn(page, DEMO_TEACHER);
  await expect(page.getByRole("heading", { name: "Welcome, Demo Teacher" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();

  const reached: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    reached.push((await focused.getAttribute("aria-label")) ?? (await focused.innerText()).trim());
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  }
  expect(reached).toEqual(
    expect.arrayContaining(["Factdeck", "Decks", "Review", "Quizzes", "Stats", "Classes", "Demo Teacher", "Sign out"]),
  );
});
