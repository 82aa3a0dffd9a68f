import { expect, test, type Page } from "@playwright/test";
import { DEMO_DECK, DEMO_STUDENT, expectNoSeriousA11yViolations, signIn } from "./helpers";

/** A learner of their own: the quiz journey, which runs earlier as the demo student, feeds the demo student's schedule too. */
async function signUpLearner(page: Page) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Rita Reviewer");
  await page.getByLabel("Email").fill(`reviewer-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("amber-kettle-sonnet-58");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
}

const count = async (page: Page, label: string) => Number(await page.getByLabel("Cards left").getByText(label, { exact: true }).locator("xpath=following-sibling::dd").textContent());

test("review the demo deck from the keyboard, undo once, survive a dropped connection, see the stats", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpLearner(page);
  await page.getByRole("link", { name: new RegExp(DEMO_DECK) }).first().click();
  await page.getByRole("link", { name: "Study flashcards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Review: ${DEMO_DECK}` })).toBeVisible();
  const newAtStart = await count(page, "New");
  expect(newAtStart).toBeGreaterThan(8);
  expect(newAtStart).toBeLessThanOrEqual(20);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/review-front.png", fullPage: true });

  await page.keyboard.press("Space");
  await expect(page.getByLabel("Answer")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Again \(1\) 1m$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Good \(3\) 10m$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Read it in the article/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/review-back.png", fullPage: true });

  const ratings = ["3", "1", "4", "3", "2"];
  const saved: Promise<unknown>[] = [];
  for (const key of ratings) {
    const question = await page.getByLabel("Question").textContent();
    saved.push(page.waitForResponse((response) => response.url().includes("/api/reviews") && response.request().method() === "POST" && response.ok()));
    await page.keyboard.press("Enter");
    await page.keyboard.press(key);
    await expect(page.getByLabel("Question")).not.toHaveText(question ?? "");
  }
  await Promise.all(saved);
  expect(await count(page, "New")).toBe(newAtStart - ratings.length);

  const beforeUndo = await page.getByLabel("Question").textContent();
  await page.keyboard.press("z");
  await expect(page.getByRole("status").filter({ hasText: 'Undid your "Hard" rating.' })).toBeVisible();
  await expect(page.getByLabel("Question")).not.toHaveText(beforeUndo ?? "");
  expect(await count(page, "New")).toBe(newAtStart - ratings.length + 1);

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.screenshot({ path: "test-results/review-help.png" });
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await page.keyboard.press("?");
  // The dialog opens after React renders; an Escape sent before that would close nothing.
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  // Quick toggles: a close event still queued from the last toggle must not shut the reopened help.
  for (let press = 0; press < 3; press++) await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  // "?" right after Escape, before the dialog's close event: it reopens the help.
  await page.keyboard.press("Escape");
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();

  // Offline: the rating is kept (localStorage) and sent with the same id once the network is back.
  const offlineQuestion = await page.getByLabel("Question").textContent();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Answer")).toBeVisible();
  await page.context().setOffline(true);
  await page.keyboard.press("3");
  await expect(page.getByLabel("Question")).not.toHaveText(offlineQuestion ?? "");
  await expect(page.getByText(/You seem to be offline/)).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("factdeck.pendingReviews.v1") ?? "[]").length)).toBe(1);
  await page.context().setOffline(false);
  await expect(page.getByText(/You seem to be offline/)).toBeHidden({ timeout: 20_000 });
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("factdeck.pendingReviews.v1") ?? "[]").length)).toBe(0);

  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1, name: "Stats" })).toBeVisible();
  // 5 ratings, one undone, one sent after the connection came back.
  await expect(page.getByText("Reviews in all").locator("xpath=following-sibling::p[1]")).toHaveText("5");
  await expect(page.getByText(/^1 day$/)).toBeVisible();
  await expect(page.getByRole("img", { name: /Cards due over the next 30 days/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/stats.png", fullPage: true });

  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review everything due" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/review-all.png", fullPage: true });
});

test("the review API: 401 signed out, 422 malformed, 404 unknown fact, same id answers the stored result, a different payload is 422", async ({ page, playwright }) => {
  await signIn(page, DEMO_STUDENT);
  const signedOut = await playwright.request.newContext();
  const url = (path: string) => new URL(path, test.info().project.use.baseURL).toString();
  expect((await signedOut.post(url("/api/reviews"), { data: { id: crypto.randomUUID(), factId: "x", rating: 3 } })).status()).toBe(401);
  await signedOut.dispose();

  const session = await page.request.get("/api/reviews/session");
  const { cards } = (await session.json()) as { cards: { factId: string }[] };
  const factId = cards[0]!.factId;
  const id = crypto.randomUUID();
  expect((await page.request.post("/api/reviews", { data: { id, factId, rating: 7 } })).status()).toBe(422);
  expect((await page.request.post("/api/reviews", { data: "not json", headers: { "content-type": "application/json" } })).status()).toBe(422);
  expect((await page.request.post("/api/reviews", { data: { id, factId: "no-such-fact", rating: 3 } })).status()).toBe(404);
  const first = await page.request.post("/api/reviews", { data: { id, factId, rating: 3 } });
  expect(first.status()).toBe(200);
  const stored = (await first.json()) as { due: string; replayed: boolean };
  expect(Date.parse(stored.due)).toBeGreaterThan(Date.now() - 60_000);
  const replay = await page.request.post("/api/reviews", { data: { id, factId, rating: 3 } });
  expect(await replay.json()).toMatchObject({ due: stored.due, replayed: true });
  expect((await page.request.post("/api/reviews", { data: { id, factId, rating: 1 } })).status()).toBe(422);
  expect((await page.request.post("/api/reviews/bench-insert", { data: { id: crypto.randomUUID(), factId, rating: 3 } })).status()).toBe(404);
});

test("schedule settings: reached from Settings, validated, saved; the optimizer waits for 400 reviews", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  await page.goto("/settings");
  await page.getByRole("link", { name: "Change the review schedule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review schedule" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Desired retention (%)").fill("60");
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByText("Use 70 or more.")).toBeVisible();
  await page.getByLabel("Desired retention (%)").fill("85");
  await page.getByLabel("Learning steps", { exact: true }).fill("2m 15m");
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("85");
  await expect(page.getByLabel("Learning steps", { exact: true })).toHaveValue("2m 15m");
  await expect(page.getByRole("button", { name: "Optimize my schedule" })).toBeDisabled();
  await expect(page.getByText(/Available after 400 reviews/)).toBeVisible();
  await page.screenshot({ path: "test-results/settings-schedule.png", fullPage: true });
});
