import { render, screen, within } from "@testing-library/react";
import { AppShell } from "@/components/app-shell";

jest.mock("next/navigation", () => ({ usePathname: () => "/decks" }));

const renderShell = (role: string) =>
  render(
    <AppShell user={{ name: "Ada", email: "ada@example.com", role }}>
      <p>content</p>
    </AppShell>,
  );

test.each(["STUDENT", "TEACHER"])("a %s's navigation has Decks, Review, Quizzes, Stats and Classes", (role) => {
  renderShell(role);
  const nav = within(screen.getByRole("navigation", { name: "Main" }));
  expect(nav.getAllByRole("link").map((link) => link.textContent)).toEqual(["Decks", "Review", "Quizzes", "Stats", "Classes"]);
  expect(nav.getByRole("link", { name: "Classes" })).toHaveAttribute("href", "/classes");
});

test("the current section is marked as the current page", () => {
  renderShell("STUDENT");
  expect(screen.getByRole("link", { name: "Decks" })).toHaveAttribute("aria-current", "page");
  expect(screen.getByRole("link", { name: "Review" })).not.toHaveAttribute("aria-current");
});

test("every control has an accessible name", () => {
  renderShell("STUDENT");
  expect(screen.getByRole("button", { name: "Sign out" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: /Switch to (dark|light) theme/ })).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", "#main");
});
