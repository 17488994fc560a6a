/** Every page type is valid HTML for the W3C Nu checker (vnu-jar, run with the machine's Java). */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../test/dialects.js';
import { pageTypeUrls } from '../test/pages.js';

const require = createRequire(import.meta.url);
const vnuJar = String(require('vnu-jar'));

forEachDialect('HTML validity (Nu checker)', (ctx) => {
  test('every page type has zero errors', { skip: process.env.EP_SKIP_VNU || false }, async () => {
    const app = await ctx.app();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-vnu-'));
    try {
      const pages = await pageTypeUrls(ctx.db);
      for (const { name, url, status } of pages) {
        const res = await app.inject(url);
        assert.equal(res.statusCode, status ?? 200, url);
        fs.writeFileSync(path.join(dir, `${name}.html`), res.body);
      }
      const run = spawnSync('java', ['-Xss8m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...pages.map((p) => path.join(dir, `${p.name}.html`))], {
        encoding: 'utf8',
      });
      assert.ok(run.status !== null, `vnu did not run: ${run.error?.message ?? ''}`);
      const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] };
      const errors = report.messages.filter((m) => m.type === 'error');
      assert.equal(errors.map((e) => `${path.basename(e.url)}: ${e.message} ${e.extract ?? ''}`).join('\n'), '');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
