import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

export const TIMED_OUT = Symbol("timed out");
export type TimedOut = typeof TIMED_OUT;

/** Resolves with `work`'s value, or TIMED_OUT after `ms`; the timer is always cleared. */
export async function within<T>(ms: number, work: Promise<T>): Promise<T | TimedOut> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<TimedOut>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Settles `work` and returns its rejection reason, or undefined if it resolved. */
export const failureOf = (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => undefined,
    (error: unknown) => error,
  );

/** The driver error a DriverAdapterError carries ({ kind, originalCode, originalMessage, … }). */
export function driverCause(error: unknown): Record<string, unknown> {
  if (error instanceof Error && typeof error.cause === "object" && error.cause !== null) {
    return error.cause as Record<string, unknown>;
  }
  return {};
}

/**
 * Wraps a driver adapter factory (shipped or ours) and records the SQL of every statement that
 * failed inside a transaction, so a test can prove that it was the COMMIT that failed.
 */
export function recordFailedTxStatements(
  factory: SqlMigrationAwareDriverAdapterFactory,
  failed: string[],
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    async connect() {
      const adapter = await factory.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const tx = await startTransaction(isolationLevel);
        const executeRaw = tx.executeRaw.bind(tx);
        const queryRaw = tx.queryRaw.bind(tx);
        tx.executeRaw = async (query: SqlQuery) => {
          try {
            return await executeRaw(query);
          } catch (error) {
            failed.push(query.sql);
            throw error;
          }
        };
        tx.queryRaw = async (query: SqlQuery) => {
          try {
            return await queryRaw(query);
          } catch (error) {
            failed.push(query.sql);
            throw error;
          }
        };
        return tx;
      };
      return adapter;
    },
  };
}
