import { createTestDatabase } from './test/dialects.ts';
import { createApp } from './src/app.ts';
const t0 = Date.now();
const state = await createTestDatabase('sqlite');
console.log('seeded in', Date.now() - t0, 'ms');
const app = await createApp(state.config, state.handle, { logger: false });
for (const url of ['/activiteiten', '/activiteiten?postcode=2440', '/activiteiten?postcode=2440&afstand=abc', '/activiteiten?postcode=9999', '/activiteiten?van=2026-13-01', '/activiteiten/praatcafe-mantelzorg-geel', '/activiteiten/praatcafe-mantelzorg-geel.ics', '/activiteiten.ics?soort=webinar', '/activiteiten/bestaat-niet', '/activiteiten?soort=zorgvakantie']) {
  const t = Date.now();
  const res = await app.inject(url);
  console.log(url, res.statusCode, res.headers['content-type'], res.body.length, Date.now() - t, 'ms');
  if (process.env.SHOW === url) console.log(res.body);
}
await app.close(); await state.cleanup();
