/**
 * The newsletter's mails: multipart HTML + plain text, lang set, real headings and links, no
 * remote images and no tracking. Every mail carries the one-click unsubscribe link in its body
 * and in the List-Unsubscribe / List-Unsubscribe-Post headers (RFC 2369, RFC 8058).
 */
import type { ComponentChildren } from 'preact';
import type { MailMessage } from '../mail/mail.service.js';
import { renderDocument } from '../web/render.js';
import { SITE_NAME } from '../web/layout.js';
import type { Edition, Entry } from './newsletter.model.js';

const when = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });

export function entryWhen(entry: Pick<Entry, 'startsAt' | 'place'>): string {
  if (!entry.startsAt) return '';
  return [when.format(new Date(entry.startsAt)), entry.place].filter(Boolean).join(', ');
}

export interface SubscriberLinks {
  preferences: string;
  unsubscribe: string;
}

export function subscriberLinks(baseUrl: string, token: string): SubscriberLinks {
  return { preferences: `${baseUrl}/nieuwsbrief/voorkeuren/${token}`, unsubscribe: `${baseUrl}/nieuwsbrief/uitschrijven/${token}` };
}

export function unsubscribeHeaders(links: SubscriberLinks): Record<string, string> {
  return { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

function Frame(props: { title: string; children: ComponentChildren }) {
  return (
    <html lang="nl-BE">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
      </head>
      <body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a;background:#ffffff">
        <div style="max-width:640px;margin:0 auto">
          <p style="margin:0 0 8px;font-weight:bold;color:#0b4f5c">{SITE_NAME}</p>
          {props.children}
        </div>
      </body>
    </html>
  );
}

const link = 'color:#0b4f5c;text-decoration:underline';

function Footer({ links }: { links: SubscriberLinks }) {
  return (
    <footer style="margin-top:32px;border-top:1px solid #767676;padding-top:12px;font-size:15px">
      <p>
        Je krijgt deze mail omdat je je inschreef op de nieuwsbrief van {SITE_NAME}.{' '}
        <a href={links.preferences} style={link}>
          Kies wat je wilt ontvangen
        </a>{' '}
        of{' '}
        <a href={links.unsubscribe} style={link}>
          schrijf je uit
        </a>
        .
      </p>
    </footer>
  );
}

/** Plain text with blank lines between paragraphs (an edition's introduction). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter(Boolean)
        .map((p) => (
          <p>{p}</p>
        ))}
    </>
  );
}

function EntryList(props: { heading: string; entries: Entry[]; baseUrl: string }) {
  if (!props.entries.length) return null;
  return (
    <>
      <h2 style="font-size:21px;margin:24px 0 8px">{props.heading}</h2>
      {props.entries.map((e) => (
        <div style="margin:0 0 16px">
          <h3 style="font-size:18px;margin:0 0 4px">
            <a href={props.baseUrl + e.url} style={link}>
              {e.title}
            </a>
          </h3>
          {e.startsAt ? <p style="margin:0">{entryWhen(e)}</p> : null}
          {e.summary ? <p style="margin:0">{e.summary}</p> : null}
        </div>
      ))}
    </>
  );
}

/** An edition or digest as one recipient gets it (entries already filtered to their interests). */
export function editionMail(baseUrl: string, edition: Pick<Edition, 'title' | 'intro' | 'slug' | 'kind'>, entries: Entry[], to: string, links: SubscriberLinks): MailMessage {
  const items = entries.filter((e) => e.kind === 'item');
  const activities = entries.filter((e) => e.kind === 'activity');
  const archive = edition.kind === 'edition' ? `${baseUrl}/nieuwsbrief/archief/${edition.slug}` : null;
  const html = renderDocument(
    <Frame title={edition.title}>
      <h1 style="font-size:26px;margin:0 0 16px">{edition.title}</h1>
      <Paragraphs text={edition.intro} />
      <EntryList heading="Nieuw om te lezen" entries={items} baseUrl={baseUrl} />
      <EntryList heading="Activiteiten" entries={activities} baseUrl={baseUrl} />
      {archive ? (
        <p>
          <a href={archive} style={link}>
            Lees deze nieuwsbrief op de website
          </a>
        </p>
      ) : null}
      <Footer links={links} />
    </Frame>,
  );
  const text = [
    edition.title,
    '='.repeat(Math.min(edition.title.length, 70)),
    '',
    ...(edition.intro ? [edition.intro, ''] : []),
    ...(items.length ? ['NIEUW OM TE LEZEN', '', ...items.flatMap((e) => [`* ${e.title}`, ...(e.summary ? [`  ${e.summary}`] : []), `  ${baseUrl}${e.url}`, ''])] : []),
    ...(activities.length
      ? ['ACTIVITEITEN', '', ...activities.flatMap((e) => [`* ${e.title}`, ...(e.startsAt ? [`  ${entryWhen(e)}`] : []), `  ${baseUrl}${e.url}`, ''])]
      : []),
    ...(archive ? [`Lees deze nieuwsbrief op de website: ${archive}`, ''] : []),
    '-- ',
    `Je krijgt deze mail omdat je je inschreef op de nieuwsbrief van ${SITE_NAME}.`,
    `Kies wat je wilt ontvangen: ${links.preferences}`,
    `Uitschrijven: ${links.unsubscribe}`,
  ].join('\n');
  return { to, subject: edition.title, text, html, headers: unsubscribeHeaders(links) };
}

/** The double opt-in mail: one link to confirm; nothing is sent until it is followed. */
export function confirmMail(baseUrl: string, to: string, token: string): MailMessage {
  const confirm = `${baseUrl}/nieuwsbrief/bevestigen/${token}`;
  const links = subscriberLinks(baseUrl, token);
  const subject = 'Bevestig je inschrijving op de nieuwsbrief';
  const html = renderDocument(
    <Frame title={subject}>
      <h1 style="font-size:24px">Bevestig je inschrijving</h1>
      <p>Je schreef je in op de nieuwsbrief van {SITE_NAME}. Wil je hem echt ontvangen? Klik dan op deze link:</p>
      <p>
        <a href={confirm} style={link}>
          Ja, ik wil de nieuwsbrief ontvangen
        </a>
      </p>
      <p>Heb je je niet ingeschreven? Dan hoef je niets te doen. Zonder bevestiging sturen we niets en wissen we je adres na 7 dagen.</p>
      <Footer links={links} />
    </Frame>,
  );
  const text = [
    `Je schreef je in op de nieuwsbrief van ${SITE_NAME}.`,
    'Wil je hem echt ontvangen? Open dan deze link:',
    '',
    confirm,
    '',
    'Heb je je niet ingeschreven? Dan hoef je niets te doen. Zonder bevestiging sturen we niets en wissen we je adres na 7 dagen.',
    '',
    '-- ',
    `Uitschrijven: ${links.unsubscribe}`,
  ].join('\n');
  return { to, subject, text, html, headers: unsubscribeHeaders(links) };
}

/** Someone subscribed again with an address that is already confirmed: we say so and give the preferences link. */
export function alreadySubscribedMail(baseUrl: string, to: string, token: string): MailMessage {
  const links = subscriberLinks(baseUrl, token);
  const subject = 'Je bent al ingeschreven op de nieuwsbrief';
  const html = renderDocument(
    <Frame title={subject}>
      <h1 style="font-size:24px">Je bent al ingeschreven</h1>
      <p>Iemand vroeg om dit adres in te schrijven op de nieuwsbrief. Je bent al ingeschreven, dus er verandert niets.</p>
      <p>
        <a href={links.preferences} style={link}>
          Kies hier wat je wilt ontvangen
        </a>
      </p>
      <Footer links={links} />
    </Frame>,
  );
  const text = [
    'Iemand vroeg om dit adres in te schrijven op de nieuwsbrief. Je bent al ingeschreven, dus er verandert niets.',
    '',
    `Kies wat je wilt ontvangen: ${links.preferences}`,
    '',
    '-- ',
    `Uitschrijven: ${links.unsubscribe}`,
  ].join('\n');
  return { to, subject, text, html, headers: unsubscribeHeaders(links) };
}
