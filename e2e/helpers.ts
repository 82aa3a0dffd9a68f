import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The demo accounts and deck that `npm start` seeds (prisma/seed.ts). */
export const DEMO_PASSWORD = "factdeck-demo-pass";
export const DEMO_TEACHER = "teacher@factdeck.test";
export const DEMO_STUDENT = "student@factdeck.test";
export const DEMO_DECK = fs.readFileSync(path.join(process.cwd(), "prisma/seed-data/budapest-summit.txt"), "utf8").split("\n")[0]!.trim();

/** The browser tests' database file (playwright.config.ts keeps it per port). */
export const E2E_DB_FILE = `.tmp/e2e-${process.env.E2E_PORT ?? 3200}/factdeck.db`;

type SignInOptions = { password?: string; origin?: string; submitWith?: "click" | "enter"; expectSignedIn?: boolean };

/** Signs in through the login form and, unless told not to, waits until the app has taken the user in. */
export async function signIn(page: Page, email: string, { password = DEMO_PASSWORD, origin = "", submitWith = "click", expectSignedIn = true }: SignInOptions = {}) {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  if (submitWith === "enter") await page.keyboard.press("Enter");
  else await page.getByRole("button", { name: "Sign in" }).click();
  if (expectSignedIn) await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** axe-core on the page as it is now: no serious or critical violation, each listed with its elements. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Next.js streams a page's metadata: right after a client-side navigation the new <title> may not be in yet.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}
