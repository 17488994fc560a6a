/**
 * Places: the municipalities of Flanders and Brussels (1 January 2025), their postcodes and the
 * names they had before a merger. Reference data from a data migration, so it is read once per
 * database and kept in memory. Used by the directory, the calendar and the newsletter's regions.
 */
import type { Db, Tx } from '../db/database.js';
import { NotFoundError } from '../errors.js';
import * as repo from './places.repository.js';
import type { MunicipalityRow } from './places.table.js';
import type { Municipality, PlaceMatch } from './places.model.js';

export * from './places.model.js';

type Q = Db | Tx;

interface PlacesIndex {
  all: Municipality[];
  bySlug: Map<string, Municipality>;
  byNisCode: Map<string, Municipality>;
  byPostcode: Map<string, Municipality[]>;
  /** folded name (municipality, French name, locality, old name) -> municipalities */
  byName: Map<string, Municipality[]>;
  localities: Map<string, { postcode: string; locality: string }[]>;
}

function toMunicipality(row: MunicipalityRow): Municipality {
  return {
    nisCode: row.nis_code,
    slug: row.slug,
    name: row.name,
    nameFr: row.name_fr,
    province: row.province,
    region: row.region === 'Brussel' ? 'Brussel' : 'Vlaanderen',
    lat: Number(row.lat),
    lon: Number(row.lon),
  };
}

// Keyed by the database: reference data only changes through migrations. The key is the query
// adapter, which a Kysely instance makes once and shares with every transaction it opens, so a
// transaction finds the index its database already holds instead of reading the tables again.
const indexes = new WeakMap<object, Promise<PlacesIndex>>();

function addTo(map: Map<string, Municipality[]>, name: string, m: Municipality | undefined): void {
  if (!m) return;
  const key = foldPlaceName(name);
  const list = map.get(key) ?? [];
  if (!list.includes(m)) list.push(m);
  map.set(key, list);
}

async function buildIndex(db: Q): Promise<PlacesIndex> {
  const [rows, postcodes, mergers] = await Promise.all([repo.listMunicipalities(db), repo.listLocalities(db), repo.listMergers(db)]);
  const all = rows.map(toMunicipality).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const byNisCode = new Map(all.map((m) => [m.nisCode, m]));
  const byPostcode = new Map<string, Municipality[]>();
  const localities = new Map<string, { postcode: string; locality: string }[]>();
  // Three layers, so that a municipality's own name wins over a locality or an old name that reads the same.
  const [own, local, former] = [new Map<string, Municipality[]>(), new Map<string, Municipality[]>(), new Map<string, Municipality[]>()];
  for (const m of all) {
    addTo(own, m.name, m);
    if (m.nameFr) addTo(own, m.nameFr, m);
  }
  for (const p of postcodes) {
    const m = byNisCode.get(p.nis_code);
    if (!m) continue;
    addTo(byPostcode, p.postcode, m);
    localities.set(m.nisCode, [...(localities.get(m.nisCode) ?? []), { postcode: p.postcode, locality: p.locality }]);
    addTo(local, p.locality, m);
  }
  for (const g of mergers) addTo(former, g.old_name, byNisCode.get(g.nis_code));
  const byName = new Map([...former, ...local, ...own]);
  for (const list of [...byPostcode.values(), ...byName.values()]) list.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  for (const locs of localities.values()) locs.sort((a, b) => a.postcode.localeCompare(b.postcode) || a.locality.localeCompare(b.locality, 'nl'));
  return { all, bySlug: new Map(all.map((m) => [m.slug, m])), byNisCode, byPostcode, byName, localities };
}

function placesIndex(db: Q): Promise<PlacesIndex> {
  const key = db.getExecutor().adapter;
  let index = indexes.get(key);
  if (!index) {
    // Built with the caller's handle: inside a transaction on SQLite, the database's own handle would
    // wait for the connection that this transaction holds.
    index = buildIndex(db);
    indexes.set(key, index);
    index.catch(() => indexes.delete(key));
  }
  return index;
}

/** Lower case, no accents, words joined by hyphens: "Sint-Job-in-'t-Goor" -> "sint-job-in-t-goor". */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function listMunicipalities(db: Q): Promise<Municipality[]> {
  return (await placesIndex(db)).all;
}

export async function findMunicipality(db: Q, slug: string): Promise<Municipality | undefined> {
  return (await placesIndex(db)).bySlug.get(slug);
}

export async function getMunicipality(db: Q, slug: string): Promise<Municipality> {
  const m = await findMunicipality(db, slug);
  if (!m) throw new NotFoundError('municipality_not_found', 'Deze gemeente kennen we niet.');
  return m;
}

export async function findMunicipalityByNisCode(db: Q, nisCode: string): Promise<Municipality | undefined> {
  return (await placesIndex(db)).byNisCode.get(nisCode);
}

/** The postcodes and localities (deelgemeenten) of a municipality. */
export async function listLocalities(db: Q, nisCode: string): Promise<{ postcode: string; locality: string }[]> {
  return (await placesIndex(db)).localities.get(nisCode) ?? [];
}

// Belgian postcodes of Wallonia (1300-1499, 4000-7999): real, but outside our region.
function isWalloonPostcode(n: number): boolean {
  return (n >= 1300 && n <= 1499) || (n >= 4000 && n <= 7999);
}

/** What a person typed as a place: a postcode, a municipality, a locality or an old municipality name. */
export async function resolvePlace(db: Q, input: string): Promise<PlaceMatch> {
  const text = input.trim();
  const index = await placesIndex(db);
  const code = /^(?:B-?)?(\d{4})\b/i.exec(text)?.[1];
  if (code) {
    const municipalities = index.byPostcode.get(code);
    if (municipalities) return { kind: 'postcode', postcode: code, municipalities };
    if (isWalloonPostcode(Number(code))) return { kind: 'outside', postcode: code };
    return { kind: 'unknown', input: text };
  }
  const municipalities = index.byName.get(foldPlaceName(text));
  return municipalities ? { kind: 'name', municipalities } : { kind: 'unknown', input: text };
}

/** Great-circle distance in kilometres (haversine; the earth as a sphere of radius 6371 km). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Municipalities whose centre lies within km of the origin, nearest first. */
export async function listMunicipalitiesWithin(db: Q, origin: { lat: number; lon: number }, km: number): Promise<(Municipality & { distanceKm: number })[]> {
  return (await placesIndex(db)).all
    .map((m) => ({ ...m, distanceKm: distanceKm(origin, m) }))
    .filter((m) => m.distanceKm <= km)
    .sort((a, b) => a.distanceKm - b.distanceKm);
}
