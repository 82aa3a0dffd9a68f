import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";
import { DEFAULT_DATABASE_URL } from "@/lib/db/client";

export const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
      .default(DEFAULT_DATABASE_URL),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    NEXTAUTH_URL: z.url("must be a URL such as https://factdeck.example.org").optional(),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    FACTDECK_TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((value, context) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: (error as Error).message.replace(/^FACTDECK_TRUSTED_PROXIES: /, "").replace(/\.$/, "") });
        }
      }),
  })
  .refine((env) => env.NODE_ENV !== "production" || env.NEXTAUTH_SECRET, {
    message: "must be set in production (at least 32 random characters)",
    path: ["NEXTAUTH_SECRET"],
  });
export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** The validated environment, or an Error naming every variable that is wrong. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const blankAsUnset = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = serverEnvSchema.safeParse(blankAsUnset);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  throw new Error(`Invalid configuration: ${problems.join("; ")}.`);
}
