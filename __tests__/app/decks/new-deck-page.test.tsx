import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { NewDeckPageClient } from "@/app/(app)/decks/new/page-client";

const push = jest.fn();
jest.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

test("a dateline in the pasted text is offered as the publication date (today by default)", async () => {
  render(<NewDeckPageClient today="2026-11-30" />);
  expect(screen.getByLabelText("Publication date")).toHaveValue("2026-11-30");
  fireEvent.change(screen.getByLabelText("Article text"), { target: { value: "BUDAPEST, October 17, 2025 — The leaders agreed to meet." } });
  await userEvent.click(screen.getByRole("button", { name: "Use the article's date: 17 October 2025" }));
  expect(screen.getByLabelText("Publication date")).toHaveValue("2025-10-17");
  expect(screen.queryByRole("button", { name: /Use the article's date/ })).not.toBeInTheDocument();
});

test("Generate is disabled until there is a title and text, and the character count is shown", () => {
  render(<NewDeckPageClient today="2026-11-30" />);
  expect(screen.getByRole("button", { name: "Generate deck" })).toBeDisabled();
  fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Rivers" } });
  fireEvent.change(screen.getByLabelText("Article text"), { target: { value: "The Danube flows east." } });
  expect(screen.getByRole("button", { name: "Generate deck" })).toBeEnabled();
  expect(screen.getByText(/22 of 200,000 characters/)).toBeInTheDocument();
});

test("a file over 2 MB is refused in the browser with the limit in the message", async () => {
  render(<NewDeckPageClient today="2026-11-30" />);
  await userEvent.click(screen.getByRole("tab", { name: "Upload a file" }));
  const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], "big.txt", { type: "text/plain" });
  await userEvent.upload(screen.getByLabelText(/Article file/), big);
  await userEvent.click(screen.getByRole("button", { name: "Read file" }));
  expect(screen.getByRole("alert")).toHaveTextContent("The file is larger than 2 MB. Upload a smaller file or paste the article text.");
});

test("a server refusal of a URL is shown as the server worded it", async () => {
  const refusal = { error: { code: "INVALID_INPUT", message: "Refused: intranet.test resolves to a private network address." } };
  global.fetch = jest.fn(async () => ({ ok: false, status: 422, json: async () => refusal })) as unknown as typeof fetch;
  render(<NewDeckPageClient today="2026-11-30" />);
  await userEvent.click(screen.getByRole("tab", { name: "From a web address" }));
  await userEvent.type(screen.getByLabelText("Web address of the article"), "http://intranet.test/");
  await userEvent.click(screen.getByRole("button", { name: "Fetch article" }));
  expect(await screen.findByRole("alert")).toHaveTextContent("Refused: intranet.test resolves to a private network address.");
  expect(global.fetch).toHaveBeenCalledWith("/api/decks/extract", expect.objectContaining({ method: "POST", body: JSON.stringify({ url: "http://intranet.test/" }) }));
});
