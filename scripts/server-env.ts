import type { ServerEnv } from "@/lib/env";

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|localhost)$/i;

/** The address `next start`/`next dev` binds: loopback unless FACTDECK_HOST says otherwise. */
export function listenHost(env: Record<string, string | undefined> = process.env): string {
  return env.FACTDECK_HOST || "127.0.0.1";
}

export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * The environment of the Next.js server, the same for `npm start` and `npm run dev`: the
 * validated database URL and the session secret (NEXTAUTH_SECRET, else the generated one), so
 * next-auth never falls back to a secret derived from public configuration.
 */
export function nextServerEnv(
  { config, databaseUrl, secret }: { config: ServerEnv; databaseUrl: string; secret: string },
  env: Record<string, string | undefined> = process.env,
): Record<string, string | undefined> {
  const serverEnv: Record<string, string | undefined> = {
    ...env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Without a public URL, next-auth builds redirects from the Host the browser used (proxy.ts
  // drops a client's X-Forwarded-Host), so signing out from 127.0.0.1 stays on 127.0.0.1.
  if (config.NEXTAUTH_URL) serverEnv.NEXTAUTH_URL = config.NEXTAUTH_URL;
  else {
    delete serverEnv.NEXTAUTH_URL;
    serverEnv.AUTH_TRUST_HOST = "1";
  }
  return serverEnv;
}

/** `next <command>` on the configured port and address, as node arguments. */
export function nextArgs(command: "start" | "dev", config: ServerEnv, env: Record<string, string | undefined> = process.env): string[] {
  return ["node_modules/next/dist/bin/next", command, "-p", String(config.PORT), "-H", listenHost(env)];
}
