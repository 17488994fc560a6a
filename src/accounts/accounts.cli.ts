/** `expertisepunt user create|list|disable`: accounts from the command line (the first admin, mostly). */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import type { Config } from '../config.js';
import { createDb } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { AppError } from '../errors.js';
import { createMailer } from '../mail/mail.service.js';
import { SYSTEM_ACTOR } from '../audit/audit.service.js';
import * as accounts from './accounts.service.js';

/** The first line of standard input (a prompt without echo when it is a terminal). */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stdout.write('Wachtwoord (je ziet niet wat je typt): ');
    const rl = createInterface({ input: process.stdin, output: undefined, terminal: true });
    const line = await new Promise<string>((resolve) => rl.once('line', resolve));
    rl.close();
    process.stdout.write('\n');
    return line;
  }
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? '';
}

export async function userCommand(config: Config, args: string[], help: string): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, invite: { type: 'boolean' } },
  });
  const handle = createDb(config);
  const mailer = createMailer({ ...config, log: (m) => console.log(m) });
  try {
    await migrateToLatest(handle.db);
    const env = { mailer, baseUrl: config.baseUrl };
    switch (sub) {
      case 'create': {
        if (!values.email || !values.role) {
          process.stderr.write('Gebruik: expertisepunt user create --email E --role admin|editor|partner [--name N] [--invite]\n');
          return 2;
        }
        const password = values.invite ? undefined : await readPassword();
        const user = await accounts.createUser(handle.db, env, SYSTEM_ACTOR, { email: values.email, role: values.role, name: values.name, password });
        console.log(password === undefined ? `Uitnodiging verstuurd naar ${user.email} (${user.role}).` : `Gebruiker ${user.email} (${user.role}) gemaakt.`);
        return 0;
      }
      case 'list': {
        for (const u of await accounts.listUsers(handle.db)) {
          console.log(`${u.email}\t${u.role}\t${u.disabled ? 'uitgeschakeld' : u.hasPassword ? 'actief' : 'uitgenodigd'}\t${u.name}`);
        }
        return 0;
      }
      case 'disable': {
        if (!values.email) {
          process.stderr.write('Gebruik: expertisepunt user disable --email E\n');
          return 2;
        }
        const user = await accounts.disableUser(handle.db, SYSTEM_ACTOR, values.email);
        console.log(`Account ${user.email} is uitgeschakeld en overal afgemeld.`);
        return 0;
      }
      default:
        process.stderr.write(`Onbekend: user ${sub ?? ''}\n\n${help}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof AppError) {
      process.stderr.write(`${err.message}${err.fields ? '\n' + Object.values(err.fields).map((f) => `  - ${f}`).join('\n') : ''}\n`);
      return 1;
    }
    throw err;
  } finally {
    mailer.close();
    await handle.destroy();
  }
}
