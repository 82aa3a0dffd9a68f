import "server-only";
import { createPrisma, type Db } from "./db/client";

// One client per process; cached on globalThis so dev hot reloads do not open new connections.
const cache = globalThis as unknown as { factdeckPrisma?: Db };

export const db: Db = cache.factdeckPrisma ?? createPrisma();
if (process.env.NODE_ENV !== "production") cache.factdeckPrisma = db;
