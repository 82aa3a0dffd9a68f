import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO_DECK, DEMO_STUDENT, DEMO_TEACHER, E2E_DB_FILE, expectNoSeriousA11yViolations, signIn } from "./helpers";

function inDays(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T17:00`;
}

test("a teacher creates a class and assigns the demo deck; a student joins by link, signs up and takes the quiz; the teacher sees the score and item analysis", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_TEACHER);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" }).click();
  await expect(page.getByRole("heading", { name: "Classes you teach" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Demo class/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "New class" }).click();
  await expect(page.getByRole("heading", { name: "New class" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByText("Give the class a name.")).toBeVisible();
  await page.getByLabel("Class name").fill("Geography 7B");
  await page.getByLabel("Section or term (optional)").fill("Spring 2026");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Geography 7B/ })).toBeVisible();
  const classUrl = page.url();
  const joinCode = (await page.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
  await expectNoSeriousA11yViolations(page);

  const demoOption = await page.getByLabel("Deck", { exact: true }).locator("option", { hasText: DEMO_DECK }).textContent();
  await page.getByLabel("Deck", { exact: true }).selectOption({ label: demoOption! });
  await page.getByRole("radio", { name: "Quiz", exact: true }).check();
  await page.getByLabel("Due (optional)").fill(inDays(7));
  await page.getByLabel("Questions per attempt").fill("3");
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByLabel("Pass mark (%)").fill("60");
  await page.getByRole("button", { name: "Assign deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_DECK })).toBeVisible();
  await expect(page.getByText("3 questions · pass mark 60% · 2 attempts")).toBeVisible();
  const resultsUrl = page.url();
  await page.getByRole("button", { name: "Edit dates and targets" }).click();
  await expect(page.getByLabel("Questions per attempt")).toHaveValue("3");
  await page.getByLabel("Pass mark (%)").fill("50");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Assignment saved.")).toBeVisible();
  await expect(page.getByText("3 questions · pass mark 50% · 2 attempts")).toBeVisible();

  // The student: a join link, an account made on the way, and back to the link.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await student.goto(`/join/${joinCode}`);
  await expect(student.getByText("Sign in, or create an account, to join")).toBeVisible();
  await expectNoSeriousA11yViolations(student);
  await student.getByRole("link", { name: "Create an account" }).click();
  await student.getByLabel("Name").fill("Sam Student");
  await student.getByLabel("Email").fill(`sam-${Date.now()}@example.com`);
  await student.getByLabel("Password").fill("violet-harbour-kite-93");
  await student.getByRole("button", { name: "Create account" }).click();
  await expect(student.getByRole("button", { name: "Join Geography 7B" })).toBeVisible();
  await expect(student.getByText(/taught by Demo Teacher/)).toBeVisible();
  await expectNoSeriousA11yViolations(student);
  await student.getByRole("button", { name: "Join Geography 7B" }).click();
  await expect(student.getByRole("heading", { level: 1, name: /Geography 7B/ })).toBeVisible();
  await expect(student.getByText("Not started")).toBeVisible();
  await expectNoSeriousA11yViolations(student);

  await student.getByRole("link", { name: new RegExp(`Take the quiz.* on ${DEMO_DECK}`) }).click();
  await expect(student.getByRole("heading", { name: "Start a quiz" })).toBeVisible();
  // The teacher set the length: no 10 / 20 / all choice, and the terms are spelled out.
  await expect(student.getByText("Set by your teacher")).toBeVisible();
  await expect(student.getByText("Pass mark: 50%")).toBeVisible();
  await expect(student.getByText("Attempts: 0 of 2 used")).toBeVisible();
  await expect(student.getByRole("group", { name: "Length" })).toHaveCount(0);
  await student.screenshot({ path: "test-results/classes-assignment-quiz-start.png", fullPage: true });
  const kinds = student.getByRole("group", { name: "Kinds of question" }).getByRole("checkbox");
  for (const box of await kinds.all()) {
    const label = (await box.locator("xpath=..").textContent()) ?? "";
    if (!label.startsWith("Multiple choice")) await box.uncheck();
  }
  await student.getByRole("button", { name: "Start quiz" }).click();
  // At most the assignment's three questions (fewer if the demo deck has fewer multiple-choice ones).
  const counter = student.getByText(/Question 1 of [1-3]\b/);
  await expect(counter).toBeVisible();
  const total = Number((await counter.textContent())!.match(/of (\d)/)![1]);
  for (let question = 1; question <= total; question += 1) {
    await student.locator("form fieldset label").nth(question % 2).click();
    await student.getByRole("button", { name: "Check answer" }).click();
    const next = question < total ? student.getByRole("button", { name: "Next question" }) : student.getByRole("link", { name: "See your results" });
    await next.click();
  }
  await student.goto("/classes");
  const myAssignment = student.getByRole("listitem").filter({ hasText: DEMO_DECK }).filter({ hasText: "Geography 7B" });
  const bestText = (await myAssignment.getByText(/Best score \d+%/).textContent())!;
  const best = bestText.match(/Best score (\d+)%/)![1]!;
  await expect(myAssignment.getByRole("link", { name: /Take the quiz.*\(1 left\)/ })).toBeVisible();
  await student.screenshot({ path: "test-results/classes-student.png", fullPage: true });
  await expectNoSeriousA11yViolations(student);

  // The teacher sees the score, the item analysis and the answers.
  await page.goto(resultsUrl);
  const row = page.getByRole("row", { name: /Sam Student/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText(`${best}%`);
  await expect(row.getByRole("cell").nth(3)).toHaveText("1");
  await expect(page.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  await expect(page.getByText(/right \(\d\/1\)/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: /How often each option was chosen/ }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/classes-assignment-one-student.png", fullPage: true });

  const csv = await page.request.get(`${new URL(resultsUrl).pathname.replace("/classes/", "/api/classes/")}/grades`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`Sam Student,${best},`);

  await row.getByRole("link", { name: "Sam Student" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`Attempt 1: ${best}%`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Another student of another class, and another teacher, get a 404 for the results.
  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  await signIn(outsiderPage, DEMO_STUDENT);
  const denied = await outsiderPage.goto(resultsUrl);
  expect(denied?.status()).toBe(404);
  expect((await outsiderPage.request.get(`${new URL(resultsUrl).pathname.replace("/classes/", "/api/classes/")}/grades`)).status()).toBe(404);
  await outsider.close();

  // Turning joining off stops the link.
  await page.goto(classUrl);
  await page.getByRole("button", { name: "Turn joining off" }).click();
  await expect(page.getByText(/Joining is off/).first()).toBeVisible();
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await signIn(latePage, DEMO_STUDENT);
  await latePage.goto(`/join/${joinCode}`);
  await expect(latePage.getByRole("alert").filter({ hasText: /turned off/ })).toBeVisible();
  await latePage.getByRole("link", { name: "Enter a code instead" }).click();
  await latePage.getByLabel("Join code").fill("zzzz-zzzz");
  await latePage.getByRole("button", { name: "Join class" }).click();
  await expect(latePage.getByText("No class has this join code. Check it with your teacher.").first()).toBeVisible();
  await expectNoSeriousA11yViolations(latePage);
  await late.close();

  await page.reload();
  await page.screenshot({ path: "test-results/classes-class-page.png", fullPage: true });
  // Removing a student (after a confirmation) empties the roster; their answers stay in the database.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove Sam Student from the class" }).click();
  await expect(page.getByText("No students yet.")).toBeVisible();

  // Archiving (after a confirmation) hides the class; it waits under "Archived classes" and comes back whole.
  const className = "Geography 7B";
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/classes$/);
  await expect(page.getByRole("link", { name: new RegExp(className) })).toHaveCount(0);
  await page.getByText(/^Archived classes \(\d+\)$/).click();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/classes-archived.png", fullPage: true });
  await page.getByRole("button", { name: `Restore ${className}` }).click();
  await expect(page).toHaveURL(classUrl);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(className) })).toBeVisible();
  await studentContext.close();
});

test("the dashboard of a seeded class of 30 students, as a teacher sees it", async ({ page }) => {
  const out = execFileSync("node", ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "bench/seed-class.ts", "30"], {
    env: { ...process.env, DATABASE_URL: `file:./${E2E_DB_FILE}` },
    encoding: "utf8",
  });
  const path = out.match(/(\/classes\/\S+\/assignments\/\S+)/)![1]!;
  await signIn(page, DEMO_TEACHER);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: DEMO_DECK })).toBeVisible();
  const table = page.getByRole("table", { name: /Progress of each student/ });
  await expect(table.getByRole("row")).toHaveCount(31);
  await table.getByRole("button", { name: "Best score" }).click();
  await expect(table.getByRole("columnheader", { name: "Best score" })).toHaveAttribute("aria-sort", "descending");
  const scores = await table.locator("tbody tr td:nth-child(3)").allTextContents();
  const numbers = scores.map((s) => (s === "—" ? -1 : Number(s.replace("%", ""))));
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/classes-dashboard-30.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/classes-dashboard-30-phone.png", fullPage: false });
});
