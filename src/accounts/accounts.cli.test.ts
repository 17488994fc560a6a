/** `expertisepunt user …` as real processes on both databases: password from standard input, invitation into the outbox, list, disable. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachDialect } from '../../test/dialects.js';
import { decodeQuotedPrintable, outboxDir } from '../mail/mail.service.js';
import * as accounts from './accounts.service.js';

const BIN = path.resolve('bin/expertisepunt.js');

forEachDialect(
  'user command',
  (ctx) => {
    const run = (args: string[], input?: string) =>
      spawnSync(process.execPath, [BIN, 'user', ...args], {
        env: { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: ctx.config.dataDir, DATABASE_URL: ctx.config.databaseUrl, SMTP_URL: '', BASE_URL: 'http://localhost:3000' },
        encoding: 'utf8',
        input,
        timeout: 120_000,
      });

    test('create with a password from standard input, invite by mail, list and disable', async () => {
      const created = run(['create', '--email', 'Eerste@Example.be', '--role', 'admin', '--name', 'Eerste Beheerder'], 'een lang wachtwoord voor de cli\n');
      assert.equal(created.status, 0, created.stderr);
      assert.match(created.stdout, /eerste@example\.be \(admin\) gemaakt/);
      const login = await accounts.logIn(ctx.db, { mailer: { kind: 'outbox', send: async () => {}, close: () => {} }, baseUrl: '' }, { email: 'eerste@example.be', password: 'een lang wachtwoord voor de cli', sessionHours: 1 });
      assert.equal(login.ok, true, 'the password from standard input works');

      const short = run(['create', '--email', 'kort@example.be', '--role', 'editor'], 'kort\n');
      assert.equal(short.status, 1);
      assert.match(short.stderr, /minstens 12 tekens/);
      const badRole = run(['create', '--email', 'rol@example.be', '--role', 'baas', '--invite']);
      assert.equal(badRole.status, 1);
      assert.match(badRole.stderr, /Kies een rol/);

      const invited = run(['create', '--email', 'tweede@example.be', '--role', 'editor', '--invite']);
      assert.equal(invited.status, 0, invited.stderr);
      assert.match(invited.stdout, /Uitnodiging verstuurd naar tweede@example\.be/);
      assert.match(invited.stdout, /no SMTP_URL set.*outbox/);
      const files = fs.readdirSync(outboxDir(ctx.config.dataDir));
      assert.equal(files.length, 1);
      const eml = decodeQuotedPrintable(fs.readFileSync(path.join(outboxDir(ctx.config.dataDir), files[0]!), 'utf8'));
      const token = /\/beheer\/wachtwoord\/([A-Za-z0-9_-]+)/.exec(eml)?.[1];
      assert.ok(token, 'the mail holds the link');
      assert.equal((await accounts.checkPasswordToken(ctx.db, token))?.purpose, 'invite');

      const list = run(['list']);
      assert.equal(list.status, 0);
      assert.match(list.stdout, /eerste@example\.be\tadmin\tactief\tEerste Beheerder/);
      assert.match(list.stdout, /tweede@example\.be\teditor\tuitgenodigd/);

      const disabled = run(['disable', '--email', 'eerste@example.be']);
      assert.equal(disabled.status, 0, disabled.stderr);
      assert.match(run(['list']).stdout, /eerste@example\.be\tadmin\tuitgeschakeld/);
      assert.equal((await accounts.findUserByEmail(ctx.db, 'eerste@example.be'))?.disabled, true);
      assert.equal(run(['disable', '--email', 'niemand@example.be']).status, 1);
    });
  },
  { seed: false },
);
