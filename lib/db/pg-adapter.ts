import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool, PoolClient } from "pg";

export const DEFAULT_PG_POOL_SIZE = 10;

export type SafePgAdapterOptions = {
  /** Maximum pooled connections (default: DATABASE_POOL_SIZE, else DEFAULT_PG_POOL_SIZE). */
  poolSize?: number;
};

/** The part of adapter-pg's transaction this wrapper relies on: its checked-out pool client. */
export type PgTransaction = Transaction & { client: Pick<PoolClient, "release"> };

export function poolSizeFrom(options: SafePgAdapterOptions = {}): number {
  const requested = options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? DEFAULT_PG_POOL_SIZE);
  return Number.isInteger(requested) && requested > 0 ? requested : DEFAULT_PG_POOL_SIZE;
}

/**
 * adapter-pg releases a transaction's pooled connection only in commit()/rollback(), which the
 * engine never calls when the COMMIT statement itself fails (e.g. a serialization failure at
 * COMMIT): each such failure leaks a connection until the pool hangs. This wrapper ends the
 * transaction and destroys the connection when COMMIT or ROLLBACK fails.
 * Regression tests: __tests__/lib/db/pg-hazards.test.ts.
 */
export function createSafePgAdapter(
  urlOrPool: string | Pool,
  options: SafePgAdapterOptions = {},
): SqlMigrationAwareDriverAdapterFactory {
  // A pool passed in is its owner's to end (adapter-pg leaves it open on disconnect).
  const base = new PrismaPg(typeof urlOrPool === "string" ? { connectionString: urlOrPool, max: poolSizeFrom(options) } : urlOrPool);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connectToShadowDb: () => base.connectToShadowDb(),
    async connect() {
      const adapter: SqlDriverAdapter = await base.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel?: IsolationLevel) =>
        guardPgTransaction((await startTransaction(isolationLevel)) as PgTransaction);
      return adapter;
    },
  };
}

/** Exported for unit tests; `createSafePgAdapter` applies it to every transaction. */
export function guardPgTransaction(tx: PgTransaction): Transaction {
  let released = false;
  const commit = tx.commit.bind(tx);
  const rollback = tx.rollback.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);

  tx.commit = async () => {
    if (released) return;
    released = true;
    return commit();
  };
  tx.rollback = async () => {
    if (released) return;
    released = true;
    return rollback();
  };
  tx.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (!released && /^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) {
        released = true;
        // Passing an error to release() destroys the connection instead of pooling it, so a
        // connection left in an aborted transaction state is never reused.
        tx.client.release(error instanceof Error ? error : true);
      }
      throw error;
    }
  };
  return tx;
}
