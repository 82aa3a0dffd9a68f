import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PoolClient } from "pg";

type PgTransaction = Transaction & { client: PoolClient };

/**
 * adapter-pg releases a transaction's pooled connection only in commit()/rollback(), which the
 * engine never calls when the COMMIT statement itself fails (e.g. a serialization failure at
 * COMMIT): each such failure leaks a connection until the pool hangs. This wrapper ends the
 * transaction and destroys the connection when COMMIT or ROLLBACK fails.
 */
export function createSafePgAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connectToShadowDb: () => base.connectToShadowDb(),
    async connect() {
      const adapter: SqlDriverAdapter = await base.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel?: IsolationLevel) =>
        guardTransaction((await startTransaction(isolationLevel)) as PgTransaction);
      return adapter;
    },
  };
}

function guardTransaction(tx: PgTransaction): Transaction {
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
