/** @jest-environment node */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/scripts/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdeck-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("migrating prints one line, without Prisma's warning about the schema's unused url", () => {
  const lines: string[] = [];
  const log = jest.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  const stdout = jest.spyOn(process.stdout, "write");
  try {
    migrate(`file:${path.join(dir, "factdeck.db")}`);
    const migrations = fs.readdirSync("prisma/migrations/sqlite").filter((name) => !name.endsWith(".toml")).length;
    expect(lines).toEqual([`Applied ${migrations} database migration${migrations === 1 ? "" : "s"}.`]);
    migrate(`file:${path.join(dir, "factdeck.db")}`);
    expect(lines).toHaveLength(1);
    expect(stdout).not.toHaveBeenCalled();
  } finally {
    log.mockRestore();
    stdout.mockRestore();
  }
}, 60_000);
