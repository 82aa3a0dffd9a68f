import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";

/** busy_timeout in ms; DESIGN.md asks for at least 5000. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

type SqliteAdapter = SqlDriverAdapter & { client: Database.Database };

/**
 * The better-sqlite3 adapter shares one connection between all requests. As shipped, a plain
 * query issued while another request's interactive transaction is open runs inside it (and is
 * lost with its rollback), and a failed COMMIT never releases the adapter's lock. This wrapper
 * makes plain queries wait for the open transaction and always ends a transaction whose
 * COMMIT or ROLLBACK statement failed.
 */
export function createSafeSqliteAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaBetterSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connectToShadowDb: () => base.connectToShadowDb(),
    async connect() {
      const adapter = (await base.connect()) as SqliteAdapter;
      applyPragmas(adapter.client);
      return guardTransactions(adapter);
    },
  };
}

export function applyPragmas(db: Database.Database): void {
  db.pragma("journal_mode = WAL");
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
}

function guardTransactions(adapter: SqliteAdapter): SqliteAdapter {
  let idle: Promise<void> = Promise.resolve();

  const waitUntilIdle = async () => {
    let seen: Promise<void>;
    do {
      seen = idle;
      await seen;
    } while (seen !== idle);
  };

  for (const method of ["queryRaw", "executeRaw", "executeScript"] as const) {
    const original = adapter[method].bind(adapter) as (arg: never) => Promise<unknown>;
    (adapter as unknown as Record<string, unknown>)[method] = async (arg: never) => {
      await waitUntilIdle();
      return original(arg);
    };
  }

  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel?: IsolationLevel) => {
    const tx = await startTransaction(isolationLevel);
    let markIdle!: () => void;
    idle = new Promise<void>((resolve) => (markIdle = resolve));
    return guardTransaction(tx, adapter.client, markIdle);
  };
  return adapter;
}

function guardTransaction(tx: Transaction, db: Database.Database, markIdle: () => void): Transaction {
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    markIdle();
  };
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);

  tx.commit = async () => {
    finish();
    return commit();
  };
  tx.rollback = async () => {
    finish();
    return rollback();
  };
  tx.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) {
        if (db.inTransaction) db.exec("ROLLBACK");
        finish();
        await rollback();
      }
      throw error;
    }
  };
  return tx;
}
