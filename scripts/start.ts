import { spawn } from "node:child_process";
import { build } from "./build";
import { setup } from "./setup";

async function main() {
  const { config, databaseUrl, secret } = await setup();
  build();
  const port = String(config.PORT);
  const args = ["node_modules/next/dist/bin/next", "start", "-p", port];
  if (process.env.FACTDECK_HOST) args.push("-H", process.env.FACTDECK_HOST);
  const server = spawn(process.execPath, args, {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`Factdeck could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
