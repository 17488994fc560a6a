/** Public HTML and iCalendar of the activities calendar: /activiteiten, /activiteiten/<slug>, and their .ics. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { DateTime } from 'luxon';
import type { Db } from '../db/database.js';
import { Layout, SITE_NAME } from '../web/layout.js';
import type { PageRender } from '../web/web.plugin.js';
import { CorrectionLink, Notice, Pagination, withQuery } from '../web/components.js';
import { ValidationError } from '../errors.js';
import * as content from '../content/content.service.js';
import * as events from './events.service.js';
import { ACTIVITY_KINDS, HOME_ZONE, KIND_INFO, type Activity, type Occurrence } from './events.model.js';
import { ActivityListQuery, ActivityParams } from './events.schemas.js';

export interface EventsPagesOptions {
  db: Db;
  baseUrl: string;
  /** the current instant; a function so tests can fix it */
  now?: () => Date;
}

const ICS = 'text/calendar; charset=utf-8';
const DISTANCES = [5, 10, 20, 30, 50];

function brussels(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: HOME_ZONE }).setLocale('nl-BE');
}

const whenText = remembered((start: string, end: string, allDay: boolean): string => {
  const s = brussels(start);
  const e = brussels(end);
  if (allDay) {
    const last = e.minus({ days: 1 });
    return last.hasSame(s, 'day') ? s.toFormat('cccc d LLLL yyyy') : `${s.toFormat('cccc d LLLL')} tot ${last.toFormat('cccc d LLLL yyyy')}`;
  }
  if (e.hasSame(s, 'day')) return `${s.toFormat('cccc d LLLL yyyy')}, ${s.toFormat('HH.mm')} tot ${e.toFormat('HH.mm')} uur`;
  return `${s.toFormat('cccc d LLLL yyyy, HH.mm')} uur tot ${e.toFormat('cccc d LLLL yyyy, HH.mm')} uur`;
});

/** 'dinsdag 1 december 2026, 19.00 tot 21.00 uur' (Brussels time), or a day range for whole days. */
export function formatWhen(o: Pick<Occurrence, 'start' | 'end'>, allDay: boolean): string {
  return whenText(o.start, o.end, allDay);
}

/** Keeps a pure text function's answers (dates in Dutch: luxon and Intl cost more than the rest of a calendar page). */
function remembered<A extends unknown[]>(fn: (...args: A) => string, kept = 20000): (...args: A) => string {
  const texts = new Map<string, string>();
  return (...args: A) => {
    const key = args.join('|');
    let text = texts.get(key);
    if (text === undefined) {
      text = fn(...args);
      if (texts.size >= kept) texts.clear();
      texts.set(key, text);
    }
    return text;
  };
}

const isoWithOffset = remembered((iso: string): string => brussels(iso).toISO({ suppressMilliseconds: true }) ?? iso);

export function formatPrice(a: Pick<Activity, 'priceCents' | 'priceNote'>): string | null {
  if (a.priceCents === null) return a.priceNote;
  const amount = a.priceCents === 0 ? 'Gratis' : `€ ${(a.priceCents / 100).toFixed(2).replace('.', ',')}`;
  return a.priceNote ? `${amount} (${a.priceNote})` : amount;
}

