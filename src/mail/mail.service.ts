/**
 * Outgoing mail for every feature: nodemailer over SMTP_URL, or, without it, each message written
 * as an .eml file under DATA_DIR/outbox (the log says where), so a fresh install needs no mail server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  /** plain text; links are shown in full */
  text: string;
  /** an HTML alternative (multipart/alternative with the text); no remote images, no tracking */
  html?: string;
  /** extra headers, e.g. List-Unsubscribe */
  headers?: Record<string, string>;
}

function envelope(from: string, message: MailMessage) {
  return { from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers };
}

export interface Mailer {
  /** 'smtp' or 'outbox' */
  readonly kind: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** What a feature needs to send mail with links back to the site. */
export interface MailEnv {
  mailer: Mailer;
  baseUrl: string;
}

export interface MailerOptions {
  smtpUrl: string;
  mailFrom: string;
  dataDir: string;
  log?: (message: string) => void;
}

export function outboxDir(dataDir: string): string {
  return path.join(dataDir, 'outbox');
}

export function createMailer(options: MailerOptions): Mailer {
  const log = options.log ?? (() => {});
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: 'smtp',
      async send(message) {
        await transport.sendMail(envelope(options.mailFrom, message));
      },
      close: () => transport.close(),
    };
  }
  const dir = outboxDir(options.dataDir);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'outbox',
    async send(message) {
      const info = await transport.sendMail(envelope(options.mailFrom, message));
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
      fs.writeFileSync(file, info.message as Buffer);
      log(`no SMTP_URL set: mail "${message.subject}" to ${message.to} written to ${file}`);
    },
    close: () => transport.close(),
  };
}

/** Undoes quoted-printable soft line breaks and escapes, to read a link from a raw message (tests, CLI). */
export function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
