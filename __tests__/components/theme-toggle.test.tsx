import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ThemeToggle } from "@/components/theme-toggle";

afterEach(() => {
  document.documentElement.classList.remove("dark");
  localStorage.clear();
});

test("once running, the toggle reads the theme the page started with, switches it and remembers the choice", async () => {
  document.documentElement.classList.add("dark");
  render(<ThemeToggle />);
  const toggle = screen.getByRole("button", { name: "Switch to light theme" });
  expect(toggle).toBeEnabled();
  await userEvent.click(toggle);
  expect(document.documentElement).not.toHaveClass("dark");
  expect(localStorage.getItem("theme")).toBe("light");
  await userEvent.click(screen.getByRole("button", { name: "Switch to dark theme" }));
  expect(document.documentElement).toHaveClass("dark");
  expect(localStorage.getItem("theme")).toBe("dark");
});
