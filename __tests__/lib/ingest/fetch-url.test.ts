/** @jest-environment node */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { isPublicAddress } from "@/lib/ingest/address-policy";
import { DEFAULT_FETCH_POLICY, fetchArticlePage, type FetchPolicy } from "@/lib/ingest/fetch-url";
import { articleFromUrl } from "@/lib/ingest/from-url";

const ARTICLE = `<!doctype html><html><head><title>Site | Rivers</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>The Danube floods</h1>
<p>The Danube rose by two metres in Budapest on Monday, the city's water authority said in a statement on Tuesday morning.</p>
<p>Officials closed three bridges and evacuated 1,200 residents from low-lying districts along the river, the mayor said.</p>
<p>The last comparable flood, in 2013, caused damage estimated at 500 million euros across Hungary and neighbouring countries.</p>
</article><footer>Copyright Example News. Subscribe to our newsletter.</footer></body></html>`;

let server: http.Server;
let port: number;
const hits: { path: string; host?: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push({ path: req.url ?? "", host: req.headers.host });
    const to = (location: string) => res.writeHead(302, { location }).end();
    switch (req.url) {
      case "/article":
        return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(ARTICLE);
      case "/plain":
        return res.writeHead(200, { "content-type": "text/plain" }).end("Rivers\nThe Danube rose by two metres in Budapest on Monday.");
      case "/to-private":
        return to(`http://internal.test:${port}/article`);
      case "/to-loopback-literal":
        return to(`http://[::ffff:127.0.0.1]:${port}/article`);
      case "/to-ftp":
        return to("ftp://example.com/file.txt");
      case "/r1":
        return to("/r2");
      case "/r2":
        return to("/r3");
      case "/r3":
        return to("/article");
      case "/loop":
        return to("/loop");
      case "/pdf":
        return res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
      case "/huge":
        res.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 3; i++) res.write("x".repeat(1024 * 1024));
        return res.end();
      case "/huge-declared":
        return res.writeHead(200, { "content-type": "text/html", "content-length": String(5 * 1024 * 1024) }).end("x");
      case "/slow":
        return; // never answers
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => (hits.length = 0));

const dnsTable: Record<string, string[]> = {
  "news.test": ["127.0.0.1"],
  "internal.test": ["10.0.0.7"],
  "private.test": ["192.168.1.10"],
  "metadata.test": ["169.254.169.254"],
  "ula.test": ["fd00::1"],
  "linklocal6.test": ["fe80::1"],
  "loopback6.test": ["::1"],
  "mapped.test": ["::ffff:127.0.0.1"],
  "mapped-hex.test": ["::ffff:7f00:1"],
  "zero.test": ["0.0.0.0"],
  "mixed.test": ["93.184.216.34", "10.0.0.8"],
};
const resolve = async (host: string) => {
  const found = dnsTable[host];
  if (!found) throw new Error("ENOTFOUND");
  return found;
};

/** The production address rule, on the test server's port: shows the refusals as the app makes them. */
const production = (): FetchPolicy => ({ ...DEFAULT_FETCH_POLICY, resolve, ports: [port] });
/** A harness that lets the test server at 127.0.0.1 stand in for a public site, so hops after it are checked for real. */
const harness = (overrides: Partial<FetchPolicy> = {}): FetchPolicy => ({
  ...production(),
  isAllowedAddress: (address) => address === "127.0.0.1" || isPublicAddress(address),
  ...overrides,
});

test.each([
  { host: "news.test", why: "a loopback address" },
  { host: "internal.test", why: "a private network address" },
  { host: "private.test", why: "a private network address" },
  { host: "metadata.test", why: "a link-local address" },
  { host: "ula.test", why: "a unique-local (private IPv6) address" },
  { host: "linklocal6.test", why: "a link-local address" },
  { host: "loopback6.test", why: "a loopback address" },
  { host: "mapped.test", why: "a loopback address" },
  { host: "mapped-hex.test", why: "a loopback address" },
  { host: "zero.test", why: "an unspecified address" },
  { host: "mixed.test", why: "a private network address" },
])("refuses $host, which resolves to $why, before connecting", async ({ host, why }) => {
  await expect(fetchArticlePage(`http://${host}:${port}/article`, production())).rejects.toThrow(`resolves to ${why}`);
  expect(hits).toEqual([]);
});

test.each([`http://127.0.0.1:PORT/article`, `http://[::1]:PORT/article`, `http://[::ffff:127.0.0.1]:PORT/article`, `http://[::ffff:7f00:1]:PORT/article`])(
  "refuses the literal address in %s",
  async (template) => {
    await expect(fetchArticlePage(template.replace("PORT", String(port)), production())).rejects.toThrow(/Refused: .* loopback/);
    expect(hits).toEqual([]);
  },
);

