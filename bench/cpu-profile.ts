/**
 * Where a `node --cpu-prof` profile of `next start` spent its time while bench:http loaded one
 * route: `npx tsx bench/cpu-profile.ts <profile dir> <route key> [top]`. Frames in the build's
 * chunks are mapped back to their package or source file through the chunks' source maps.
 */
import fs from "node:fs";
import { SourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };
type Window = { key: string; server: string; startUs: number; endUs: number };
type Frame = { area: string; fn: string };

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, "utf8"))) : null);
  }
  return maps.get(file)!;
}

const APP_DIRS = /^(app|components|lib|prisma|proxy\.ts)(\/|$)/;

/** "next-auth", "@prisma/client", "react-dom", "app lib/auth.ts", "node:internal/…", or a V8 pseudo-frame. */
export function areaOf(rawSource: string): string {
  const source = decodeURIComponent(rawSource);
  if (source.startsWith("wasm://")) return "@prisma/client (query compiler, wasm)";
  if (source.startsWith("node:")) return source.split("/").slice(0, 2).join("/");
  const compiled = /dist\/compiled\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (compiled) return compiled[1]!;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1]!;
  if (source.startsWith("webpack://next/") || /(^|\/)src\/(server|client|shared|lib|build)\//.test(source)) return "next";
  if (/client-engine-runtime\/|(^|\/)src\/runtime\//.test(source)) return "@prisma/client";
  const relative = source.replace(/^(turbopack:\/\/\/\[project\]\/|(\.\.\/)+)/, "");
  if (APP_DIRS.test(relative)) return `app ${relative}`;
  return source || "(native)";
}

function frameOf({ functionName, url, lineNumber, columnNumber }: CallFrame): Frame {
  const fn = functionName || "(anonymous)";
  if (!url) return { area: fn.startsWith("(") ? fn : "(native)", fn };
  const file = url.startsWith("file://") ? fileURLToPath(url) : url;
  const entry = file.endsWith(".js") ? (sourceMapOf(file)?.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number } | undefined) : undefined;
  const source = entry?.originalSource ?? file;
  const line = (entry?.originalSource ? entry.originalLine! : lineNumber) + 1;
  return { area: areaOf(source), fn: `${fn} (${path.basename(source)}:${line})` };
}

export type Costs = { totalMs: number; selfByArea: [string, number][]; inclusiveByArea: [string, number][]; selfByFunction: [string, number][] };

/** Self and inclusive time per area and self time per function, for samples between startUs and endUs. */
export function costs(profile: CpuProfile, startUs: number, endUs: number): Costs {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const frames = new Map(profile.nodes.map((node) => [node.id, frameOf(node.callFrame)]));
  const selfArea = new Map<string, number>();
  const inclArea = new Map<string, number>();
  const selfFn = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  let time = profile.startTime;
  let totalUs = 0;
  for (const [index, sample] of profile.samples.entries()) {
    time += profile.timeDeltas[index]!;
    const us = profile.timeDeltas[index + 1] ?? 0;
    if (time < startUs || time > endUs) continue;
    const frame = frames.get(sample)!;
    if (frame.area === "(idle)") continue;
    totalUs += us;
    add(selfArea, frame.area, us);
    add(selfFn, `${frame.area}: ${frame.fn}`, us);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const area = frames.get(id)!.area;
      if (!seen.has(area) && byId.has(id)) add(inclArea, area, us);
      seen.add(area);
    }
  }
  const ms = (map: Map<string, number>) => [...map].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { totalMs: totalUs / 1000, selfByArea: ms(selfArea), inclusiveByArea: ms(inclArea), selfByFunction: ms(selfFn) };
}

function main() {
  const [dir, key, top = "12"] = process.argv.slice(2);
  if (!dir || !key) throw new Error("usage: tsx bench/cpu-profile.ts <profile dir> <route key> [top]");
  const file = fs.readdirSync(dir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  const windows = JSON.parse(fs.readFileSync(path.join(dir, "windows.json"), "utf8")) as Window[];
  const window = windows.find((w) => w.key === key);
  if (!window) throw new Error(`route ${key} was not measured (have: ${windows.map((w) => w.key).join(", ")})`);
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
  const result = costs(profile, window.startUs, window.endUs);
  const n = Number(top);
  const pct = (ms: number) => `${((100 * ms) / result.totalMs).toFixed(1)}%`;
  const table = (title: string, rows: [string, number][], skip: (k: string) => boolean = () => false) => {
    console.log(`\n${title}\n| | ms | share |\n| --- | --- | --- |`);
    for (const [name, ms] of rows.filter(([k]) => !skip(k)).slice(0, n)) console.log(`| ${name} | ${Math.round(ms)} | ${pct(ms)} |`);
  };
  console.log(`${key}: ${Math.round(result.totalMs)} ms of CPU (idle excluded) in ${((window.endUs - window.startUs) / 1e6).toFixed(1)} s`);
  table("Self time by package / source file", result.selfByArea);
  table("Inclusive time by package / source file (share of samples with it on the stack)", result.inclusiveByArea, (k) => k.startsWith("node:") || k.startsWith("("));
  table("Self time by function", result.selfByFunction);
}

if (require.main === module) main();
