import fs from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_DECK, DEMO_STUDENT, expectNoSeriousA11yViolations, signIn } from "./helpers";

/** Presses Tab until `target` has focus: the page is driven by the keyboard alone. */
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function demoDeckId(page: Page): Promise<string> {
  await page.goto("/decks");
  const href = await page.getByRole("link", { name: new RegExp(DEMO_DECK) }).first().getAttribute("href");
  const id = href?.match(/\/decks\/([^/?#]+)/)?.[1];
  if (!id) throw new Error("demo deck link not found");
  return id;
}

/** In the page: remembers when Enter (which submits every answer in these tests) was last pressed. */
function recordEnterPresses() {
  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter") (window as unknown as { lastEnterAt: number }).lastEnterAt = performance.now();
  }, true);
}

/** In the page: milliseconds from the Enter that submitted an answer to its feedback in the DOM. */
function timeToFeedback(): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const shown = [...document.querySelectorAll("h3")].some((heading) => /^(Right|Not quite)/.test(heading.textContent ?? ""));
      if (!shown) return;
      observer.disconnect();
      resolve(Math.round(performance.now() - (window as unknown as { lastEnterAt: number }).lastEnterAt));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Answers the question on screen with keys only; returns its kind. */
async function answerWithKeyboard(page: Page, question: Locator, { typed }: { typed: string }): Promise<string> {
  const kind = (await question.getAttribute("data-kind")) ?? "";
  // The player focuses the prompt once it runs (typed kinds: their field, checked below); keys sent before that, e.g. right after a reload, would be lost.
  if (kind !== "cloze" && kind !== "short_answer") await expect(question.getByRole("heading", { level: 2 })).toBeFocused();
  switch (kind) {
    case "mcq":
      await page.keyboard.press("1");
      await page.keyboard.press("Enter");
      break;
    case "true_false":
      await page.keyboard.press("t");
      await page.keyboard.press("Enter");
      break;
    case "cloze":
    case "short_answer":
      await expect(question.getByRole("textbox")).toBeFocused();
      await page.keyboard.type(typed);
      await page.keyboard.press("Enter");
      break;
    case "matching": {
      const lists = question.getByRole("combobox");
      for (let index = 0; index < (await lists.count()); index++) {
        await tabTo(page, lists.nth(index));
        for (let press = 0; press <= index; press++) await page.keyboard.press("ArrowDown");
      }
      await tabTo(page, question.getByRole("button", { name: "Check answer" }));
      await page.keyboard.press("Enter");
      break;
    }
    case "ordering":
      await tabTo(page, question.getByRole("listitem").first());
      await page.keyboard.press("Alt+ArrowDown");
      await tabTo(page, question.getByRole("button", { name: "Check order" }));
      await page.keyboard.press("Enter");
      break;
    default:
      throw new Error(`unknown question kind ${kind}`);
  }
  return kind;
}

test("a student takes a whole quiz of every kind on the demo deck with the keyboard alone, resumes it after a reload and finds it in the history", async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(recordEnterPresses);
  await signIn(page, DEMO_STUDENT, { submitWith: "enter" });
  const deckId = await demoDeckId(page);

  await page.goto(`/decks/${deckId}/quiz`);
  await expect(page.getByRole("heading", { name: "Quiz", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await tabTo(page, page.getByRole("radio", { name: "10 questions" }));
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: /^All/ })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Start quiz" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\?attempt=/);

  const progress = page.getByText(/^Question \d+ of \d+ · \d+ answered$/);
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThan(10);

  const kinds = new Set<string>();
  const feedbackMs: number[] = [];
  let overridden = false;
  let screenshotTaken = false;
  for (let number = 1; number <= total; number++) {
    if (number === 3) {
      await page.reload();
      await expect(progress).toHaveText(`Question 3 of ${total} · 2 answered`);
    }
    const question = page.locator("section[data-kind]");
    await expect(progress).toHaveText(`Question ${number} of ${total} · ${number - 1} answered`);
    const shownKind = (await question.getAttribute("data-kind")) ?? "";
    if (!kinds.has(shownKind)) await expectNoSeriousA11yViolations(page);
    const timing = page.evaluate(timeToFeedback);
    const kind = await answerWithKeyboard(page, question, { typed: overridden ? "Budapest" : "Atlantis" });
    const feedback = page.getByRole("heading", { name: /^(Right|Not quite|Counted as right)/ });
    await expect(feedback).toBeVisible();
    feedbackMs.push(await timing);
    kinds.add(kind);

    await expect(page.getByRole("link", { name: "Find it in the article" })).toHaveAttribute("href", new RegExp(`^/decks/${deckId}#sentence-\\d+$`));
    if (kind === "matching" || kind === "ordering") {
      await expect(page.getByText(new RegExp(`^\\d+ of \\d+ ${kind === "matching" ? "pairs" : "positions"} right$`))).toBeVisible();
      if (kind === "matching") {
        await page.screenshot({ path: "test-results/quiz-matching-feedback.png", fullPage: true });
        await expectNoSeriousA11yViolations(page);
      }
    }
    const next = number === total ? page.getByRole("link", { name: "See your results" }) : page.getByRole("button", { name: "Next question" });
    await expect(next).toBeFocused();

    if (!overridden && (kind === "cloze" || kind === "short_answer")) {
      await expect(feedback).toHaveText("Not quite");
      if (!screenshotTaken) {
        await page.screenshot({ path: "test-results/quiz-feedback.png", fullPage: true });
        await expectNoSeriousA11yViolations(page);
        screenshotTaken = true;
      }
      await page.keyboard.press("Shift+Tab");
      await expect(page.getByRole("button", { name: "I was right" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { name: "Counted as right (you marked it)" })).toBeVisible();
      overridden = true;
      await tabTo(page, next);
    }
    await page.keyboard.press("Enter");
  }
  expect([...kinds].sort()).toEqual(["cloze", "matching", "mcq", "ordering", "short_answer", "true_false"]);
  expect(screenshotTaken).toBe(true);

  await expect(page).toHaveURL(/\/quizzes\/[^/]+$/);
  await expect(page.getByRole("heading", { name: "Quiz results" })).toBeVisible();
  await expect(page.getByText(new RegExp(`^\\d+ / ${total}`))).toBeVisible();
  await expect(page.getByText("marked right by you")).toHaveCount(1);
  await page.screenshot({ path: "test-results/quiz-results.png", fullPage: true });
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await page.goto("/quizzes");
  await expect(page.getByRole("heading", { name: "Progress per deck" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "All attempts, newest first" })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByText(/Best \d+% · Latest \d+%/)).toBeVisible();
  await page.screenshot({ path: "test-results/quizzes.png", fullPage: true });
  await expectNoSeriousA11yViolations(page);

  // baseline in the same run and the same clock: a round trip to a route that reads one row (GET /api/health)
  const baselineMs: number[] = [];
  for (let i = 0; i < 15; i++) {
    baselineMs.push(
      await page.evaluate(async () => {
        const started = performance.now();
        await fetch("/api/health", { cache: "no-store" }).then((response) => response.text());
        return Math.round(performance.now() - started);
      }),
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const sorted = [...feedbackMs].sort((a, b) => a - b);
  const summary = {
    answers: sorted.length,
    medianMs: median(feedbackMs),
    p90Ms: sorted[Math.floor(sorted.length * 0.9)],
    maxMs: sorted[sorted.length - 1],
    healthRoundTripMedianMs: median(baselineMs),
  };
  fs.writeFileSync("test-results/quiz-feedback-times.json", JSON.stringify({ ...summary, all: feedbackMs }, null, 2));
  console.log(`answer → feedback: ${JSON.stringify(summary)}`);
});

test("a student cannot open another learner's attempt, and a retry of the missed questions starts from the results", async ({ page, browser }) => {
  await signIn(page, DEMO_STUDENT, { submitWith: "enter" });
  const deckId = await demoDeckId(page);
  await page.goto(`/decks/${deckId}/quiz`);
  await tabTo(page, page.getByRole("button", { name: "Start quiz" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\?attempt=/);
  const attemptId = new URL(page.url()).searchParams.get("attempt")!;

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  const email = `stranger-${Date.now()}@example.com`;
  await strangerPage.goto("/signup");
  await strangerPage.getByLabel("Name").fill("Stranger");
  await strangerPage.getByLabel("Email").fill(email);
  await strangerPage.getByLabel("Password").fill("quiet-lantern-orbit-72");
  await strangerPage.getByRole("button", { name: "Create account" }).click();
  await expect(strangerPage).not.toHaveURL(/\/signup/);
  for (const url of [`/quizzes/${attemptId}`, `/decks/${deckId}/quiz?attempt=${attemptId}`]) {
    const response = await strangerPage.goto(url);
    expect(response?.status()).toBe(404);
  }
  await strangerPage.goto("/quizzes");
  await expect(strangerPage.getByText("No quizzes yet")).toBeVisible();
  await stranger.close();

  const question = page.locator("section[data-kind]");
  await answerWithKeyboard(page, question, { typed: "Atlantis" });
  await expect(page.getByRole("heading", { name: /^(Right|Not quite)$/ })).toBeVisible();
  await page.goto(`/quizzes/${attemptId}`);
  await expect(page.getByRole("link", { name: /Resume \(\d+ left\)/ })).toBeVisible();

  // the same learner on a phone: the unfinished quiz is listed and resumes at question 2
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phonePage = await phone.newPage();
  await signIn(phonePage, DEMO_STUDENT, { submitWith: "enter" });
  await phonePage.goto("/quizzes");
  await phonePage.getByRole("region", { name: "Unfinished" }).getByRole("link", { name: /^Resume/ }).first().click();
  await expect(phonePage).toHaveURL(new RegExp(`attempt=${attemptId}`));
  await expect(phonePage.getByText(/^Question 2 of 10 · 1 answered$/)).toBeVisible();
  await phonePage.screenshot({ path: "test-results/quiz-phone.png", fullPage: true });
  await expectNoSeriousA11yViolations(phonePage);
  await phone.close();
});
