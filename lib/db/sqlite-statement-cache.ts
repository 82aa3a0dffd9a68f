import type Database from "better-sqlite3";

/** Distinct statements kept prepared; IN lists of many lengths make the set open-ended. */
export const STATEMENT_CACHE_SIZE = 256;

type Args = unknown[];

/**
 * What @prisma/adapter-better-sqlite3 (pinned) does with a statement: prepare(sql).bind(args), then
 * `reader`, run(), columns() and raw().all(); prepare("BEGIN").run() for transactions.
 */
export type AdapterStatement = {
  readonly reader: boolean;
  bind(args: Args): AdapterStatement;
  run(): Database.RunResult;
  all(): unknown[];
  columns(): Database.ColumnDefinition[];
  raw(toggle?: boolean): AdapterStatement;
};

/** A cached statement with this call's arguments: better-sqlite3's bind() would pin them to the statement for good. */
function withArgs(statement: Database.Statement, args: Args, raw = false): AdapterStatement {
  return {
    reader: statement.reader,
    bind: (next) => withArgs(statement, next, raw),
    run: () => statement.run(...args),
    all: () => (statement.reader ? statement.raw(raw) : statement).all(...args),
    columns: () => statement.columns(),
    raw: (toggle = true) => withArgs(statement, args, toggle),
  };
}

/** prepare() that reuses the statement compiled for the same SQL, least recently used dropped first. */
export function createStatementCache(db: Database.Database, size: number = STATEMENT_CACHE_SIZE): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (statement) statements.delete(sql);
    else statement = db.prepare(sql);
    statements.set(sql, statement);
    if (statements.size > size) statements.delete(statements.keys().next().value!);
    return statement;
  };
}

/**
 * The adapter prepares every statement on every call (4–7% of a signed-in page's CPU,
 * docs/performance.md). This gives it a view of the connection whose prepare() reuses the
 * statement compiled for the same SQL, least recently used dropped first; everything else
 * passes through to the connection.
 */
export function withStatementCache(db: Database.Database, size: number = STATEMENT_CACHE_SIZE): Database.Database {
  const cached = createStatementCache(db, size);
  const prepare = (sql: string): AdapterStatement => withArgs(cached(sql), []);
  return new Proxy(db, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
