import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createStatementCache } from "./sqlite-statement-cache";

/**
 * Rows for a read-only SQL statement, typed as `$queryRaw` types them on both databases: DATETIME
 * and timestamp columns as Date, SQLite BOOLEAN columns as booleans. Counts come back as numbers
 * (`$queryRaw` gives bigints; callers take Number() of both).
 */
export type DirectReader = { read<T>(query: Prisma.Sql): Promise<T[]>; close(): Promise<void> };

/** SQLite's CURRENT_TIMESTAMP ("2026-01-31 12:00:00") is UTC; Prisma writes ISO strings with an offset. */
function sqliteDate(value: unknown): unknown {
  if (typeof value === "number") return new Date(value);
  if (typeof value !== "string") return value;
  return new Date(/[T]/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}

/** A bound value as @prisma/adapter-better-sqlite3 binds it, so comparisons with stored values agree. */
function sqliteArg(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

type Decoder = (row: Record<string, unknown>) => void;

function sqliteDecoder(statement: Database.Statement): Decoder {
  const columns = statement.columns();
  const dates = columns.filter((c) => c.type?.toUpperCase() === "DATETIME").map((c) => c.name);
  const booleans = columns.filter((c) => c.type?.toUpperCase() === "BOOLEAN").map((c) => c.name);
  return (row) => {
    for (const name of dates) if (row[name] !== null) row[name] = sqliteDate(row[name]);
    for (const name of booleans) if (row[name] !== null) row[name] = row[name] === 1;
  };
}

/**
 * Reads on a second, read-only connection to the database file: WAL gives each statement the
 * last committed snapshot, and better-sqlite3 answers synchronously, with none of Prisma's
 * per-query work. Never sees another request's open transaction, as a read on the shared
 * connection could.
 */
export function sqliteDirectReader(file: string, busyTimeoutMs: number): DirectReader {
  let connection: Database.Database | null = null;
  let prepare: ((sql: string) => Database.Statement) | null = null;
  const decoders = new WeakMap<Database.Statement, Decoder>();
  return {
    async read<T>(query: Prisma.Sql) {
      if (!connection) {
        connection = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
        prepare = createStatementCache(connection);
      }
      const statement = prepare!(query.sql);
      let decode = decoders.get(statement);
      if (!decode) decoders.set(statement, (decode = sqliteDecoder(statement)));
      const rows = statement.all(...query.values.map(sqliteArg)) as Record<string, unknown>[];
      rows.forEach(decode);
      return rows as T[];
    },
    async close() {
      connection?.close();
      connection = null;
    },
  };
}

const TIMESTAMP_OID = 1114;
const INT8_OID = 20;

/** Prisma's PostgreSQL columns are `timestamp(3)` without time zone holding UTC. */
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    if (oid === INT8_OID) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

/** A Date bound as @prisma/adapter-pg binds it: the UTC wall time, which `timestamp` columns hold. */
function pgArg(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;
}

/** Reads on the pool the Prisma adapter uses: one round trip, without Prisma's per-query work. */
export function pgDirectReader(pool: pg.Pool): DirectReader {
  return {
    async read<T>(query: Prisma.Sql) {
      const result = await pool.query({ text: query.text, values: query.values.map(pgArg), types: pgTypes });
      return result.rows as T[];
    },
    async close() {
      await pool.end();
    },
  };
}
