import countries from "world-countries";

export type PlaceSubtype = "country" | "city" | "region" | "state";

export interface GazetteerPlace {
  name: string;
  subtype: PlaceSubtype;
  /** The containing country (for capitals and US states). */
  country?: string;
}

interface CountryRecord {
  name: string;
  capitals: string[];
  subregion: string;
  borders: string[];
  demonym: string;
  area: number;
}

const US_STATES =
  "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
    .split(" ")
    .concat(["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]);

const EXTRA_ALIASES: Record<string, string> = {
  "U.S.": "United States",
  "U.S.A.": "United States",
  USA: "United States",
  America: "United States",
  "United States of America": "United States",
  "U.K.": "United Kingdom",
  UK: "United Kingdom",
  Britain: "United Kingdom",
  "Great Britain": "United Kingdom",
  "Czech Republic": "Czechia",
  Holland: "Netherlands",
};

const WORLD_REGIONS = [
  "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Oceania", "Antarctica",
  "Middle East", "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe",
  "Southeast Asia", "South Asia", "East Asia", "Central Asia", "West Africa", "East Africa", "North Africa",
  "Southern Africa", "Central America", "Caribbean", "Scandinavia", "Balkans", "Baltics", "Arctic",
];

// world-countries has no subdivisions: a few well-known sub-national regions, so that a stem naming
// one ("the annexation of Crimea") is known to point at its country and vice versa.
const SUBNATIONAL_REGIONS: Record<string, string> = {
  Crimea: "Ukraine", Donbas: "Ukraine", Donetsk: "Ukraine", Luhansk: "Ukraine", Kherson: "Ukraine", Zaporizhzhia: "Ukraine",
  Chechnya: "Russia", Siberia: "Russia", Dagestan: "Russia", Kaliningrad: "Russia",
  Scotland: "United Kingdom", Wales: "United Kingdom", England: "United Kingdom", "Northern Ireland": "United Kingdom",
  Catalonia: "Spain", Andalusia: "Spain", "Basque Country": "Spain", Bavaria: "Germany", Saxony: "Germany",
  Corsica: "France", Brittany: "France", Normandy: "France", Sicily: "Italy", Sardinia: "Italy", Lombardy: "Italy", Tuscany: "Italy",
  Flanders: "Belgium", Wallonia: "Belgium", Transylvania: "Romania",
  Quebec: "Canada", Ontario: "Canada", "British Columbia": "Canada", Alberta: "Canada",
  Tibet: "China", Xinjiang: "China", "Hong Kong": "China", Macau: "China",
  Kerala: "India",
  Hokkaido: "Japan", Okinawa: "Japan", Mindanao: "Philippines", Bali: "Indonesia", Sumatra: "Indonesia",
  "Gaza Strip": "Palestine", Gaza: "Palestine", "West Bank": "Palestine", Darfur: "Sudan", Tigray: "Ethiopia",
  Patagonia: "Argentina", Tasmania: "Australia", Queensland: "Australia", "New South Wales": "Australia",
};

const byName = new Map<string, CountryRecord>();
const byCode = new Map<string, string>();
const places = new Map<string, GazetteerPlace>();
const demonyms = new Map<string, string>();
const bySubregion = new Map<string, string[]>();

for (const c of countries) {
  if (!c.independent && !c.unMember) continue;
  const name = c.name.common;
  const record: CountryRecord = {
    name,
    capitals: c.capital ?? [],
    subregion: c.subregion ?? c.region,
    borders: c.borders ?? [],
    demonym: c.demonyms?.eng?.m ?? "",
    area: c.area ?? 0,
  };
  byName.set(name, record);
  byCode.set(c.cca3, name);
  places.set(name, { name, subtype: "country" });
  if (c.name.official !== name && !c.name.official.includes(",")) places.set(c.name.official, { name, subtype: "country" });
  for (const alt of c.altSpellings) {
    if (alt.length > 3 && /^[A-Z]/.test(alt) && !places.has(alt)) places.set(alt, { name, subtype: "country" });
  }
  if (record.demonym) demonyms.set(record.demonym, name);
  const list = bySubregion.get(record.subregion) ?? [];
  list.push(name);
  bySubregion.set(record.subregion, list);
}
for (const c of byName.values()) {
  for (const capital of c.capitals) {
    if (!places.has(capital)) places.set(capital, { name: capital, subtype: "city", country: c.name });
  }
}
for (const [alias, name] of Object.entries(EXTRA_ALIASES)) places.set(alias, { name, subtype: "country" });
for (const state of US_STATES) {
  if (!places.has(state)) places.set(state, { name: state, subtype: "state", country: "United States" });
}
for (const [region, country] of Object.entries(SUBNATIONAL_REGIONS)) {
  if (!places.has(region)) places.set(region, { name: region, subtype: "region", country });
}
for (const region of WORLD_REGIONS) if (!places.has(region)) places.set(region, { name: region, subtype: "region" });

/** Looks a place name up (exact spelling, aliases such as "U.S." included). */
export function lookupPlace(name: string): GazetteerPlace | undefined {
  return places.get(name);
}

/** Continents and broad world regions ("Eastern Europe", "the Middle East"). */
export function isBroadRegion(name: string): boolean {
  return WORLD_REGIONS.includes(name.replace(/^the\s+/i, ""));
}

/** Whether a name is also a US state ("Georgia", "Washington"), for disambiguation by context. */
export function isUsState(name: string): boolean {
  return US_STATES.includes(name);
}

/** Country for a demonym ("Hungarian" → "Hungary"). */
export function countryOfDemonym(word: string): string | undefined {
  return demonyms.get(word);
}

/** Demonym for a country ("Hungary" → "Hungarian"). */
export function demonymOf(country: string): string | undefined {
  return byName.get(country)?.demonym || undefined;
}

/** Countries bordering `country`, then the rest of its subregion, in gazetteer order. */
export function nearbyCountries(country: string): string[] {
  const record = byName.get(country);
  if (!record) return [];
  const out: string[] = [];
  for (const code of record.borders) {
    const name = byCode.get(code);
    if (name) out.push(name);
  }
  for (const name of bySubregion.get(record.subregion) ?? []) if (name !== country && !out.includes(name)) out.push(name);
  return out;
}

/** Capitals of countries near the given city's country. */
export function nearbyCapitals(city: string): string[] {
  const place = places.get(city);
  if (!place?.country) return [];
  const out: string[] = [];
  for (const country of nearbyCountries(place.country)) {
    const capital = byName.get(country)?.capitals[0];
    if (capital && capital !== city) out.push(capital);
  }
  return out;
}

/** US states or world regions as region candidates for a region answer. */
export function nearbyRegions(region: string): string[] {
  const place = places.get(region);
  if (place?.country === "United States") return US_STATES.filter((s) => s !== region);
  if (WORLD_REGIONS.includes(region)) return WORLD_REGIONS.filter((r) => r !== region);
  return [];
}

/** Whether a country name is used with "the" ("the United States", "the Philippines"). */
export function takesThe(name: string): boolean {
  return /^(United |Central African|Dominican Republic|Republic of|Democratic Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Vatican|Balkans|Baltics|Caribbean|Middle East|Arctic)|Islands$/.test(
    name,
  );
}

/** Countries sharing a land border with `country`. */
export function bordersOf(country: string): string[] {
  return (byName.get(country)?.borders ?? []).map((code) => byCode.get(code)).filter((n): n is string => !!n);
}

/** Land area in km² (world-countries has no population), or undefined for non-countries. */
export function areaOf(country: string): number | undefined {
  const area = byName.get(country)?.area;
  return area ? area : undefined;
}
