import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Statement builders for the hot writes written in SQL (docs/performance.md: a Prisma query-builder
 * call costs several times the statement itself). Values are always bound parameters; table and
 * column names come from code and are checked to be plain identifiers.
 */
function identifier(name: string): Prisma.Sql {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return Prisma.raw(`"${name}"`);
}

function definedEntries(values: Record<string, unknown>): [string, unknown][] {
  return Object.entries(values).filter(([, value]) => value !== undefined);
}

/** INSERT INTO "table" ("a", "b") VALUES ($1, $2); undefined values are left to the column's default. */
export function insertInto(table: string, row: Record<string, unknown>): Prisma.Sql {
  const entries = definedEntries(row);
  return Prisma.sql`INSERT INTO ${identifier(table)} (${Prisma.join(entries.map(([column]) => identifier(column)))}) VALUES (${Prisma.join(entries.map(([, value]) => value))})`;
}

/** "a" = $1, "b" = $2 for an UPDATE's SET clause; undefined values are left unchanged. */
export function assignments(values: Record<string, unknown>): Prisma.Sql {
  return Prisma.join(definedEntries(values).map(([column, value]) => Prisma.sql`${identifier(column)} = ${value}`));
}
