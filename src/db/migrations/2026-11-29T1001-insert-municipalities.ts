import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';

// Reference data from src/db/reference/ (BeST Address via Digitaal Vlaanderen and Paradigm.brussels,
// CC BY 4.0). The corrections below are ours; the files stay as delivered.

function readCsv<K extends string>(name: string, columns: readonly K[]): Record<K, string>[] {
  const rows: Record<string, string>[] = parse(fs.readFileSync(new URL(`../reference/${name}`, import.meta.url)), { columns: true, skip_empty_lines: true, trim: true });
  for (const c of columns) if (rows.length && !(c in rows[0]!)) throw new Error(`${name} has no column ${c}`);
  return rows as Record<K, string>[];
}

function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// The postal casing of some localities ("Mechelen-Aan-De-Maas") becomes the official spelling.
const PARTICLES = new Set(['aan', 'de', 'den', 'der', 'op', 'bij', 'ter', 'ten', 'in', "'t", 'over', 'sur', 'lez']);
function officialCasing(locality: string): string {
  return locality
    .split('-')
    .map((part, i) => (i > 0 && PARTICLES.has(part.toLowerCase()) ? part.toLowerCase() : part.replace(/^Ij/, 'IJ')))
    .join('-');
}

// The files give "Brussel" for these postcodes; the postal names are these.
const LOCALITY_FIXES: Record<string, string> = { '1020': 'Laken', '1120': 'Neder-Over-Heembeek', '1130': 'Haren' };
// Postcodes without current addresses, which people still type.
const MISSING_POSTCODES = [
  { postcode: '3941', locality: 'Eksel', nis_code: '72038' },
  { postcode: '3668', locality: 'Niel-bij-As', nis_code: '71002' },
];

export async function up(db: Kysely<any>): Promise<void> {
  const centroids = new Map(readCsv('municipality_centroids.csv', ['nis_code', 'lat', 'lon']).map((r) => [r.nis_code, r]));
  const municipalities = readCsv('municipalities.csv', ['nis_code', 'name_nl', 'name_fr', 'province_nl', 'region']).map((r) => {
    const c = centroids.get(r.nis_code);
    if (!c) throw new Error(`no centre for municipality ${r.nis_code}`);
    return {
      nis_code: r.nis_code,
      slug: slugify(r.name_nl),
      name: r.name_nl,
      name_fr: r.name_fr || null,
      province: r.province_nl || null,
      region: r.region,
      lat: Number(c.lat),
      lon: Number(c.lon),
    };
  });
  const seen = new Set<string>();
  const postcodes = [
    ...readCsv('postcodes.csv', ['postcode', 'locality_nl', 'municipality_nis_code']).map((r) => ({
      postcode: r.postcode,
      locality: LOCALITY_FIXES[r.postcode] ?? officialCasing(r.locality_nl),
      nis_code: r.municipality_nis_code,
    })),
    ...MISSING_POSTCODES,
  ].filter((p) => {
    const key = `${p.postcode}|${p.locality}|${p.nis_code}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const mergers = readCsv('municipality_mergers.csv', ['old_nis_code', 'old_name_nl', 'new_nis_code', 'effective_date']).map((r) => ({
    old_nis_code: r.old_nis_code,
    old_name: r.old_name_nl,
    nis_code: r.new_nis_code,
    effective_date: r.effective_date,
  }));
  for (let i = 0; i < municipalities.length; i += 100) await db.insertInto('municipalities').values(municipalities.slice(i, i + 100)).execute();
  for (let i = 0; i < postcodes.length; i += 200) await db.insertInto('postcodes').values(postcodes.slice(i, i + 200)).execute();
  await db.insertInto('municipality_mergers').values(mergers).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('municipality_mergers').execute();
  await db.deleteFrom('postcodes').execute();
  await db.deleteFrom('municipalities').execute();
}
