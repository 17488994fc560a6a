import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../test/dialects.js';
import * as places from './places.service.js';

forEachDialect(
  'places: municipalities and postcodes',
  (ctx) => {
    test('all 304 municipalities of 1 January 2025 are there, 19 of them in Brussels', async () => {
      const all = await places.listMunicipalities(ctx.db);
      assert.equal(all.length, 304);
      assert.equal(all.filter((m) => m.region === 'Brussel').length, 19);
      assert.ok(all.every((m) => m.region === 'Brussel' ? m.province === null : m.province));
      assert.equal(new Set(all.map((m) => m.slug)).size, 304, 'slugs are unique');
      const geel = await places.getMunicipality(ctx.db, 'geel');
      assert.equal(geel.name, 'Geel');
      assert.equal(geel.province, 'Antwerpen');
      await assert.rejects(places.getMunicipality(ctx.db, 'atlantis'), { code: 'municipality_not_found', status: 404 });
    });

    test('a postcode resolves to its municipality; in Brussels to two where it serves two', async () => {
      assert.deepEqual(await names('2440'), ['Geel']);
      assert.deepEqual(await names('1050'), ['Brussel', 'Elsene']);
      assert.deepEqual(await names('B-9000'), ['Gent']);
    });

    test('postcodes without current addresses and old municipality names still find their municipality', async () => {
      assert.deepEqual(await names('3941'), ['Hechtel-Eksel']);
      assert.deepEqual(await names('3668'), ['As']);
      assert.deepEqual(await names('Kortessem'), ['Hasselt'], 'merged into Hasselt in 2025');
      assert.deepEqual(await names('Eksel'), ['Hechtel-Eksel'], 'a locality');
      assert.deepEqual(await names('Gand'), ['Gent'], 'a French name');
      assert.deepEqual(await names('  sint-niklaas '), ['Sint-Niklaas']);
    });

    test('Wallonia, unknown postcodes and nonsense get their own answer', async () => {
      assert.deepEqual(await places.resolvePlace(ctx.db, '4000'), { kind: 'outside', postcode: '4000' });
      assert.equal((await places.resolvePlace(ctx.db, '2999')).kind, 'unknown');
      assert.equal((await places.resolvePlace(ctx.db, 'Atlantis')).kind, 'unknown');
      assert.equal((await places.resolvePlace(ctx.db, '')).kind, 'unknown');
    });

    test('localities keep their postal names in official spelling', async () => {
      const brussel = await places.getMunicipality(ctx.db, 'brussel');
      const locs = await places.listLocalities(ctx.db, brussel.nisCode);
      assert.ok(locs.some((l) => l.postcode === '1020' && l.locality === 'Laken'));
      const maasmechelen = await places.getMunicipality(ctx.db, 'maasmechelen');
      assert.ok((await places.listLocalities(ctx.db, maasmechelen.nisCode)).some((l) => l.locality === 'Mechelen-aan-de-Maas'));
    });

    test('distances: nearest first, within a radius', async () => {
      const geel = await places.getMunicipality(ctx.db, 'geel');
      const mol = await places.getMunicipality(ctx.db, 'mol');
      const oostende = await places.getMunicipality(ctx.db, 'oostende');
      const d = places.distanceKm(geel, mol);
      assert.ok(d > 5 && d < 20, `Geel-Mol ${d} km`);
      assert.ok(places.distanceKm(geel, oostende) > 120);
      const near = await places.listMunicipalitiesWithin(ctx.db, geel, 15);
      assert.equal(near[0]?.slug, 'geel');
      assert.ok(near.some((m) => m.slug === 'mol'));
      assert.ok(!near.some((m) => m.slug === 'oostende'));
      assert.ok(near.every((m, i) => i === 0 || near[i - 1]!.distanceKm <= m.distanceKm));
    });

    test('a transaction uses the places its database already read', async () => {
      // Reference data: reading 304 municipalities and their postcodes again in every transaction
      // cost milliseconds per write.
      const outside = await places.listMunicipalities(ctx.db);
      const inside = await ctx.db.transaction().execute((tx) => places.listMunicipalities(tx));
      assert.equal(inside, outside, 'the same index, not a fresh copy');
      const again = await ctx.db.transaction().execute(async (tx) => (await places.resolvePlace(tx, '2440')).kind);
      assert.equal(again, 'postcode');
    });

    async function names(input: string): Promise<string[]> {
      const match = await places.resolvePlace(ctx.db, input);
      assert.ok(match.kind === 'postcode' || match.kind === 'name', `${input}: ${match.kind}`);
      return match.municipalities.map((m) => m.name);
    }
  },
  { seed: false },
);
