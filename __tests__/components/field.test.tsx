import { render, screen } from "@testing-library/react";
import { Field } from "@/components/ui/field";

test("an invalid field is marked invalid and described by its error", () => {
  render(<Field label="Email" name="email" errors={["Enter a valid email address."]} />);
  const input = screen.getByRole("textbox", { name: "Email" });
  expect(input).toHaveAttribute("aria-invalid", "true");
  expect(input).toHaveAccessibleDescription("Enter a valid email address.");
});

test("a valid field with a hint is described by the hint only", () => {
  render(<Field label="Password" name="password" type="password" hint="8 to 128 characters." />);
  const input = screen.getByLabelText("Password");
  expect(input).not.toHaveAttribute("aria-invalid");
  expect(input).toHaveAccessibleDescription("8 to 128 characters.");
});
