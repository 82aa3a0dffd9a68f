/**
 * First-load JavaScript per page, gzipped, from the production build in NEXT_DIST_DIR (`.next` by
 * default): the framework's root files plus every chunk the page's segments (layouts, error and
 * not-found boundaries, the page) load before hydration, as listed in each page's
 * client-reference manifest (written by both Turbopack and webpack builds). Chunks loaded later
 * (next/dynamic, import()) are not first-load and are not counted.
 * `NEXT_DIST_DIR=.next-x npm run build && NEXT_DIST_DIR=.next-x npm run bench:weight`
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = 150;

/** Code that must load only on the pages that use it, recognised by a string its bundle always holds. */
export const MARKERS: Record<string, string> = { recharts: "recharts-wrapper" };

export type PageWeight = { route: string; files: string[]; kb: number; routeOnlyKb: number; markers: string[] };

/** "/(app)/decks/[deckId]/page" → "/decks/[deckId]" (route groups are not in the URL). */
export function routeOf(entry: string): string {
  const segments = entry.replace(/\/page$/, "").split("/").filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/** The object a `page_client-reference-manifest.js` assigns to globalThis.__RSC_MANIFEST[entry]. */
export function parseClientReferenceManifest(source: string): { entryJSFiles?: Record<string, string[]> } {
  const start = source.indexOf("] = ");
  if (start < 0) throw new Error("not a client reference manifest");
  return JSON.parse(source.slice(start + 4).trim().replace(/;$/, "")) as { entryJSFiles?: Record<string, string[]> };
}

export function pageEntries(distDir: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .filter((entry) => entry.endsWith("/page") && !entry.startsWith("/_"))
    .sort((a, b) => routeOf(a).localeCompare(routeOf(b)));
}

/** Every JavaScript file a page loads before it is interactive, relative to distDir. */
export function firstLoadFiles(distDir: string, entry: string): string[] {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const source = fs.readFileSync(path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`), "utf8");
  const segments = Object.values(parseClientReferenceManifest(source).entryJSFiles ?? {}).flat();
  const files = [...(build.rootMainFiles ?? []), ...segments].map((file) => file.replace(/^\/?(_next\/)?/, ""));
  return [...new Set(files.filter((file) => file.endsWith(".js")))];
}

export function measurePages(distDir: string): PageWeight[] {
  const gz = new Map<string, number>();
  const text = new Map<string, string>();
  const read = (file: string) => {
    if (!text.has(file)) text.set(file, fs.readFileSync(path.join(distDir, file), "utf8"));
    return text.get(file)!;
  };
  const gzKb = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(read(file), { level: 9 }).length / 1024);
    return gz.get(file)!;
  };
  const pages = pageEntries(distDir).map((entry) => ({ route: routeOf(entry), files: firstLoadFiles(distDir, entry) }));
  const shared = pages.length > 0 ? pages.map((p) => new Set(p.files)).reduce((a, b) => new Set([...a].filter((f) => b.has(f)))) : new Set<string>();
  return pages.map(({ route, files }) => ({
    route,
    files,
    kb: files.reduce((sum, file) => sum + gzKb(file), 0),
    routeOnlyKb: files.filter((file) => !shared.has(file)).reduce((sum, file) => sum + gzKb(file), 0),
    markers: Object.entries(MARKERS)
      .filter(([, marker]) => files.some((file) => read(file).includes(marker)))
      .map(([name]) => name),
  }));
}

function main() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`no build in ${distDir}: run \`NEXT_DIST_DIR=${distDir} npm run build\` first`);
  const pages = measurePages(distDir);
  const sharedKb = Math.min(...pages.map((p) => p.kb - p.routeOnlyKb));
  console.log(`\nFirst-load JavaScript per page, gzipped (level 9), build ${distDir}; ${sharedKb.toFixed(1)} KB of it is loaded by every page.\n`);
  console.log(`| route | first-load JS KB | beyond the shared part KB | ${Object.keys(MARKERS).join(", ")} in first load | ≤ ${BUDGET_KB} KB |`);
  console.log("| --- | --- | --- | --- | --- |");
  for (const page of pages) {
    console.log(`| ${page.route} | ${page.kb.toFixed(1)} | ${page.routeOnlyKb.toFixed(1)} | ${page.markers.join(", ") || "—"} | ${page.kb <= BUDGET_KB ? "yes" : "NO"} |`);
  }
  const over = pages.filter((p) => p.kb > BUDGET_KB);
  console.log(over.length ? `\n${over.length} page(s) over ${BUDGET_KB} KB: ${over.map((p) => p.route).join(", ")}` : `\nEvery page is within ${BUDGET_KB} KB.`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`bench:weight failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
