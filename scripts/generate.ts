import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";

const SCHEMA = "prisma/schema.prisma";
const STAMP = "lib/generated/.schema-sha256";
// One schema, one client per provider (see prisma.config.ts): both are generated together.
const PROVIDERS = [
  { name: "SQLite", databaseUrl: "file:./data/factdeck.db" },
  { name: "PostgreSQL", databaseUrl: "postgresql://localhost/factdeck" },
];

function schemaHash(): string {
  return createHash("sha256").update(fs.readFileSync(SCHEMA)).update(fs.readFileSync("prisma.config.ts")).digest("hex");
}

/** Generates both Prisma clients, unless `onlyIfChanged` and they were generated from this schema. */
export function generate({ onlyIfChanged = false } = {}): void {
  const hash = schemaHash();
  if (onlyIfChanged && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === hash) return;
  for (const { name, databaseUrl } of PROVIDERS) {
    const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: "utf8",
    });
    if (result.status !== 0) {
      process.stderr.write(`${result.stdout}${result.stderr}`);
      throw new Error(`prisma generate (${name}) failed.`);
    }
  }
  fs.writeFileSync(STAMP, hash);
  console.log(`Prisma clients generated (${PROVIDERS.map((p) => p.name).join(", ")}).`);
}

if (require.main === module) {
  try {
    generate();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
