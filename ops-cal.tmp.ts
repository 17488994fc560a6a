import { createTestDatabase } from './test/dialects.js';
import { createApp } from './src/app.js';
import { generateActivities, generateOrganisations } from './bench/load.bench.js';
const s = await createTestDatabase((process.env.D ?? 'sqlite') as any);
await generateActivities(s.handle.db, Number(process.env.N ?? 500));
await generateOrganisations(s.handle.db, Number(process.env.O ?? 100));
const app = await createApp({ ...s.config, pageCache: false }, s.handle, { logger: false });
await app.ready();
for (const url of ['/activiteiten', '/activiteiten?postcode=2440', '/ondersteuning?postcode=2440', '/']) {
  const times = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); const r = await app.inject(url); times.push(Math.round(performance.now() - t)); if (r.statusCode !== 200) console.log(r.statusCode); }
  console.log(url, times.join(' '));
}
await app.close(); await s.cleanup();
