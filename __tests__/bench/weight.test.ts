/** @jest-environment node */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { areaOf } from "@/bench/cpu-profile";
import { measurePages, parseClientReferenceManifest, routeOf } from "@/bench/weight";

test.each([
  ["/(app)/page", "/"],
  ["/(app)/decks/[deckId]/quiz/page", "/decks/[deckId]/quiz"],
  ["/(auth)/login/page", "/login"],
  ["/join/[code]/page", "/join/[code]"],
])("entry %s is the route %s", (entry, route) => {
  expect(routeOf(entry)).toBe(route);
});

test("a client reference manifest's entry files are read as Next.js writes them", () => {
  const source = 'globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/(app)/page"] = {"entryJSFiles":{"[project]/app/layout":["static/chunks/a.js"]}};\n';
  expect(parseClientReferenceManifest(source).entryJSFiles).toEqual({ "[project]/app/layout": ["static/chunks/a.js"] });
});

/** A build folder with the manifests a Next.js 16 build writes, for two pages sharing a layout. */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdeck-weight-"));
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  };
  write("BUILD_ID", "x");
  write("build-manifest.json", JSON.stringify({ rootMainFiles: ["static/chunks/framework.js"] }));
  write("server/app-paths-manifest.json", JSON.stringify({ "/(app)/page": "", "/(app)/stats/page": "", "/api/decks/route": "", "/_not-found/page": "" }));
  const manifest = (entry: string, files: Record<string, string[]>) =>
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["${entry}"] = ${JSON.stringify({ entryJSFiles: files })};\n`;
  write("server/app/(app)/page_client-reference-manifest.js", manifest("/(app)/page", { layout: ["static/chunks/layout.js"], page: ["static/chunks/home.js", "static/chunks/layout.js"] }));
  write("server/app/(app)/stats/page_client-reference-manifest.js", manifest("/(app)/stats/page", { layout: ["static/chunks/layout.js"], page: ["/_next/static/chunks/chart.js"] }));
  write("static/chunks/framework.js", "framework ".repeat(5000));
  write("static/chunks/layout.js", "layout ".repeat(100));
  write("static/chunks/home.js", "home");
  write("static/chunks/chart.js", 'class="recharts-wrapper"' + Math.random().toString(36).repeat(2000));
  return dir;
}

test("first-load JS counts every file once, gzipped, and names what only some pages load", () => {
  const dir = fakeBuild();
  try {
    const [home, stats] = measurePages(dir);
    const gz = (file: string) => gzipSync(fs.readFileSync(path.join(dir, file)), { level: 9 }).length / 1024;
    expect(home!.route).toBe("/");
    expect(home!.files).toEqual(["static/chunks/framework.js", "static/chunks/layout.js", "static/chunks/home.js"]);
    expect(home!.kb).toBeCloseTo(gz("static/chunks/framework.js") + gz("static/chunks/layout.js") + gz("static/chunks/home.js"), 6);
    expect(home!.routeOnlyKb).toBeCloseTo(gz("static/chunks/home.js"), 6);
    expect(home!.markers).toEqual([]);
    expect(stats!.route).toBe("/stats");
    expect(stats!.markers).toEqual(["recharts"]);
    expect(stats!.routeOnlyKb).toBeCloseTo(gz("static/chunks/chart.js"), 6);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.each([
  ["turbopack:///[project]/node_modules/next-auth/jwt/index.js", "next-auth"],
  ["turbopack:///[project]/node_modules/%40panva/hkdf/dist/node/cjs/index.js", "@panva/hkdf"],
  ["webpack://next/./dist/compiled/react-dom/cjs/react-dom-server.node.production.js", "react-dom"],
  ["webpack://next/./src/server/app-render/app-render.tsx", "next"],
  ["../../client-engine-runtime/src/interpreter/render-query.ts", "@prisma/client"],
  ["wasm://wasm/0072416a", "@prisma/client (query compiler, wasm)"],
  ["../../../../lib/db/sqlite-adapter.ts", "app lib/db/sqlite-adapter.ts"],
  ["node:internal/crypto/hkdf", "node:internal/crypto"],
])("profile frames from %s are charged to %s", (source, area) => {
  expect(areaOf(source)).toBe(area);
});
