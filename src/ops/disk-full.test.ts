/**
 * Uploads on a full disk: the editor gets a clear Dutch error on the item form (the typed title
 * kept), and neither a half-written file nor an attachment row is left behind. The disk is a real
 * 64 kB tmpfs when the tests may mount one (root), else writes fail with ENOSPC after half the bytes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { forEachDialect } from '../../test/dialects.js';
import { createUser, logIn, sessionCsrf } from '../../test/backoffice.js';
import { createApp } from '../app.js';

function pngOf(size: number): Buffer {
  const head = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  return Buffer.concat([head, Buffer.alloc(Math.max(0, size - head.length), 7)]);
}

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer }) {
  const boundary = '----ep' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: image/png\r\n\r\n`), file.data, Buffer.from('\r\n'), Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A 64 kB tmpfs, or null when this process may not mount one. */
function mountTinyDisk(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

forEachDialect('uploads on a full disk', (ctx) => {
  let dataDir: string;
  let mounted = false;
  let app: FastifyInstance;
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ep-full-'));
    mounted = mountTinyDisk(dataDir);
    app = await createApp({ ...ctx.config, dataDir }, ctx.handle, { logger: false });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    if (mounted) execFileSync('umount', [dataDir]);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('a clear Dutch error, the title kept, no half file and no row; a small file still fits', async () => {
    await createUser(ctx.db, 'schijf@example.be', 'editor');
    const cookie = await logIn(app, 'schijf@example.be');
    const token = await sessionCsrf(app, cookie);
    const item = await ctx.db.selectFrom('items').select(['id']).where('type', '=', 'publication').orderBy('id').executeTakeFirstOrThrow();
    const count = async () => (await ctx.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).where('item_id', '=', item.id).executeTakeFirstOrThrow()).n;
    const before = Number(await count());
    const upload = (data: Buffer, title: string) => {
      const mp = multipart({ _csrf: token, attachmentTitle: title }, { name: 'folder.png', data });
      return app.inject({ method: 'POST', url: `/beheer/items/${item.id}/bijlagen`, payload: mp.payload, headers: { ...mp.headers, cookie } });
    };

    // Without a real small disk, every write stops with ENOSPC after half its bytes, as a full disk does.
    const real = fs.writeFileSync;
    const failing = mounted
      ? null
      : mock.method(fs, 'writeFileSync', (file: fs.PathOrFileDescriptor, data: Buffer, options?: fs.WriteFileOptions) => {
          real(file, data.subarray(0, data.length / 2), options);
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
        });
    let res;
    try {
      res = await upload(pngOf(200 * 1024), 'Folder over respijtzorg');
    } finally {
      failing?.mock.restore();
    }
    assert.equal(res.statusCode, 507);
    const $ = cheerio.load(res.body);
    assert.match($('.error-summary').text(), /schijf van de server is vol/);
    assert.match($('#e-file').text(), /niet opgeslagen: de schijf van de server is vol/);
    assert.equal($('input[name="attachmentTitle"]').attr('value'), 'Folder over respijtzorg', 'the typed title is kept');
    assert.equal($('input[name="file"]').attr('aria-invalid'), 'true');
    assert.doesNotMatch(res.body, /ENOSPC|at \w+ \(/, 'no system error reaches the editor');
    assert.deepEqual(fs.readdirSync(path.join(dataDir, 'uploads')), [], 'no half-written file is left');
    assert.equal(Number(await count()), before, 'no attachment row');

    // Once there is room (a small file), uploading works again.
    const ok = await upload(pngOf(1024), 'Klein bestand');
    assert.equal(ok.statusCode, 303);
    assert.equal(fs.readdirSync(path.join(dataDir, 'uploads')).length, 1);
    assert.equal(Number(await count()), before + 1);
  });
});
