import countries from "world-countries";

let cached: string[] | null = null;

/**
 * Countries and capitals: a typo that lands nearer one of these than the answer (Iran → Iraq,
 * Paraguay → Uruguay, Austria → Australia) names a different place, so it is never accepted.
 */
export function knownPlaceNames(): string[] {
  cached ??= countries.flatMap((country) => [country.name.common, ...country.capital]).filter(Boolean);
  return cached;
}
