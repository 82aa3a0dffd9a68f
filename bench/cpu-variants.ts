const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const PER_ROUND = Number(process.env.BENCH_PER_ROUND ?? 300);

async function cpuMsPer(run: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < PER_ROUND; i++) await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / PER_ROUND;
}

/**
 * CPU ms per call of each variant, in process: one warm-up round, then BENCH_ROUNDS rounds of
 * BENCH_PER_ROUND calls each, the variants alternating so the machine's noise hits them alike.
 * Prints the median per variant as a table under `title`.
 */
export async function compareCpu(title: string, unit: string, variants: Record<string, () => Promise<unknown>>): Promise<void> {
  const samples = new Map<string, number[]>(Object.keys(variants).map((name) => [name, []]));
  for (const run of Object.values(variants)) await cpuMsPer(run);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(variants)) samples.get(name)!.push(await cpuMsPer(run));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(`\n${title}, CPU ms per ${unit} (median of ${ROUNDS} rounds of ${PER_ROUND}, SQLite)\n`);
  console.log(`| variant | CPU ms per ${unit} |\n| --- | --- |`);
  for (const [name, values] of samples) console.log(`| ${name} | ${median(values).toFixed(3)} |`);
}
