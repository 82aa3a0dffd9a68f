import { PrismaClient } from "@/lib/generated/prisma/client";
import { createSafePgAdapter } from "./pg-adapter";
import { createSafeSqliteAdapter } from "./sqlite-adapter";

export const DEFAULT_DATABASE_URL = "file:./data/factdeck.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** A Prisma client on the provider that `url` names, through the hazard-proof adapters. */
export function createPrisma(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): PrismaClient {
  const adapter = providerOf(url) === "postgresql" ? createSafePgAdapter(url) : createSafeSqliteAdapter(url);
  return new PrismaClient({ adapter });
}

export type Db = PrismaClient;
