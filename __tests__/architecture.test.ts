/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const PURE_DIRS = ["lib/quizgen", "lib/srs", "lib/grading"];
const FORBIDDEN_IN_PURE = [
  { label: "next/*", pattern: /from\s+["']next(\/|["'])/ },
  { label: "Prisma", pattern: /from\s+["'](@prisma\/|@\/lib\/generated|.*generated\/prisma)/ },
  { label: "lib/db or lib/data", pattern: /from\s+["'](@\/lib\/(db|data)|\.\.\/(db|data))/ },
  { label: "node I/O", pattern: /from\s+["'](node:)?(fs|net|http|https|child_process)["']/ },
  { label: "the clock", pattern: /Date\.now\(|new Date\(\)/ },
  { label: "unseeded randomness", pattern: /Math\.random\(/ },
];

test.each(PURE_DIRS.flatMap((dir) => sourceFiles(dir)))("%s is pure domain code", (file) => {
  const source = fs.readFileSync(file, "utf8");
  const violations = FORBIDDEN_IN_PURE.filter(({ pattern }) => pattern.test(source)).map(({ label }) => label);
  expect(violations).toEqual([]);
});

test("the pure layer exists and is checked", () => {
  expect(sourceFiles("lib/quizgen").length).toBeGreaterThan(3);
});

test.each([...sourceFiles("lib/data").filter((file) => !file.endsWith("item-payload.ts") && !file.endsWith("deck-import.ts")), "lib/db.ts", "lib/auth.ts"])(
  "%s is marked server-only",
  (file) => {
    expect(fs.readFileSync(file, "utf8")).toMatch(/^import "server-only";/);
  },
);

test("no component or page selects password hashes", () => {
  const offenders = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) =>
    /passwordHash/.test(fs.readFileSync(file, "utf8")),
  );
  expect(offenders).toEqual([]);
});