const WEEKDAYS: Record<string, string> = { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' };
const ORDINALS: Record<string, string> = { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' };

/** Plain Dutch for the common rules ("elke eerste dinsdag van de maand"); a generic sentence otherwise. */
export function describeRule(rrule: string | null): string | null {
  if (!rrule) return null;
  const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const freq = parts.get('FREQ');
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const days = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  const single = /^(-?\d)?([A-Z]{2})$/.exec(days[0] ?? '');
  if (freq === 'WEEKLY' && days.length >= 1 && days.every((d) => WEEKDAYS[d])) {
    const list = days.map((d) => WEEKDAYS[d]!);
    const names = list.length > 1 ? `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}` : list[0];
    return interval === 1 ? `Elke ${names}` : `Om de ${interval} weken op ${names}`;
  }
  if (freq === 'MONTHLY' && days.length === 1 && single?.[1] && ORDINALS[single[1]] && interval === 1) return `Elke ${ORDINALS[single[1]]} ${WEEKDAYS[single[2]!]} van de maand`;
  if (freq === 'DAILY' && interval === 1) return 'Elke dag';
  if (freq === 'MONTHLY') return 'Elke maand';
  if (freq === 'WEEKLY') return 'Elke week';
  if (freq === 'YEARLY') return 'Elk jaar';
  return 'Komt regelmatig terug';
}

function placeLine(a: Activity, venueOverride?: string | null): string {
  if (!a.place) return a.onlineUrl ? 'Online' : 'Plaats: vraag het de organisator';
  const p = a.place;
  return [venueOverride ?? p.venue, [p.postcode, p.municipality].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** "Vandaag", "Deze week", "Volgende week" or the month, in Brussels time. */
function groupLabel(start: string, now: Date): string {
  return groupText(start, DateTime.fromJSDate(now, { zone: HOME_ZONE }).toISODate()!);
}

const groupText = remembered((start: string, day: string): string => {
  const s = brussels(start);
  const today = DateTime.fromISO(day, { zone: HOME_ZONE }).setLocale('nl-BE');
  if (s.hasSame(today, 'day') || s < today) return 'Vandaag';
  if (s.hasSame(today, 'week')) return 'Deze week';
  if (s.hasSame(today.plus({ weeks: 1 }), 'week')) return 'Volgende week';
  const month = s.toFormat('LLLL yyyy');
  return month.charAt(0).toUpperCase() + month.slice(1);
});

function OccurrenceCard({ o }: { o: Occurrence }) {
  const a = o.activity;
  const price = formatPrice(a);
  return (
    <li class="card activity">
      <span class="type-label">{KIND_INFO[a.kind].label}</span>
      <h4>
        <a href={`/activiteiten/${a.slug}`}>{o.title}</a>
      </h4>
      <p>
        <time dateTime={isoWithOffset(o.start)}>{formatWhen(o, a.allDay)}</time>
      </p>
      <p class="meta">
        {placeLine(a)}
        {o.distanceKm !== undefined ? ` (${o.distanceKm < 1 ? 'minder dan 1' : Math.round(o.distanceKm)} km)` : ''}
        {' · '}
        {a.organiser}
        {price ? ` · ${price}` : ''}
      </p>
    </li>
  );
}

/** An <input type="date"> may only carry a well-formed date; anything else is shown as empty. */
function dateValue(value: string | undefined): string {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p class="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

function eventJsonLd(a: Activity, next: Occurrence | undefined, baseUrl: string, audienceNames: string[]) {
  const url = `${baseUrl}/activiteiten/${a.slug}`;
  const physical = a.place
    ? {
        '@type': 'Place',
        name: a.place.venue ?? a.place.municipality ?? undefined,
        address: {
          '@type': 'PostalAddress',
          streetAddress: a.place.address ?? undefined,
          postalCode: a.place.postcode ?? undefined,
          addressLocality: a.place.municipality ?? undefined,
          addressCountry: 'BE',
        },
        ...(a.place.lat !== null && a.place.lon !== null ? { geo: { '@type': 'GeoCoordinates', latitude: a.place.lat, longitude: a.place.lon } } : {}),
      }
    : null;
  const virtual = a.onlineUrl ? { '@type': 'VirtualLocation', url: a.onlineUrl } : null;
  const mode = physical && virtual ? 'MixedEventAttendanceMode' : virtual ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  const location = [physical, virtual].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: next?.title ?? a.title,
    description: a.summary,
    inLanguage: 'nl-BE',
    startDate: isoWithOffset(next?.start ?? a.startsAt),
    endDate: isoWithOffset(next?.end ?? a.endsAt),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: location.length === 1 ? location[0] : location,
    organizer: { '@type': 'Organization', name: a.organiser },
    ...(a.priceCents !== null
      ? {
          offers: {
            '@type': 'Offer',
            price: (a.priceCents / 100).toFixed(2),
            priceCurrency: 'EUR',
            url: a.registrationUrl ?? url,
            availability: a.placesLeft === 0 ? 'https://schema.org/SoldOut' : 'https://schema.org/InStock',
          },
        }
      : {}),
    ...(a.placesLeft !== null ? { remainingAttendeeCapacity: a.placesLeft } : {}),
    audience: audienceNames.map((name) => ({ '@type': 'Audience', audienceType: name })),
    isAccessibleForFree: a.priceCents === 0 ? true : undefined,
  };
}

/**
 * An iCalendar download, kept in the page cache under its URL and the calendar's version (`key`) until
 * `render` says it changes (and for the day, when it depends on the clock). inline: a browser offers it
 * to the calendar app.
 */
export function sendIcs(reply: FastifyReply, filename: string, render: (page: PageRender) => Promise<string>, cache: { key: string; day?: boolean; now?: number }): Promise<FastifyReply> {
  reply.header('content-disposition', `inline; filename="${filename}"`);
  return reply.sendCachedText(ICS, render, cache);
}

/** A feed of upcoming activities: changes when one of them ends, and with the day. */
export async function upcomingFeed(db: Db, filter: events.OccurrenceFilter, baseUrl: string, page: PageRender): Promise<string> {
  const feed = await events.calendarFor(db, filter, baseUrl);
  if (feed.changesAt !== undefined) page.expiresAt = feed.changesAt;
  return feed.text;
}

export async function registerEventsPages(app: FastifyInstance, options: EventsPagesOptions): Promise<void> {
  const { db, baseUrl } = options;
  const now = options.now ?? (() => new Date());
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  const toQuery = (q: ActivityListQuery): events.ActivityQuery => ({
    soort: q.soort || undefined,
    postcode: q.postcode?.trim() || undefined,
    afstand: typeof q.afstand === 'number' ? q.afstand : undefined,
    doelgroep: q.doelgroep || undefined,
    van: q.van || undefined,
    tot: q.tot || undefined,
  });

  r.get('/activiteiten.ics', { schema: { querystring: ActivityListQuery } }, async (request, reply) => {
    const at = now();
    const { filter } = await events.resolveActivityQuery(db, toQuery(request.query), at);
    return sendIcs(reply, 'activiteiten.ics', (page) => upcomingFeed(db, filter, baseUrl, page), { key: await events.calendarPageKey(db), day: true, now: at.getTime() });
  });

  r.get('/activiteiten', { schema: { querystring: ActivityListQuery } }, async (request, reply) => {
    const q = request.query;
    const query = toQuery(q);
    const at = now();
    // Kept in the page cache per URL and calendar version, for the day, until one of its occurrences ends.
    const key = await events.calendarPageKey(db);
    return reply.html(
      async (page) => {
        let errors: Record<string, string> = {};
        let resolved: events.ResolvedQuery | undefined;
        try {
          resolved = await events.resolveActivityQuery(db, query, at);
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          errors = err.fields ?? {};
        }
        const list = resolved ? await events.listOccurrences(db, resolved.filter, { page: q.pagina ?? 1 }) : undefined;
        const audiences = await content.listAudiences(db);
        const current = { soort: query.soort, postcode: query.postcode, afstand: query.afstand, doelgroep: query.doelgroep, van: query.van, tot: query.tot };
        const groups: { label: string; items: Occurrence[] }[] = [];
        for (const o of list?.items ?? []) {
          const label = groupLabel(o.start, at);
          const last = groups[groups.length - 1];
          if (last && last.label === label) last.items.push(o);
          else groups.push({ label, items: [o] });
        }
        const hasErrors = Object.keys(errors).length > 0;
        if (hasErrors) page.status = 400;
        // A list not kept in memory (a window beyond the coming year) is not kept as a page either.
        page.expiresAt = list?.changesAt ?? at.getTime();
        const described = (field: string) => (errors[field] ? { 'aria-describedby': `e-${field}`, 'aria-invalid': 'true' as const } : {});
        return (
        <Layout
          title="Activiteiten"
          path="/activiteiten"
          baseUrl={baseUrl}
          description="Infosessies, lotgenotencontact, vormingen, zorgvakanties, webinars en campagnedagen voor mantelzorgers in Vlaanderen en Brussel."
          breadcrumbs={[{ label: 'Start', href: '/' }]}
          noindex={hasErrors}
        >
          <h1>Activiteiten voor mantelzorgers</h1>
          <p class="lead">Infosessies, lotgenotencontact, vormingen, zorgvakanties, webinars en campagnedagen. Zoek iets in je buurt of online.</p>
          {hasErrors ? (
            <div class="notice notice-warning" role="alert">
              <p>
                <strong>Kijk je keuzes na:</strong>
              </p>
              <ul>
                {Object.entries(errors).map(([field, message]) => (
                  <li>
                    <a href={`#f-${field}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <form class="filters" method="get" action="/activiteiten" aria-label="Filter de activiteiten">
            <div>
              <label for="f-soort">Soort</label>
              <select id="f-soort" name="soort" {...described('soort')}>
                <option value="">Alle soorten</option>
                {ACTIVITY_KINDS.map((k) => (
                  <option value={KIND_INFO[k].slug} selected={query.soort === KIND_INFO[k].slug}>
                    {KIND_INFO[k].plural}
                  </option>
                ))}
              </select>
              <FieldError id="e-soort" message={errors.soort} />
            </div>
            <div>
              <label for="f-postcode">Postcode of gemeente</label>
              <input id="f-postcode" name="postcode" type="text" maxLength={80} value={query.postcode ?? ''} autoComplete="postal-code" {...described('postcode')} />
              <FieldError id="e-postcode" message={errors.postcode} />
            </div>
            <div>
              <label for="f-afstand">Afstand</label>
              <select id="f-afstand" name="afstand">
                {DISTANCES.map((d) => (
                  <option value={String(d)} selected={(query.afstand ?? events.DEFAULT_DISTANCE_KM) === d}>
                    tot {d} km
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="f-doelgroep">Voor wie</label>
              <select id="f-doelgroep" name="doelgroep" {...described('doelgroep')}>
                <option value="">Iedereen</option>
                {audiences.map((a) => (
                  <option value={a.slug} selected={query.doelgroep === a.slug}>
                    {a.name}
                  </option>
                ))}
              </select>
              <FieldError id="e-doelgroep" message={errors.doelgroep} />
            </div>
            <div>
              <label for="f-van">Vanaf</label>
              <input id="f-van" name="van" type="date" value={dateValue(query.van)} {...described('van')} />
              <FieldError id="e-van" message={errors.van} />
            </div>
            <div>
              <label for="f-tot">Tot en met</label>
              <input id="f-tot" name="tot" type="date" value={dateValue(query.tot)} {...described('tot')} />
              <FieldError id="e-tot" message={errors.tot} />
            </div>
            <button type="submit">Toon</button>
          </form>
          {list && resolved ? (
            <>
              <h2 aria-live="polite">
                {list.total} {list.total === 1 ? 'activiteit' : 'activiteiten'}
                {resolved.place ? ` tot ${resolved.place.km} km van ${resolved.place.label}` : ''}
              </h2>
              {resolved.place ? (
                <p class="meta">
                  Online activiteiten hebben geen plaats en staan daarom niet in deze lijst. <a href={withQuery('/activiteiten', { ...current, postcode: undefined, afstand: undefined, soort: 'webinar' })}>Bekijk de webinars</a>.
                </p>
              ) : null}
              {list.total === 0 ? (
                <p>
                  Geen activiteiten gevonden met deze keuzes. Kies een grotere afstand of <a href="/activiteiten">wis de filters</a>.
                </p>
              ) : (
                groups.map((g) => (
                  <section aria-label={g.label}>
                    <h3 class="group-label">{g.label}</h3>
                    <ul class="card-list activity-list">
                      {g.items.map((o) => (
                        <OccurrenceCard o={o} />
                      ))}
                    </ul>
                  </section>
                ))
              )}
              <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => withQuery('/activiteiten', { ...current, pagina: p })} />
              <p class="no-print">
                <a href={withQuery('/activiteiten.ics', current)} type="text/calendar">
                  Zet deze activiteiten in je agenda (iCalendar)
                </a>
              </p>
            </>
          ) : null}
        </Layout>
        );
      },
      { key, day: true, now: at.getTime() },
    );
  });

  r.get('/activiteiten/:slug', { schema: { params: ActivityParams } }, async (request, reply) => {
    const { slug } = request.params;
    // Both kept in the page cache per URL and calendar version: a write shows at once, on every process.
    const key = await events.calendarPageKey(db);
    // The whole series: the same whatever the clock.
    if (slug.endsWith('.ics')) return sendIcs(reply, slug, () => events.activityCalendar(db, slug.slice(0, -4), baseUrl), { key });
    const at = now();
    return reply.html(
      async (page) => {
        const a = await events.getActivity(db, slug);
        const next = events.nextOccurrences(a, at, 6);
        // The next dates change when the first of them ends.
        const changesAt = events.nearbyChangesAt(next);
        if (changesAt !== undefined) page.expiresAt = changesAt;
        const audiences = await content.listAudiences(db);
        const audienceNames = a.audiences.map((s) => audiences.find((x) => x.slug === s)?.name ?? s);
        const rule = describeRule(a.rrule);
        const price = formatPrice(a);
        const first = next[0];
        const firstOverride = first ? a.overrides.find((o) => o.startLocal === first.startLocal && !o.cancelled) : undefined;
        return (
          <Layout
            title={a.title}
            path={`/activiteiten/${a.slug}`}
            baseUrl={baseUrl}
            description={a.summary}
            breadcrumbs={[
              { label: 'Start', href: '/' },
              { label: 'Activiteiten', href: '/activiteiten' },
            ]}
            jsonLd={[eventJsonLd(a, first, baseUrl, audienceNames)]}
          >
            <article>
              <p class="type-label">{KIND_INFO[a.kind].label}</p>
              <h1>{a.title}</h1>
              <p class="lead">{a.summary}</p>
              {a.source === 'demo' ? <Notice>Dit is een fictieve voorbeeldactiviteit uit de demo van deze site. Ze vindt niet echt plaats.</Notice> : null}
              {first ? null : (
                <Notice kind="warning">
                  <strong>Deze activiteit is voorbij.</strong> Bekijk de <a href="/activiteiten">activiteiten die nog komen</a>.
                </Notice>
              )}
              <section aria-labelledby="h-when">
                <h2 id="h-when">Wanneer</h2>
                {rule ? <p>{rule}.</p> : null}
                {next.length ? (
                  <ul class="dates">
                    {next.map((o) => (
                      <li>
                        <time dateTime={isoWithOffset(o.start)}>{formatWhen(o, a.allDay)}</time>
                        {o.title !== a.title ? ` (${o.title})` : ''}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p class="no-print">
                  <a class="button" href={`/activiteiten/${a.slug}.ics`} type="text/calendar">
                    Zet in je agenda
                  </a>
                </p>
              </section>
              <section aria-labelledby="h-details">
                <h2 id="h-details">Praktisch</h2>
                <dl class="details">
                  <dt>Waar</dt>
                  <dd>
                    {a.place ? (
                      <>
                        {firstOverride?.venue ?? a.place.venue}
                        {a.place.address ? (
                          <>
                            <br />
                            {a.place.address}
                          </>
                        ) : null}
                        {a.place.postcode || a.place.municipality ? (
                          <>
                            <br />
                            {[a.place.postcode, a.place.municipality].filter(Boolean).join(' ')}
                          </>
                        ) : null}
                      </>
                    ) : a.onlineUrl ? (
                      'Online'
                    ) : (
                      'Vraag het de organisator'
                    )}
                    {a.onlineUrl ? (
                      <>
                        {a.place ? <br /> : null}
                        <a href={a.onlineUrl}>Link om online deel te nemen</a>
                      </>
                    ) : null}
                  </dd>
                  <dt>Organisator</dt>
                  <dd>{a.organiser}</dd>
                  {price ? (
                    <>
                      <dt>Prijs</dt>
                      <dd>{price}</dd>
                    </>
                  ) : null}
                  {a.registrationUrl || a.placesLeft !== null ? (
                    <>
                      <dt>Inschrijven</dt>
                      <dd>
                        {a.placesLeft !== null ? (a.placesLeft === 0 ? 'Volzet. ' : `Nog ${a.placesLeft} ${a.placesLeft === 1 ? 'plaats' : 'plaatsen'} vrij. `) : null}
                        {a.registrationUrl ? <a href={a.registrationUrl}>Schrijf je in</a> : null}
                      </dd>
                    </>
                  ) : null}
                  {a.accessibility ? (
                    <>
                      <dt>Toegankelijkheid</dt>
                      <dd>{a.accessibility}</dd>
                    </>
                  ) : null}
                  {audienceNames.length ? (
                    <>
                      <dt>Voor wie</dt>
                      <dd>{audienceNames.join(', ')}</dd>
                    </>
                  ) : null}
                  {a.infoUrl ? (
                    <>
                      <dt>Meer info</dt>
                      <dd>
                        <a href={a.infoUrl}>{a.infoUrl}</a>
                      </dd>
                    </>
                  ) : null}
                </dl>
              </section>
              {a.description ? (
                <section aria-labelledby="h-about">
                  <h2 id="h-about">Over deze activiteit</h2>
                  {a.description.split(/\n\s*\n/).map((para) => (
                    <p>{para}</p>
                  ))}
                </section>
              ) : null}
              <p class="meta">
                Alle tijden in Belgische tijd. <a href="/activiteiten">Alle activiteiten</a> · {SITE_NAME}
              </p>
              <CorrectionLink path={`/activiteiten/${a.slug}`} title={a.title} />
            </article>
          </Layout>
        );
      },
      { key, day: true, now: at.getTime() },
    );
  });
}
