import { spawnSync } from "node:child_process";

// Prisma 6 requires a datasource url in the schema and then warns on every run that the
// driver adapter (prisma.config.ts) makes it unused; that warning is noise for a newcomer.
const UNUSED_URL_WARNING = /\n?WARNING: Your schema specifies the following datasource properties[\s\S]*?only using driver adapters\.\n/;

/** `prisma migrate deploy` on `databaseUrl`: quiet when it succeeds, its output when it fails. */
export function migrate(databaseUrl: string): void {
  const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.replace(UNUSED_URL_WARNING, "");
  if (result.status !== 0) {
    process.stderr.write(output);
    throw new Error(`prisma migrate deploy failed (exit ${result.status}).`);
  }
  const applied = output.match(/following migration\(s\) have been applied/) ? output.match(/migration\.sql/g)?.length ?? 0 : 0;
  if (applied > 0) console.log(`Applied ${applied} database migration${applied === 1 ? "" : "s"}.`);
}
