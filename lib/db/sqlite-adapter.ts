import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";
import { withStatementCache } from "./sqlite-statement-cache";

/** busy_timeout in ms; DESIGN.md asks for at least 5000. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** The database file a `file:` URL names, as @prisma/adapter-better-sqlite3 opens it (relative to the working directory). */
export function sqliteFileOf(url: string): string {
  return url.replace(/^file:/, "");
}

export type SafeSqliteAdapterOptions = {
  /** busy_timeout in ms (default SQLITE_BUSY_TIMEOUT_MS). Only tests should lower it. */
  busyTimeoutMs?: number;
};

type SqliteAdapter = SqlDriverAdapter & { client: Database.Database };

/**
 * The better-sqlite3 adapter shares one connection between all requests. As shipped, a plain
 * query issued while another request's interactive transaction is open runs inside it (and is
 * lost with its rollback), and a failed COMMIT never releases the adapter's lock. This wrapper
 * makes plain queries wait for the open transaction and always ends a transaction whose
 * COMMIT or ROLLBACK statement failed. Regression tests: __tests__/lib/db/sqlite-hazards.test.ts.
 */
export function createSafeSqliteAdapter(
  url: string,
  options: SafeSqliteAdapterOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  const busyTimeoutMs = options.busyTimeoutMs ?? SQLITE_BUSY_TIMEOUT_MS;
  const base = new PrismaBetterSQLite3({ url, timeout: busyTimeoutMs });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connectToShadowDb: () => base.connectToShadowDb(),
    async connect() {
      const adapter = (await base.connect()) as SqliteAdapter;
      applyPragmas(adapter.client, busyTimeoutMs);
      adapter.client = withStatementCache(adapter.client);
      return guardTransactions(adapter);
    },
  };
}

export function applyPragmas(db: Database.Database, busyTimeoutMs: number = SQLITE_BUSY_TIMEOUT_MS): void {
  db.pragma("journal_mode = WAL");
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
}

/** A FIFO lock: `acquire()` resolves with a release function once every earlier holder released. */
function createFifoLock(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  return async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = tail;
    tail = previous.then(() => released);
    await previous;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      release();
    };
  };
}

/**
 * One FIFO lock orders plain queries and transactions on the shared connection. A transaction
 * takes it *before* its BEGIN and keeps it until it ends, so a plain query can never run between
 * BEGIN and COMMIT/ROLLBACK (better-sqlite3 runs each statement synchronously, so a plain query
 * holds the lock only for the duration of its own statement).
 */
function guardTransactions(adapter: SqliteAdapter): SqliteAdapter {
  const acquire = createFifoLock();

  const gate = <A, R>(run: (arg: A) => Promise<R>) =>
    async (arg: A): Promise<R> => {
      const release = await acquire();
      try {
        return await run(arg);
      } finally {
        release();
      }
    };
  adapter.queryRaw = gate(adapter.queryRaw.bind(adapter));
  adapter.executeRaw = gate(adapter.executeRaw.bind(adapter));
  adapter.executeScript = gate(adapter.executeScript.bind(adapter));

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel?: IsolationLevel) => {
    const release = await acquire();
    try {
      return guardTransaction(await startTransaction(isolationLevel), adapter.client, release);
    } catch (error) {
      release();
      throw error;
    }
  };
  return adapter;
}

function guardTransaction(tx: Transaction, db: Database.Database, release: () => void): Transaction {
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);

  tx.commit = async () => {
    try {
      return await commit();
    } finally {
      release();
    }
  };
  tx.rollback = async () => {
    try {
      return await rollback();
    } finally {
      release();
    }
  };
  tx.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) {
        // The engine calls neither commit() nor rollback() after a failed COMMIT/ROLLBACK
        // statement, and SQLite keeps the transaction open (e.g. SQLITE_BUSY at COMMIT, a
        // deferred foreign key violation): end it here, then release both locks.
        try {
          if (db.inTransaction) db.exec("ROLLBACK");
        } finally {
          await tx.rollback();
        }
      }
      throw error;
    }
  };
  return tx;
}