test.each([
  { url: "ftp://example.com/a.txt", message: "Only http:// and https:// addresses can be fetched." },
  { url: "file:///etc/passwd", message: "Only http:// and https:// addresses can be fetched." },
  { url: "http://user:pw@example.com/", message: "Addresses with a user name or password cannot be fetched." },
  { url: "not a url", message: "That is not a valid web address. Give a full address starting with https://." },
])("refuses $url", async ({ url, message }) => {
  await expect(fetchArticlePage(url)).rejects.toThrow(message);
});

test("only ports 80 and 443 are allowed by default: the test server's own port is refused", async () => {
  await expect(fetchArticlePage(`http://news.test:${port}/article`, { ...DEFAULT_FETCH_POLICY, resolve })).rejects.toThrow(
    `Port ${port} is not allowed: only the standard web ports 80 and 443.`,
  );
  await expect(fetchArticlePage("http://example.com:8080/")).rejects.toThrow("Port 8080 is not allowed");
  expect(hits).toEqual([]);
});

test("a redirect hop to a private address is checked again and refused", async () => {
  await expect(fetchArticlePage(`http://news.test:${port}/to-private`, harness())).rejects.toThrow(
    "Refused: internal.test resolves to a private network address.",
  );
  expect(hits.map((h) => h.path)).toEqual(["/to-private"]);
});

test("a redirect to a literal mapped loopback address or to another scheme is refused", async () => {
  const strict = harness({ isAllowedAddress: (a) => (a === "127.0.0.1" ? hits.length === 0 : isPublicAddress(a)) });
  await expect(fetchArticlePage(`http://news.test:${port}/to-loopback-literal`, strict)).rejects.toThrow(/loopback/);
  await expect(fetchArticlePage(`http://news.test:${port}/to-ftp`, harness())).rejects.toThrow("Only http:// and https://");
});

test("follows up to 3 redirects and refuses a 4th", async () => {
  await expect(fetchArticlePage(`http://news.test:${port}/r1`, harness())).resolves.toMatchObject({ contentType: "html" });
  expect(hits.map((h) => h.path)).toEqual(["/r1", "/r2", "/r3", "/article"]);
  await expect(fetchArticlePage(`http://news.test:${port}/loop`, harness())).rejects.toThrow("Too many redirects (more than 3).");
  expect(hits.filter((h) => h.path === "/loop")).toHaveLength(4);
});

test("times out a site that does not answer", async () => {
  await expect(fetchArticlePage(`http://news.test:${port}/slow`, harness({ timeoutMs: 300 }))).rejects.toThrow(
    "The site took longer than 10 seconds to answer.",
  );
});

test("stops reading past 2 MB, whether or not the size is declared", async () => {
  await expect(fetchArticlePage(`http://news.test:${port}/huge`, harness())).rejects.toThrow("The page is larger than 2 MB.");
  await expect(fetchArticlePage(`http://news.test:${port}/huge-declared`, harness())).rejects.toThrow("The page is larger than 2 MB.");
});

test("refuses content that is neither HTML nor plain text", async () => {
  await expect(fetchArticlePage(`http://news.test:${port}/pdf`, harness())).rejects.toThrow(
    "The address returns application/pdf, not a web page or plain text.",
  );
});

test("resolves the host once and connects to that pinned address (a second DNS answer cannot steer it)", async () => {
  const answers = [["127.0.0.1"], ["10.0.0.9"]];
  const calls: string[] = [];
  const rebinding = harness({
    resolve: async (host) => {
      calls.push(host);
      return answers.shift() ?? [];
    },
  });
  await expect(fetchArticlePage(`http://rebind.test:${port}/article`, rebinding)).resolves.toMatchObject({ contentType: "html" });
  expect(calls).toEqual(["rebind.test"]);
  expect(hits).toEqual([{ path: "/article", host: `rebind.test:${port}` }]);
});

test("an allowed page yields its article through Readability, without menus or footer", async () => {
  const article = await articleFromUrl(`http://news.test:${port}/article`, harness());
  expect(article.title).toBe("The Danube floods");
  expect(article.text).toMatch(/^The Danube rose by two metres/);
  expect(article.text).not.toMatch(/Subscribe|Sport/);
  expect(article.sourceUrl).toBe(`http://news.test:${port}/article`);
});

test("a plain-text page is read as title + body", async () => {
  await expect(articleFromUrl(`http://news.test:${port}/plain`, harness())).resolves.toMatchObject({
    title: "Rivers",
    text: "The Danube rose by two metres in Budapest on Monday.",
  });
});
