import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3200);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// One data directory per port, so parallel runs (each with its own NEXT_DIST_DIR) never share a database.
const DATA_DIR = `.tmp/e2e-${PORT}`;

// Debian's chromium (apt-get install chromium); Playwright's own browser download does not work offline.
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  reporter: "list",
  timeout: 60_000,
  workers: 1,
  use: {
    ...devices["Desktop Chrome"],
    baseURL: BASE_URL,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `rm -rf ${DATA_DIR} && node node_modules/tsx/dist/cli.mjs scripts/setup.ts && node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: `file:./${DATA_DIR}/factdeck.db`,
      FACTDECK_DATA_DIR: DATA_DIR,
      // No NEXTAUTH_URL, as with a plain `npm start`: redirects follow the host the browser used.
      AUTH_TRUST_HOST: "1",
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
