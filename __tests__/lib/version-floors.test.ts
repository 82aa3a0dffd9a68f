/** @jest-environment node */
import fs from "node:fs";
import path from "node:path";

// npm audit cannot reach its service here, so known-vulnerable versions are held off by floors.
const FLOORS: Record<string, string> = { next: "16.3.3", "next-auth": "4.24.15", react: "19.2.1" };

type Lock = { packages: Record<string, { version?: string }> };
const lock = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8")) as Lock;

function compare(a: string, b: string): number {
  const parse = (v: string) => v.split("-")[0]!.split(".").map(Number);
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

test.each(Object.entries(FLOORS))("every copy of %s in the lockfile is at least %s", (name, floor) => {
  const copies = Object.entries(lock.packages)
    .filter(([location]) => location === `node_modules/${name}` || location.endsWith(`/node_modules/${name}`))
    .map(([, entry]) => entry.version ?? "0.0.0");
  expect(copies.length).toBeGreaterThan(0);
  for (const version of copies) expect(compare(version, floor)).toBeGreaterThanOrEqual(0);
});

test("the comparison itself orders versions numerically, not as text", () => {
  expect(compare("16.10.0", "16.3.3")).toBeGreaterThan(0);
  expect(compare("16.3.2", "16.3.3")).toBeLessThan(0);
  expect(compare("19.2.1-canary.1", "19.2.1")).toBe(0);
});
