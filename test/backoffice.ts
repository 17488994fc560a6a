/** Helpers for back-office tests: users, signing in through the real form, a local SMTP server that keeps what it receives. */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import * as cheerio from 'cheerio';
import { SMTPServer } from 'smtp-server';
import type { Db } from '../src/db/database.js';
import * as accounts from '../src/accounts/accounts.service.js';
import { SYSTEM_ACTOR } from '../src/audit/audit.service.js';
import { createMailer, decodeQuotedPrintable, type Mailer } from '../src/mail/mail.service.js';

export const PASSWORD = 'een lange zin als wachtwoord';

export interface ReceivedMail {
  to: string[];
  raw: string;
  /** the decoded text (quoted-printable undone) */
  text: string;
}

export interface LocalSmtp {
  url: string;
  mails: ReceivedMail[];
  mailer: Mailer;
  /** waits until a mail to this address arrives, and returns the newest one */
  waitFor(to: string, count?: number, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<LocalSmtp> {
  const mails: ReceivedMail[] = [];
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (c: string) => (raw += c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, text: decodeQuotedPrintable(raw) });
        waiting.splice(0).forEach((w) => w());
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;
  const mailer = createMailer({ smtpUrl: url, mailFrom: 'Test <test@localhost>', dataDir: '/nonexistent' });
  return {
    url,
    mails,
    mailer,
    async waitFor(to, count = 1, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mine = mails.filter((m) => m.to.includes(to));
        if (mine.length >= count) return mine[mine.length - 1]!;
        const left = deadline - Date.now();
        // A mail that never comes fails the test instead of hanging it.
        if (left <= 0) throw new Error(`no ${count > 1 ? `${count} mails` : 'mail'} to ${to} within ${timeoutMs / 1000} s; received for: ${mails.map((m) => m.to.join(',')).join(' | ') || 'nobody'}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiting.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async close() {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The first /beheer/wachtwoord/<token> link in a mail. */
export function passwordLink(mail: { text: string }): string {
  const m = /https?:\/\/[^\s]+(\/beheer\/wachtwoord\/[A-Za-z0-9_-]+)/.exec(mail.text);
  if (!m) throw new Error(`no password link in mail:\n${mail.text}`);
  return m[1]!;
}

export async function createUser(db: Db, email: string, role: accounts.Role, password = PASSWORD): Promise<accounts.User> {
  const mailer: Mailer = { kind: 'outbox', send: async () => {}, close: () => {} };
  return accounts.createUser(db, { mailer, baseUrl: 'http://localhost:3000' }, SYSTEM_ACTOR, { email, role, name: `Test ${role}`, password });
}

export function csrfOf(html: string, formSelector = 'main form[method="post"]'): string {
  const $ = cheerio.load(html);
  const token = $(formSelector).first().find('input[name="_csrf"]').attr('value');
  if (!token) throw new Error(`no CSRF token in ${formSelector}`);
  return token;
}

export function cookieValue(setCookie: string | string[] | undefined, name = 'ep_sessie'): string | undefined {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  for (const c of list) {
    const m = new RegExp(`^${name}=([^;]*)`).exec(c);
    if (m) return m[1];
  }
  return undefined;
}

let nextAddress = 0;

/** Signs in through the form (each call from its own address, so the rate limit stays out of the way); returns the Cookie header. */
export async function logIn(app: FastifyInstance, email: string, password = PASSWORD, ip = `10.200.${Math.floor(++nextAddress / 250)}.${nextAddress % 250}`): Promise<string> {
  const page = await app.inject({ url: '/beheer/aanmelden', remoteAddress: ip });
  const res = await app.inject({
    method: 'POST',
    url: '/beheer/aanmelden',
    remoteAddress: ip,
    ...form({ _csrf: csrfOf(page.body), email, password }),
  });
  const token = cookieValue(res.headers['set-cookie']);
  if (res.statusCode !== 303 || !token) throw new Error(`sign-in failed: ${res.statusCode}`);
  return `ep_sessie=${token}`;
}

/** GET a page as a signed-in user and return its CSRF token (the sign-out form in the header carries one). */
export async function sessionCsrf(app: FastifyInstance, cookie: string, url = '/beheer/account'): Promise<string> {
  const res = await app.inject({ url, headers: { cookie } });
  return csrfOf(res.body, 'form');
}

/** A urlencoded form body for app.inject, as a browser sends it (arrays become repeated keys). */
export function form(fields: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return { payload: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) } };
}

/** The fields a browser would send for a form on a page (inputs, checked boxes, textareas, selects), as repeated keys. */
export function formFields(html: string, formSelector: string): [string, string][] {
  const $ = cheerio.load(html);
  const f = $(formSelector).first();
  if (!f.length) throw new Error(`no form ${formSelector}`);
  const fields: [string, string][] = [];
  f.find('input[name], textarea[name], select[name]').each((_, el) => {
    const e = $(el);
    const name = e.attr('name')!;
    const type = (e.attr('type') ?? '').toLowerCase();
    if (el.tagName === 'textarea') fields.push([name, e.text()]);
    else if (el.tagName === 'select') fields.push([name, e.find('option[selected]').attr('value') ?? e.find('option').first().attr('value') ?? '']);
    else if (type === 'checkbox' || type === 'radio') {
      if (e.attr('checked') !== undefined) fields.push([name, e.attr('value') ?? 'on']);
    } else if (type !== 'file' && type !== 'submit') fields.push([name, e.attr('value') ?? '']);
  });
  return fields;
}

/** formFields with some values replaced, as a urlencoded body. */
export function filledForm(html: string, formSelector: string, values: Record<string, string>): string {
  const body = new URLSearchParams();
  const seen = new Set<string>();
  for (const [k, v] of formFields(html, formSelector)) {
    if (k in values) {
      if (!seen.has(k)) body.append(k, values[k]!);
      seen.add(k);
    } else body.append(k, v);
  }
  for (const [k, v] of Object.entries(values)) if (!seen.has(k)) body.append(k, v);
  return body.toString();
}
