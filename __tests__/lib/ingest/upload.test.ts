/** @jest-environment node */
import { findDateline } from "@/lib/ingest/dateline";
import { MAX_UPLOAD_BYTES } from "@/lib/ingest/limits";
import { articleFromUpload } from "@/lib/ingest/upload";

const bytes = (text: string) => new TextEncoder().encode(text);

const SAVED_PAGE = `<!doctype html><html><head><title>World | Example News</title>
<meta property="article:published_time" content="2025-10-17T08:00:00Z"></head><body>
<header><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>Sign in</li></ul></header>
<main><h1>Summit planned in Budapest</h1>
<p>The leaders agreed on Thursday to meet in Budapest within two weeks, a spokesman said after a long phone call.</p>
<p>The previous meeting between the two men took place in Alaska in August and ended without an agreement on a ceasefire.</p>
<p>Hungary's prime minister welcomed the decision and said his government would provide security for the delegations.</p></main>
<aside>Most read: Ten recipes for autumn</aside><footer>© Example News · Cookie settings</footer></body></html>`;

test("a .txt file: first line is the title, the rest the body", () => {
  expect(articleFromUpload({ name: "notes.txt", bytes: bytes("\uFEFFRivers of Europe\n\nThe Danube flows through ten countries.\n") })).toEqual({
    title: "Rivers of Europe",
    text: "The Danube flows through ten countries.",
  });
});

test("a .md file: the first heading is the title and Markdown syntax is removed", () => {
  const md = "# Rivers of Europe\n\nThe **Danube** flows through [ten countries](https://x.test).\n\n- It ends in the *Black Sea*.\n\n```js\ncode()\n```\n";
  expect(articleFromUpload({ name: "rivers.md", bytes: bytes(md) })).toEqual({
    title: "Rivers of Europe",
    text: "The Danube flows through ten countries.\n\nIt ends in the Black Sea.",
  });
});

test("a saved .html news page yields its article, not its menus, with the published date", () => {
  const article = articleFromUpload({ name: "page.html", bytes: bytes(SAVED_PAGE) });
  expect(article.title).toBe("Summit planned in Budapest");
  expect(article.text.split("\n\n")).toHaveLength(3);
  expect(article.text).not.toMatch(/Sign in|recipes|Cookie/);
  expect(article.detectedDate).toBe("2025-10-17");
});

test.each([
  { name: "a.pdf", content: bytes("%PDF"), message: "Upload a .txt, .md or .html file." },
  { name: "a.txt", content: new Uint8Array([0x61, 0x00, 0x62]), message: "The file looks binary. Upload a .txt, .md or .html file." },
  { name: "a.txt", content: new Uint8Array([0xff, 0xfe, 0x41]), message: "The file is not UTF-8 text." },
  { name: "a.txt", content: new Uint8Array(0), message: "The file is empty." },
  { name: "a.txt", content: new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61), message: "The file is larger than 2 MB." },
])("refuses $name ($message)", ({ name, content, message }) => {
  expect(() => articleFromUpload({ name, bytes: content })).toThrow(message);
});

test.each([
  { text: "BUDAPEST, October 17, 2025 — Leaders met.", day: "2025-10-17" },
  { text: "Published 3 Feb 2024. The council met.", day: "2024-02-03" },
  { text: "Updated 2023-11-05 09:00. Rain fell.", day: "2023-11-05" },
  { text: "February 30, 2024 is not a day.", day: undefined },
  { text: "No date here at all.", day: undefined },
])("finds the dateline in '$text'", ({ text, day }) => {
  expect(findDateline(text)).toBe(day);
});
