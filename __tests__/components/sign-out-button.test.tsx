import { render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { SignOutButton } from "@/components/sign-out-button";

test("the server-rendered button is disabled, so a click before hydration is not silently dropped", () => {
  expect(renderToString(<SignOutButton />)).toMatch(/<button[^>]*disabled/);
});

test("once hydrated the button is enabled", () => {
  render(<SignOutButton />);
  expect(screen.getByRole("button", { name: "Sign out" })).toBeEnabled();
});
