import pg from "pg";
import { providerOf } from "@/lib/db/client";

const UNDEFINED_DATABASE = "3D000";

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Creates the PostgreSQL database that `databaseUrl` names when it does not exist yet, or
 * throws one line saying what to run when the role may not create it. SQLite needs nothing.
 * Returns true when it created the database.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  if (providerOf(databaseUrl) !== "postgresql") return false;
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  const target = new pg.Client({ connectionString: databaseUrl });
  try {
    await target.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_DATABASE) throw error;
  } finally {
    await target.end().catch(() => undefined);
  }

  const serverUrl = new URL(databaseUrl);
  serverUrl.pathname = "/postgres";
  const server = new pg.Client({ connectionString: serverUrl.toString() });
  try {
    await server.connect();
    await server.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return true;
  } catch {
    const role = decodeURIComponent(url.username) || "your role";
    throw new Error(
      `PostgreSQL database "${name}" does not exist and ${role} may not create it: run \`createdb -h ${url.hostname} -p ${url.port || 5432} -O ${role} ${name}\` as a role that may, then start again.`,
    );
  } finally {
    await server.end().catch(() => undefined);
  }
}
