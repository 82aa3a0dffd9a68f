/** @jest-environment node */
/**
 * Regression tests for the PostgreSQL transaction hazards in DESIGN.md ("Transactions: verified
 * hazards and the safe pattern"). Each hazard is REPRODUCED with the adapter as shipped
 * (`new PrismaPg(...)`) and shown to be prevented by our wrapper (`createSafePgAdapter`) or by the
 * safe write pattern. The server tests run when TEST_DATABASE_URL is a postgres URL:
 *   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx jest __tests__/lib/db
 * The unit tests at the top always run: they drive the real Prisma engine over a fake adapter.
 */
import { Pool, type PoolClient } from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { providerOf } from "@/lib/db/client";
import { createSafePgAdapter, guardPgTransaction, type PgTransaction } from "@/lib/db/pg-adapter";
import { createTestDb, withClient, type TestDb } from "../../helpers/test-db";
import { TIMED_OUT, driverCause, failureOf, recordFailedTxStatements, sleep, within } from "./hazard-helpers";

jest.setTimeout(15_000);

const HANG_BOUND_MS = 2_000;

// ---------------------------------------------------------------------------------------------
// Always on: the real Prisma engine over a fake PostgreSQL adapter whose COMMIT fails.
// ---------------------------------------------------------------------------------------------

type Release = Error | boolean | undefined;

