import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import pg from "pg";
import { pgDirectReader, sqliteDirectReader } from "./direct-read";
import { createSafePgAdapter, poolSizeFrom } from "./pg-adapter";
import { attachDirectReader } from "./read-rows";
import { createSafeSqliteAdapter, SQLITE_BUSY_TIMEOUT_MS, sqliteFileOf } from "./sqlite-adapter";

export const DEFAULT_DATABASE_URL = "file:./data/factdeck.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** A Prisma client on the provider that `url` names, through the hazard-proof adapters. */
export function createPrisma(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): PrismaClient {
  if (providerOf(url) === "sqlite") {
    const client = new PrismaClient({ adapter: createSafeSqliteAdapter(url) });
    const file = sqliteFileOf(url);
    return file === ":memory:" ? client : attachDirectReader(client, sqliteDirectReader(file, SQLITE_BUSY_TIMEOUT_MS));
  }
  // One pool for Prisma and the direct reads, so DATABASE_POOL_SIZE bounds both.
  const pool = new pg.Pool({ connectionString: url, max: poolSizeFrom() });
  // An idle connection the server ends (a restart, DROP DATABASE … WITH (FORCE)) leaves the pool
  // and the next query opens another; unhandled, that 'error' event would crash the process.
  pool.on("error", () => {});
  // Generated from the same schema with only the provider swapped: the model API is identical.
  const client = new PostgresPrismaClient({ adapter: createSafePgAdapter(pool) }) as unknown as PrismaClient;
  return attachDirectReader(client, pgDirectReader(pool));
}

export type Db = PrismaClient;
