import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/lib/generated/prisma-postgresql/client";
import { createSafePgAdapter } from "./pg-adapter";
import { createSafeSqliteAdapter } from "./sqlite-adapter";

export const DEFAULT_DATABASE_URL = "file:./data/factdeck.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}

/** A Prisma client on the provider that `url` names, through the hazard-proof adapters. */
export function createPrisma(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): PrismaClient {
  if (providerOf(url) === "sqlite") return new PrismaClient({ adapter: createSafeSqliteAdapter(url) });
  // Generated from the same schema with only the provider swapped: the model API is identical.
  return new PostgresPrismaClient({ adapter: createSafePgAdapter(url) }) as unknown as PrismaClient;
}

export type Db = PrismaClient;