/** A transaction shaped like adapter-pg's: commit()/rollback() release the pooled client. */
function fakePgTransaction(failCommitWith?: Error) {
  const releases: Release[] = [];
  const executed: string[] = [];
  const client = { release: (error?: Error | boolean) => void releases.push(error) };
  const tx: PgTransaction = {
    provider: "postgres",
    adapterName: "fake-pg",
    options: { usePhantomQuery: false },
    client,
    queryRaw: async () => ({ columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: async (query: SqlQuery) => {
      executed.push(query.sql);
      if (failCommitWith && /^\s*COMMIT/i.test(query.sql)) throw failCommitWith;
      return 0;
    },
    commit: async () => client.release(),
    rollback: async () => client.release(),
  };
  return { tx, releases, executed };
}

const serializationFailure = () =>
  new DriverAdapterError({ kind: "TransactionWriteConflict", originalCode: "40001", originalMessage: "could not serialize access" });

/** A driver adapter factory for the PostgreSQL client whose transactions come from `nextTx`. */
function fakePgFactory(nextTx: () => Transaction): SqlMigrationAwareDriverAdapterFactory {
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "fake-pg",
    queryRaw: async () => ({ columnNames: [], columnTypes: [], rows: [] }),
    executeRaw: async () => 0,
    executeScript: async () => undefined,
    startTransaction: async () => nextTx(),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    dispose: async () => undefined,
  };
  return {
    provider: "postgres",
    adapterName: "fake-pg",
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
}

describe("unit: a failing COMMIT through the real Prisma engine (no server needed)", () => {
  test("shipped behaviour: the engine calls neither commit() nor rollback(), so the connection is never released", async () => {
    const fake = fakePgTransaction(serializationFailure());
    const db = new PgPrismaClient({ adapter: fakePgFactory(() => fake.tx) });
    try {
      const failure = await failureOf(db.$transaction(async () => "work done"));
      // The error is the raw DriverAdapterError (40001), not a P2034 PrismaClientKnownRequestError.
      expect(failure).toBeInstanceOf(DriverAdapterError);
      expect(driverCause(failure)).toMatchObject({ kind: "TransactionWriteConflict", originalCode: "40001" });
      expect(fake.executed).toEqual(["COMMIT"]);
      expect(fake.releases).toEqual([]); // leaked: this is the hazard
    } finally {
      await db.$disconnect();
    }
  });

  test("wrapper: the connection is released with the error (destroyed, not pooled), exactly once", async () => {
    const commitError = serializationFailure();
    const fake = fakePgTransaction(commitError);
    const db = new PgPrismaClient({ adapter: fakePgFactory(() => guardPgTransaction(fake.tx)) });
    try {
      const failure = await failureOf(db.$transaction(async () => "work done"));
      expect(failure).toBe(commitError);
      expect(fake.executed).toEqual(["COMMIT"]);
      expect(fake.releases).toEqual([commitError]);
      // Late commit()/rollback() calls must not release it a second time (pg throws on that).
      await fake.tx.rollback();
      await fake.tx.commit();
      expect(fake.releases).toEqual([commitError]);
    } finally {
      await db.$disconnect();
    }
  });

  test("wrapper: a successful COMMIT and an ordinary rollback release the connection once, without error", async () => {
    const committed = fakePgTransaction();
    const rolledBack = fakePgTransaction();
    const queue = [committed.tx, rolledBack.tx];
    const db = new PgPrismaClient({
      adapter: fakePgFactory(() => {
        const next = queue.shift();
        if (!next) throw new Error("no more fake transactions");
        return guardPgTransaction(next);
      }),
    });
    try {
      await expect(db.$transaction(async () => "ok")).resolves.toBe("ok");
      expect(committed.executed).toEqual(["COMMIT"]);
      expect(committed.releases).toEqual([undefined]);

      const boom = new Error("callback failed");
      await expect(
        db.$transaction(async () => {
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(rolledBack.executed).toEqual(["ROLLBACK"]);
      expect(rolledBack.releases).toEqual([undefined]);
    } finally {
      await db.$disconnect();
    }
  });

  test("wrapper: a failing ordinary statement does not release the connection (the engine rolls back)", async () => {
    const fake = fakePgTransaction();
    const statementError = new Error("duplicate key");
    fake.tx.executeRaw = async (query: SqlQuery) => {
      fake.executed.push(query.sql);
      if (query.sql.startsWith("INSERT")) throw statementError;
      return 0;
    };
    const guarded = guardPgTransaction(fake.tx);
    await expect(guarded.executeRaw({ sql: "INSERT INTO t VALUES (1)", args: [], argTypes: [] })).rejects.toBe(statementError);
    expect(fake.releases).toEqual([]);
    await guarded.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] });
    await guarded.rollback();
    expect(fake.releases).toEqual([undefined]);
  });

  test("createSafePgAdapter sizes its pool from the poolSize option (no connection is opened)", async () => {
    const adapter = await createSafePgAdapter("postgresql://nobody@127.0.0.1:1/none", { poolSize: 3 }).connect();
    try {
      const driver = (adapter as SqlDriverAdapter & { underlyingDriver?: () => unknown }).underlyingDriver?.();
      expect(driver).toBeInstanceOf(Pool);
      expect((driver as Pool).options.max).toBe(3);
      expect((driver as Pool).totalCount).toBe(0);
    } finally {
      await adapter.dispose();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Against a real PostgreSQL server (TEST_DATABASE_URL=postgresql://…).
// ---------------------------------------------------------------------------------------------

const pgUrl = process.env.TEST_DATABASE_URL;
const onPostgres = pgUrl !== undefined && providerOf(pgUrl) === "postgresql";

/** A PostgreSQL Prisma client plus what a test needs to see inside its adapter. */
type Instrumented = {
  db: PgPrismaClient;
  /** SQL of every statement that failed inside a transaction. */
  failed: string[];
  /** Pooled connections currently checked out of the adapter's pool. */
  checkedOut: Set<PoolClient>;
  pool: () => Pool;
  close: () => Promise<void>;
};

function instrument(factory: SqlMigrationAwareDriverAdapterFactory): Instrumented {
  const failed: string[] = [];
  const checkedOut = new Set<PoolClient>();
  let pool: Pool | undefined;
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    async connect() {
      const adapter = await factory.connect();
      const driver = (adapter as SqlDriverAdapter & { underlyingDriver?: () => unknown }).underlyingDriver?.();
      if (!(driver instanceof Pool)) throw new Error("expected adapter-pg to expose its pg.Pool");
      pool = driver;
      driver.on("acquire", (client) => checkedOut.add(client));
      driver.on("release", (_error, client) => checkedOut.delete(client));
      return adapter;
    },
  };
  const db = new PgPrismaClient({ adapter: recordFailedTxStatements(tracked, failed) });
  return {
    db,
    failed,
    checkedOut,
    pool: () => {
      if (!pool) throw new Error("not connected yet");
      return pool;
    },
    async close() {
      // Destroy connections the shipped adapter leaked, or pool.end() (in $disconnect) never ends.
      for (const client of [...checkedOut]) client.release(new Error("test cleanup: leaked connection"));
      await db.$disconnect();
    },
  };
}

const rawPg = (url: string, max: number) => instrument(new PrismaPg({ connectionString: url, max }));
const safePg = (url: string, poolSize: number) => instrument(createSafePgAdapter(url, { poolSize }));


/** Settles when the pool has finished handing connections back (release is asynchronous). */
const settle = () => sleep(20);

if (onPostgres) {
  let testDb: TestDb;
  const opened: Instrumented[] = [];
  const open = (client: Instrumented) => {
    opened.push(client);
    return client;
  };

  beforeAll(async () => {
    testDb = await createTestDb();
    expect(testDb.provider).toBe("postgresql");
    await withClient(testDb.url, async (client) => {
      // Scratch tables, created with a separate pg Client (DDL, not through Prisma).
      await client.query(
        "CREATE TABLE hazard_deferred (k int NOT NULL, CONSTRAINT hazard_deferred_k UNIQUE (k) DEFERRABLE INITIALLY DEFERRED)",
      );
      await client.query("CREATE TABLE hazard_skew (id int PRIMARY KEY, v int NOT NULL)");
      await client.query("INSERT INTO hazard_skew (id, v) VALUES (1, 0), (2, 0)");
    });
  });

  afterAll(async () => {
    for (const client of opened) await client.close();
    await testDb?.cleanup();
  });

  /** A transaction whose COMMIT fails: a DEFERRABLE INITIALLY DEFERRED unique key is checked then. */
  const failCommitWithDeferredUnique = (db: PgPrismaClient, k: number) =>
    failureOf(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO hazard_deferred (k) VALUES (${k}), (${k})`;
      }),
    );

  describe("hazard 3a: a failed COMMIT (deferred unique violation) leaks a pooled connection", () => {
    const POOL = 2;

    test("shipped adapter: after POOL failed COMMITs the pool is exhausted and the next query hangs", async () => {
      const raw = open(rawPg(testDb.url, POOL));
      for (let i = 0; i < POOL; i++) {
        const failure = await failCommitWithDeferredUnique(raw.db, 1000 + i);
        expect(driverCause(failure)).toMatchObject({ kind: "UniqueConstraintViolation", originalCode: "23505" });
      }
      expect(raw.failed).toEqual(Array(POOL).fill("COMMIT"));
      await settle();
      console.info(`[pg hazard 3a] shipped adapter: ${raw.checkedOut.size} of ${POOL} connections leaked after ${POOL} failed COMMITs`);
      expect(raw.checkedOut.size).toBe(POOL);

      const next = raw.db.authThrottle.count();
      expect(await within(HANG_BOUND_MS, next)).toBe(TIMED_OUT);
      expect(raw.pool().waitingCount).toBe(1);
      // Destroying the leaked connections unblocks the waiting query.
      for (const client of [...raw.checkedOut]) client.release(new Error("test: destroy leaked connection"));
      await expect(within(HANG_BOUND_MS, next)).resolves.toBe(0);
    });

    test("wrapper: 3 x POOL failed COMMITs leak nothing; later queries and transactions succeed", async () => {
      const safe = open(safePg(testDb.url, POOL));
      for (let i = 0; i < 3 * POOL; i++) {
        // Bounded: with a leaking adapter the (POOL + 1)th transaction would wait for a connection forever.
        const failure = await within(HANG_BOUND_MS, failCommitWithDeferredUnique(safe.db, 2000 + i));
        expect(failure).not.toBe(TIMED_OUT);
        expect(driverCause(failure)).toMatchObject({ kind: "UniqueConstraintViolation", originalCode: "23505" });
      }
      expect(safe.failed).toEqual(Array(3 * POOL).fill("COMMIT"));
      await settle();
      console.info(`[pg hazard 3a] wrapper: ${safe.checkedOut.size} connections leaked after ${3 * POOL} failed COMMITs`);
      expect(safe.checkedOut.size).toBe(0);

      const later = Promise.all([
        safe.db.authThrottle.create({ data: { key: "pg-3a-plain", windowStart: new Date() } }),
        safe.db.$transaction((tx) => tx.authThrottle.create({ data: { key: "pg-3a-tx", windowStart: new Date() } })),
        safe.db.$transaction(async (tx) => {
          await tx.$executeRaw`INSERT INTO hazard_deferred (k) VALUES (${2999})`;
        }),
      ]);
      expect(await within(HANG_BOUND_MS, later)).not.toBe(TIMED_OUT);
      const committed = await withClient(testDb.url, async (client) => ({
        throttles: (await client.query(`SELECT key FROM "AuthThrottle" WHERE key LIKE 'pg-3a-%' ORDER BY key`)).rows,
        deferred: (await client.query("SELECT k FROM hazard_deferred ORDER BY k")).rows,
      }));
      expect(committed.throttles).toEqual([{ key: "pg-3a-plain" }, { key: "pg-3a-tx" }]);
      expect(committed.deferred).toEqual([{ k: 2999 }]); // none of the failed transactions' rows
    });
  });

  /**
   * One round of write skew between two Serializable interactive transactions: each reads the
   * row the other writes; both write before either commits; T1 commits first, so PostgreSQL
   * cancels T2 as the pivot of a dangerous structure *at its COMMIT* (40001).
   */
  async function writeSkewRound(db: PgPrismaClient) {
    const signal = () => {
      let fire!: () => void;
      const fired = new Promise<void>((resolve) => (fire = resolve));
      return { fire, fired };
    };
    const t1Read = signal();
    const t2Read = signal();
    const t1Wrote = signal();
    const t2Wrote = signal();
    const options = { isolationLevel: "Serializable" as const, timeout: 10_000, maxWait: 10_000 };

    const t1 = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT v FROM hazard_skew WHERE id = 2`;
      t1Read.fire();
      await t2Read.fired;
      await tx.$executeRaw`UPDATE hazard_skew SET v = v + 1 WHERE id = 1`;
      t1Wrote.fire();
      await t2Wrote.fired;
    }, options);
    const t1Settled = failureOf(t1);
    const t2 = db.$transaction(async (tx) => {
      await t1Read.fired;
      await tx.$queryRaw`SELECT v FROM hazard_skew WHERE id = 1`;
      t2Read.fire();
      await t1Wrote.fired;
      await tx.$executeRaw`UPDATE hazard_skew SET v = v + 1 WHERE id = 2`;
      t2Wrote.fire();
      await t1Settled; // T1 has committed: now commit T2
    }, options);
    return { t1: await t1Settled, t2: await failureOf(t2) };
  }

  describe("hazard 3b: a serialization failure raised at COMMIT (40001) leaks a pooled connection", () => {
    const ROUNDS = 3;

    test("shipped adapter: every round leaks the failed transaction's connection", async () => {
      const raw = open(rawPg(testDb.url, ROUNDS + 1));
      for (let round = 0; round < ROUNDS; round++) {
        const { t1, t2 } = await writeSkewRound(raw.db);
        expect(t1).toBeUndefined();
        // A raw DriverAdapterError (TransactionWriteConflict, 40001), not P2034.
        expect(driverCause(t2)).toMatchObject({ kind: "TransactionWriteConflict", originalCode: "40001" });
      }
      expect(raw.failed).toEqual(Array(ROUNDS).fill("COMMIT"));
      await settle();
      console.info(`[pg hazard 3b] shipped adapter: ${raw.checkedOut.size} connections leaked after ${ROUNDS} failed COMMITs (40001)`);
      expect(raw.checkedOut.size).toBe(ROUNDS);
    });

    test("wrapper: with a pool of 2, every round gets its 2 connections and nothing leaks", async () => {
      const safe = open(safePg(testDb.url, 2));
      for (let round = 0; round < ROUNDS; round++) {
        const result = await within(5_000, writeSkewRound(safe.db));
        expect(result).not.toBe(TIMED_OUT);
        if (result === TIMED_OUT) return;
        expect(result.t1).toBeUndefined();
        expect(driverCause(result.t2)).toMatchObject({ kind: "TransactionWriteConflict", originalCode: "40001" });
      }
      expect(safe.failed).toEqual(Array(ROUNDS).fill("COMMIT"));
      await settle();
      expect(safe.checkedOut.size).toBe(0);
      await expect(within(HANG_BOUND_MS, safe.db.authThrottle.count())).resolves.not.toBe(TIMED_OUT);
    });
  });

  describe("hazard 4: read-then-update under ReadCommitted loses updates", () => {
    const N = 50;
    const txOptions = { timeout: 10_000, maxWait: 10_000 };

    async function throttleRow(db: PgPrismaClient, key: string) {
      await db.authThrottle.create({ data: { key, windowStart: new Date() } });
      return async () => (await db.authThrottle.findUniqueOrThrow({ where: { key } })).failures;
    }

    const errorCode = (error: unknown) =>
      typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
    const isSerializationFailure = (error: unknown) =>
      errorCode(error) === "P2034" || driverCause(error).originalCode === "40001";

    test("naive interactive read + update (default ReadCommitted): updates are lost", async () => {
      const db = open(safePg(testDb.url, 10)).db;
      const failures = await throttleRow(db, "pg-4-naive");
      await Promise.all(
        Array.from({ length: N }, () =>
          db.$transaction(async (tx) => {
            const row = await tx.authThrottle.findUniqueOrThrow({ where: { key: "pg-4-naive" } });
            await tx.authThrottle.update({ where: { key: "pg-4-naive" }, data: { failures: row.failures + 1 } });
          }, txOptions),
        ),
      );
      const final = await failures();
      console.info(`[pg hazard 4] naive read+update: counter ${final} after ${N} increments (${N - final} lost)`);
      expect(final).toBeLessThan(N);
    });

    test("batch pattern (DESIGN.md): ReviewLog (cardId, fromVersion) unique + CardState.updateMany on version, retried: exact count", async () => {
      const db = open(safePg(testDb.url, 10)).db;
      const user = await db.user.create({ data: { email: "pg-hazard-4@example.com" } });
      const deck = await db.deck.create({ data: { ownerId: user.id, title: "hazard 4" } });
      const fact = await db.fact.create({
        data: { deckId: deck.id, position: 0, statement: "s", sourceSentence: "s", spanStart: 0, spanEnd: 1 },
      });
      const card = await db.cardState.create({ data: { userId: user.id, factId: fact.id, due: new Date() } });
      let conflicts = 0;

      const review = async (n: number) => {
        for (let attempt = 0; attempt < 200; attempt++) {
          const { version } = await db.cardState.findUniqueOrThrow({ where: { id: card.id } });
          const now = new Date();
          try {
            const [, advanced] = await db.$transaction([
              db.reviewLog.create({
                data: {
                  id: `pg-4-review-${n}`,
                  userId: user.id,
                  factId: fact.id,
                  cardId: card.id,
                  fromVersion: version,
                  rating: 3,
                  source: "REVIEW",
                  state: 2,
                  due: now,
                  stability: 1,
                  difficulty: 5,
                  elapsedDays: 0,
                  scheduledDays: 1,
                  learningSteps: 0,
                  reviewedAt: now,
                },
              }),
              db.cardState.updateMany({
                where: { id: card.id, version },
                data: { version: version + 1, reps: { increment: 1 } },
              }),
            ]);
            expect(advanced.count).toBe(1); // the unique log key admits one writer per version
            return;
          } catch (error) {
            if (errorCode(error) !== "P2002") throw error; // a concurrent write won: re-read, retry
            conflicts++;
            await sleep(Math.random() * 10 * Math.min(attempt + 1, 6)); // jittered backoff: no lockstep retries
          }
        }
        throw new Error(`review ${n}: too many conflicts`);
      };
      // 50 reviews from 10 concurrent writers (the pool size): every writer races the others on
      // each version; more writers only lengthen the retry storm, not the coverage.
      const WRITERS = 10;
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, writer) => {
          for (let n = writer; n < N; n += WRITERS) await review(n);
        }),
      );

      const final = await db.cardState.findUniqueOrThrow({ where: { id: card.id } });
      const logs = await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: { fromVersion: "asc" } });
      console.info(`[pg hazard 4] batch + version: version ${final.version}, reps ${final.reps}, ${logs.length} logs (${conflicts} retried conflicts)`);
      expect(final).toMatchObject({ version: N, reps: N });
      expect(logs.map((log) => log.fromVersion)).toEqual(Array.from({ length: N }, (_, v) => v));
    });

    test("Serializable interactive read + update, retried on serialization failure: exact count", async () => {
      const db = open(safePg(testDb.url, 10)).db;
      const failures = await throttleRow(db, "pg-4-serializable");
      const retried = { p2034: 0, atCommit: 0 };
      const increment = async () => {
        for (let attempt = 0; attempt < 200; attempt++) {
          try {
            await db.$transaction(
              async (tx) => {
                const row = await tx.authThrottle.findUniqueOrThrow({ where: { key: "pg-4-serializable" } });
                await tx.authThrottle.update({ where: { key: "pg-4-serializable" }, data: { failures: row.failures + 1 } });
              },
              { ...txOptions, isolationLevel: "Serializable" },
            );
            return;
          } catch (error) {
            // P2034 from a statement, or a raw DriverAdapterError (40001) from COMMIT.
            if (!isSerializationFailure(error)) throw error;
            if (errorCode(error) === "P2034") retried.p2034++;
            else retried.atCommit++;
            await sleep(Math.random() * 5);
          }
        }
        throw new Error("too many serialization failures");
      };
      await Promise.all(Array.from({ length: N }, increment));
      const final = await failures();
      console.info(`[pg hazard 4] Serializable + retry: counter ${final} after ${N} increments (retried: ${retried.p2034} P2034, ${retried.atCommit} raw 40001 at COMMIT)`);
      expect(final).toBe(N);
    });

    test("atomic { increment: 1 }: exact count", async () => {
      const db = open(safePg(testDb.url, 10)).db;
      const failures = await throttleRow(db, "pg-4-atomic");
      await Promise.all(
        Array.from({ length: N }, () =>
          db.authThrottle.update({ where: { key: "pg-4-atomic" }, data: { failures: { increment: 1 } } }),
        ),
      );
      expect(await failures()).toBe(N);
    });
  });
}
