/** @jest-environment node */
import { randomUUID } from "node:crypto";
import { ensureDatabase } from "@/scripts/ensure-database";
import { withClient } from "../helpers/test-db";

// Runs against the local PostgreSQL server (CI starts it); TEST_DATABASE_URL may name another.
const SERVER = process.env.TEST_DATABASE_URL?.startsWith("postgres") ? process.env.TEST_DATABASE_URL : "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `factdeck_ensure_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
const role = `factdeck_nocreate_${randomUUID().replaceAll("-", "").slice(0, 8)}`;
const urlFor = (user: string, database: string) => {
  const url = new URL(SERVER);
  url.username = user;
  url.pathname = `/${database}`;
  return url.toString();
};

afterAll(async () => {
  await withClient(SERVER, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS "${role}"`);
  });
});

test("a missing database is created when the role may, and a second run leaves it alone", async () => {
  const url = urlFor(new URL(SERVER).username, name);
  await expect(ensureDatabase(url)).resolves.toBe(true);
  await expect(withClient(url, (client) => client.query("SELECT 1 AS one"))).resolves.toMatchObject({ rows: [{ one: 1 }] });
  await expect(ensureDatabase(url)).resolves.toBe(false);
});

test("a role that may not create it gets one line saying what to run", async () => {
  await withClient(SERVER, (client) => client.query(`CREATE ROLE "${role}" LOGIN NOCREATEDB`));
  const error = await ensureDatabase(urlFor(role, `${name}_other`)).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toMatch(new RegExp(`^PostgreSQL database "${name}_other" does not exist .*run \`createdb -h 127\\.0\\.0\\.1 -p 5432 -O ${role} ${name}_other\``));
  expect((error as Error).message).not.toContain("\n");
});

test("SQLite needs nothing", async () => {
  await expect(ensureDatabase("file:./data/none.db")).resolves.toBe(false);
});
