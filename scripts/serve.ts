import { spawn } from "node:child_process";
import type { ServerEnv } from "@/lib/env";
import { nextArgs, nextServerEnv } from "./server-env";

/** Runs `next start` or `next dev` in the foreground with the shared server environment. */
export function serve(command: "start" | "dev", setupResult: { config: ServerEnv; databaseUrl: string; secret: string }): void {
  const server = spawn(process.execPath, nextArgs(command, setupResult.config), {
    stdio: "inherit",
    env: nextServerEnv(setupResult) as NodeJS.ProcessEnv,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
