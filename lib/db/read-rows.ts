import type { Prisma } from "@/lib/generated/prisma/client";
import type { DirectReader } from "./direct-read";

const readers = new WeakMap<object, DirectReader>();

/** Gives `client` a direct read path; `$disconnect()` closes it too. */
export function attachDirectReader<T extends { $disconnect(): Promise<void> }>(client: T, reader: DirectReader): T {
  readers.set(client, reader);
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await reader.close();
    await disconnect();
  };
  return client;
}

/**
 * The rows of a read-only statement: on the direct path where the client has one (the hot reads
 * every signed-in page makes pay most of their cost in Prisma's per-query machinery,
 * docs/performance.md), else through `$queryRaw`, as inside a transaction, whose client has none.
 */
export function readRows<T>(db: { $queryRaw<R>(query: Prisma.Sql): Prisma.PrismaPromise<R> }, query: Prisma.Sql): Promise<T[]> {
  const reader = readers.get(db);
  return reader ? reader.read<T>(query) : db.$queryRaw<T[]>(query);
}
