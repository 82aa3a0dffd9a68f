import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

// 1) Offline: stop the Prisma CLI from trying to download native engines.
//    The file exists but is empty; with engine:"js" it is never executed.
const noNative = path.resolve("prisma/.no-native-engine");
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= noNative;
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= noNative;

// 2) One schema, two providers: prisma/schema.prisma says "sqlite"; for a postgres
//    DATABASE_URL a copy with provider="postgresql" is written next to it (gitignored).
// Keep in step with DEFAULT_DATABASE_URL in lib/db/client.ts.
const url = process.env.DATABASE_URL ?? "file:./data/factdeck.db";
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
let schema = "prisma/schema.prisma";
if (provider === "postgresql") {
  const src = fs.readFileSync(schema, "utf8");
  const out = src
    .replace(/(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    // Both clients are generated (postinstall), so DATABASE_URL alone picks the provider at run time.
    .replace('output       = "../lib/generated/prisma"', 'output       = "../lib/generated/prisma-postgresql"');
  schema = "prisma/schema.postgresql.prisma";
  const header = "// GENERATED from prisma/schema.prisma by prisma.config.ts - do not edit\n";
  if (!fs.existsSync(schema) || fs.readFileSync(schema, "utf8") !== header + out) fs.writeFileSync(schema, header + out);
}

// 3) Prisma 6.19.3's wasm schema engine replays migration.sql files on the SQLite shadow DB
//    through executeRaw (one prepared statement); better-sqlite3 rejects multi-statement SQL,
//    giving P3006. Route such SQL to executeScript on the shadow connection only.
function fixSqliteShadow(base: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    async connectToShadowDb() {
      const shadow = await base.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (q) => {
        if (q.args.length === 0 && /;\s*\S/.test(q.sql)) {
          await shadow.executeScript(q.sql);
          return 0;
        }
        return executeRaw(q);
      };
      return shadow;
    },
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema,
  migrations: { path: `prisma/migrations/${provider}` },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      const pg = (await import("pg")).default;
      // 4) Prisma 6.19.3 + adapter-pg: the schema engine reads pg_catalog columns of type
      //    `name` (oid 19) / "char" (oid 18), which adapter-pg cannot map ("Column type 'name'
      //    could not be deserialized", prisma/orm#27403). Report them as text (oid 25).
      type Fields = { dataTypeID: number }[];
      const proto = pg.Result.prototype as unknown as { addFields(this: unknown, f: Fields): void };
      const addFields = proto.addFields;
      proto.addFields = function (fields) {
        for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
        return addFields.call(this, fields);
      };
      // 5) Discrete fields, not connectionString: PrismaPg's shadow DB is {...config, database},
      //    and pg lets connectionString override `database` (shadow would be the main DB).
      const u = new URL(url);
      const cfg = {
        host: u.hostname,
        port: Number(u.port || 5432),
        user: decodeURIComponent(u.username),
        password: decodeURIComponent(u.password),
        database: u.pathname.slice(1),
      };
      const base = new PrismaPg(cfg);
      const admin = async (sql: string) => {
        const c = new pg.Client(cfg);
        await c.connect();
        try { await c.query(sql); } finally { await c.end(); }
      };
      // 6) PrismaPg's own shadow DB drops the database before closing its pool
      //    ("is being accessed by other users"), leaving it behind. Own shadow DB instead.
      return {
        provider: base.provider,
        adapterName: base.adapterName,
        connect: () => base.connect(),
        async connectToShadowDb() {
          const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
          await admin(`CREATE DATABASE "${name}"`);
          const shadow = await new PrismaPg({ ...cfg, database: name }).connect();
          const dispose = shadow.dispose.bind(shadow);
          shadow.dispose = async () => {
            await dispose();
            await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
          };
          return shadow;
        },
      };
    }
    const file = url.replace(/^file:/, "");
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return fixSqliteShadow(new PrismaBetterSQLite3({ url, timeout: 5000 }));
  },
});
