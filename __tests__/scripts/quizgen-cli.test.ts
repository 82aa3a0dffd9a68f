/** @jest-environment node */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SEED_ARTICLE = path.join(ROOT, "fixtures", "articles", "budapest-summit.txt");
const KINDS = ["cloze", "mcq", "true_false", "short_answer", "matching", "ordering"];

jest.setTimeout(60_000);

function cli(...args: string[]) {
  const r = spawnSync(TSX, [path.join(ROOT, "scripts", "quizgen.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cliAsync(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, "scripts", "quizgen.ts"), ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "quizgen-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("quizgen CLI on the seed article", () => {
  let first: ReturnType<typeof cli>;
  beforeAll(() => {
    first = cli(SEED_ARTICLE, "--published", "2025-10-17", "--seed", "1");
  });

  it("exits 0 and writes nothing to stderr", () => {
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
  });

  it("prints a deck whose items follow the documented schema", () => {
    const deck = JSON.parse(first.stdout) as Record<string, unknown>;
    for (const key of ["sentences", "entities", "facts", "items", "warnings"]) {
      expect(Array.isArray(deck[key])).toBe(true);
    }
    const items = deck.items as Array<Record<string, unknown>>;
    expect(items.length).toBeGreaterThan(5);
    const text = readBody(SEED_ARTICLE);
    for (const item of items) {
      expect(typeof item.id).toBe("string");
      expect(KINDS).toContain(item.kind);
      expect(typeof item.prompt).toBe("string");
      expect((item.prompt as string).length).toBeGreaterThan(0);
      expect(typeof item.rule).toBe("string");
      expect(typeof item.score).toBe("number");
      expect(item.fact).toBeDefined();
      const source = item.source as { sentence: string; start: number; end: number };
      expect(typeof source.sentence).toBe("string");
      expect(Number.isInteger(source.start) && Number.isInteger(source.end)).toBe(true);
      expect(source.start).toBeGreaterThanOrEqual(0);
      expect(source.end).toBeLessThanOrEqual(text.length);
      if (item.kind === "mcq") {
        expect(Array.isArray(item.options)).toBe(true);
        expect(item.options).toContain(item.answer);
      }
      if (item.kind === "true_false") expect(typeof item.truth).toBe("boolean");
      if (item.kind === "matching") expect(Array.isArray(item.pairs)).toBe(true);
      if (item.kind === "ordering") expect(Array.isArray(item.sequence)).toBe(true);
    }
  });

  it("gives every item a distinct id", () => {
    const items = (JSON.parse(first.stdout) as { items: Array<{ id: string }> }).items;
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it("is byte-identical across two runs with the same seed", () => {
    const second = cli(SEED_ARTICLE, "--published", "2025-10-17", "--seed", "1");
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it("caps the number of items with --max", () => {
    const r = cli(SEED_ARTICLE, "--max", "3");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { items: unknown[] }).items.length).toBeLessThanOrEqual(3);
  });
});

function readBody(p: string): string {
  const raw = readFileSync(p, "utf8");
  return raw.slice(raw.indexOf("\n") + 1);
}

describe("quizgen CLI on unusable input", () => {
  const cases: Array<{ label: string; args: () => string[]; status: number; message: RegExp }> = [
    { label: "a missing file", args: () => [path.join(dir, "nope.txt")], status: 3, message: /cannot read file \(ENOENT\)/ },
    { label: "a directory", args: () => [dir], status: 3, message: /not a regular file/ },
    { label: "an empty file", args: () => [file("empty.txt", "")], status: 3, message: /empty/ },
    { label: "a whitespace-only file", args: () => [file("blank.txt", " \n\n\t \n")], status: 3, message: /empty/ },
    { label: "a title without a body", args: () => [file("title.txt", "Just a headline\n")], status: 3, message: /\S/ },
    {
      label: "a body without sentences",
      args: () => [file("nosentence.txt", "Title\n--- *** ---\n... ,,, ;;;\n")],
      status: 3,
      message: /\S/,
    },
    {
      label: "a binary file",
      args: () => [file("binary.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]))],
      status: 3,
      message: /binary/,
    },
    { label: "invalid UTF-8", args: () => [file("latin1.txt", Buffer.from([0x54, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x2e]))], status: 3, message: /UTF-8/ },
    {
      label: "a file over 200,000 characters",
      args: () => [file("huge.txt", `Huge\n${"The council met in Vienna on Monday. ".repeat(6_000)}`)],
      status: 3,
      message: /too large/,
    },
    { label: "no article path", args: () => [], status: 2, message: /article path/ },
    { label: "two article paths", args: () => [SEED_ARTICLE, SEED_ARTICLE], status: 2, message: /one article path/ },
    { label: "an unknown flag", args: () => [SEED_ARTICLE, "--colour"], status: 2, message: /--colour/ },
    { label: "an invalid date", args: () => [SEED_ARTICLE, "--published", "2025-02-30"], status: 2, message: /--published/ },
    { label: "a date in another format", args: () => [SEED_ARTICLE, "--published", "17/10/2025"], status: 2, message: /--published/ },
    { label: "a negative seed", args: () => [SEED_ARTICLE, "--seed", "-1"], status: 2, message: /seed/ },
    { label: "a non-numeric seed", args: () => [SEED_ARTICLE, "--seed", "abc"], status: 2, message: /--seed/ },
    { label: "a zero --max", args: () => [SEED_ARTICLE, "--max", "0"], status: 2, message: /--max/ },
    { label: "a flag without its value", args: () => [SEED_ARTICLE, "--max"], status: 2, message: /--max/ },
  ];

  // Child processes are slow to start; run them a few at a time up front.
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    const queue = [...cases];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) runs.set(c.label, await cliAsync(c.args()));
    };
    await Promise.all([worker(), worker(), worker()]);
  });

  it.each(cases)("exits $status with one line on stderr for $label", ({ label, status, message }) => {
    const r = runs.get(label)!;
    expect(r.status).toBe(status);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^quizgen: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
