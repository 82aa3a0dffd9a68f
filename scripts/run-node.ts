import { spawnSync } from "node:child_process";

/** Runs a Node.js script of a dependency (prisma, next) in the foreground; throws when it fails. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed (exit ${result.status}).`);
}
