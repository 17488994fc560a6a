import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from './passwords.js';

test('a password hash verifies its own password and nothing else', async () => {
  const hash = await hashPassword('een lang wachtwoord');
  assert.match(hash, /^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
  assert.equal(await verifyPassword(hash, 'een lang wachtwoord'), true);
  assert.equal(await verifyPassword(hash, 'een lang wachtwoorD'), false);
  assert.notEqual(await hashPassword('een lang wachtwoord'), hash, 'a new salt every time');
});

test('composed and decomposed accents are the same password', async () => {
  const hash = await hashPassword('café-crème');
  assert.equal(await verifyPassword(hash, 'cafe\u0301-cre\u0300me'), true);
});

test('a hash in another or broken format never verifies', async () => {
  for (const stored of ['', 'plain', '$argon2id$v=19$m=19456,t=2,p=1$abc$def', 'scrypt$0$8$1$abc$def', 'scrypt$1099511627776$8$1$abc$def']) {
    assert.equal(await verifyPassword(stored, 'x'), false, stored);
  }
});
