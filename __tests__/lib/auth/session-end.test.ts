/** @jest-environment node */
import type { JWT } from "next-auth/jwt";
import { createAuthOptions } from "@/lib/auth/options";
import { SessionRevokedError } from "@/lib/auth/revocation";
import { createUser, signOutEverywhere } from "@/lib/data/users";
import type { Db } from "@/lib/db/client";
import { createTestDb, type TestDb } from "../../helpers/test-db";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.cleanup());

let counter = 0;
async function signedIn() {
  const user = await createUser(testDb.db, { name: `User ${++counter}`, email: `end${counter}@example.com`, password: `long-unique-pass-${counter}`, isTeacher: false });
  const options = createAuthOptions(testDb.db);
  const token = (await options.callbacks!.jwt!({ token: {} as JWT, user: { ...user }, account: null } as never)) as JWT;
  return { user, options, token };
}
const refresh = (token: JWT, db: Db = testDb.db) => createAuthOptions(db).callbacks!.jwt!({ token } as never);

test("each sign-in gets its own session id", async () => {
  const first = await signedIn();
  const second = await signedIn();
  expect(first.token.sid).toEqual(expect.any(String));
  expect(first.token.sid).not.toBe(second.token.sid);
});

test("signing out ends that session on the server: a copy of its token is refused", async () => {
  const { options, token } = await signedIn();
  const copy = { ...token };
  await expect(refresh(copy)).resolves.toMatchObject({ sub: token.sub });
  await options.events!.signOut!({ token, session: null as never });
  await expect(refresh(copy)).rejects.toBeInstanceOf(SessionRevokedError);
});

test("signing out one session leaves the user's other sessions working", async () => {
  const { user, options, token } = await signedIn();
  const other = (await options.callbacks!.jwt!({ token: {} as JWT, user: { ...user }, account: null } as never)) as JWT;
  await options.events!.signOut!({ token, session: null as never });
  await expect(refresh(other)).resolves.toMatchObject({ sub: user.id });
});

test("a token without a session id (issued before sessions were recorded) is refused", async () => {
  const { token } = await signedIn();
  const { sid: _sid, ...legacy } = token;
  await expect(refresh(legacy as JWT)).rejects.toBeInstanceOf(SessionRevokedError);
});

test("a session id belonging to another user is refused", async () => {
  const mine = await signedIn();
  const theirs = await signedIn();
  await expect(refresh({ ...mine.token, sid: theirs.token.sid })).rejects.toBeInstanceOf(SessionRevokedError);
});

test("sign out everywhere removes the user's session rows", async () => {
  const { user, token } = await signedIn();
  expect(await testDb.db.session.count({ where: { userId: user.id } })).toBe(1);
  await signOutEverywhere(testDb.db, { userId: user.id, now: new Date(Date.now() + 1) });
  expect(await testDb.db.session.count({ where: { userId: user.id } })).toBe(0);
  await expect(refresh(token)).rejects.toBeInstanceOf(SessionRevokedError);
});

test("the per-request re-check stays one database operation", async () => {
  const { token } = await signedIn();
  const operations: string[] = [];
  const counted = testDb.db.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        operations.push(`${model}.${operation}`);
        return query(args);
      },
    },
  }) as unknown as Db;
  await refresh(token, counted);
  expect(operations).toHaveLength(1);
});
