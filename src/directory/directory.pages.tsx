/**
 * Public HTML of the directory: the support finder (/ondersteuning), municipalities (/gemeente),
 * organisation and service pages. Works without JavaScript; the URL carries the whole state.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { Layout } from '../web/layout.js';
import { CorrectionLink, Notice, withQuery } from '../web/components.js';
import { formatDate, isoDate } from '../web/render.js';
import { brusselsDay } from '../web/day.js';
import * as content from '../content/content.service.js';
import * as places from '../places/places.service.js';
import type { Municipality } from '../places/places.service.js';
import * as directory from './directory.service.js';
import { ORGANIZATION_KINDS, type CarerPremium, type Contact, type Location, type Organization, type Phone, type Schedule, type Service, type ServiceMatch, type Term } from './directory.model.js';
import { MunicipalityLookupQuery, SlugParams, SupportQuery } from './directory.schemas.js';

/** An activity near a municipality, as the calendar gives it (wired in by the calendar feature). */
export interface NearbyActivity {
  title: string;
  url: string;
  /** ISO date-time in UTC */
  startsAt: string;
  place?: string | null;
  distanceKm?: number | null;
}

export interface DirectoryPagesOptions {
  db: Db;
  baseUrl: string;
  /** today's date as YYYY-MM-DD (for the "not verified for a year" flag) */
  today?: () => string;
  /** activities near a municipality; without it /gemeente/<slug> shows no activities section */
  nearbyActivities?: NearbyActivities;
}

/** What the calendar gives the municipality pages: the list, and what it depends on for the page cache. */
export interface NearbyActivities {
  /** what the list depends on besides the day (the calendar's version): part of the page's cache key, so a write shows at once */
  version(db: Db): Promise<string>;
  /** the next activities near a municipality, and the moment (ms) the list changes without a write (one of them ends) */
  list(db: Db, municipality: Municipality): Promise<{ items: NearbyActivity[]; changesAt?: number }>;
}

const PROVINCE_ORDER = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen'];
const DAYS: Record<string, string> = { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' };
const ORDINALS: Record<string, string> = { '1': 'eerste', '2': 'tweede', '3': 'derde', '4': 'vierde', '-1': 'laatste' };
const timeFormat = new Intl.DateTimeFormat('nl-BE', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });

export function formatKm(km: number): string {
  if (km < 1) return 'minder dan 1 km';
  return `${Math.round(km).toLocaleString('nl-BE')} km`;
}

function time(t: string | null): string {
  return t ? t.slice(0, 5).replace(':', '.') : '';
}

/** 'MO,TU' -> 'maandag, dinsdag'; '1TU' (monthly) -> 'elke eerste dinsdag van de maand'. */
export function describeSchedule(s: Schedule): string {
  const days = (s.byday ?? '').split(',').filter(Boolean);
  let when: string;
  if (s.freq === 'MONTHLY') {
    when = days
      .map((d) => {
        const m = /^(-?\d)?([A-Z]{2})$/.exec(d);
        return m ? `elke ${ORDINALS[m[1] ?? ''] ?? ''} ${DAYS[m[2]!] ?? m[2]} van de maand`.replace(/\s+/g, ' ') : d;
      })
      .join(' en ');
    if (!days.length && s.bymonthday) when = `op dag ${s.bymonthday} van de maand`;
  } else {
    const names = days.map((d) => DAYS[d] ?? d);
    const consecutive = days.length > 2 && days.every((d, i) => i === 0 || Object.keys(DAYS).indexOf(d) === Object.keys(DAYS).indexOf(days[i - 1]!) + 1);
    when = consecutive ? `${names[0]} tot ${names.at(-1)}` : names.join(', ');
  }
  const hours = s.opensAt && s.closesAt ? `van ${time(s.opensAt)} tot ${time(s.closesAt)} uur` : '';
  return [when, hours].filter(Boolean).join(', ') || s.description || '';
}

function Verified({ lastVerifiedOn, today }: { lastVerifiedOn: string | null; today: string }) {
  const stale = directory.needsVerification(lastVerifiedOn, today);
  return (
    <>
      {lastVerifiedOn ? (
        <>
          Laatst gecontroleerd: <time dateTime={isoDate(lastVerifiedOn)}>{formatDate(lastVerifiedOn)}</time>
        </>
      ) : (
        <>Nog niet gecontroleerd</>
      )}
      {stale ? <strong class="stale"> (meer dan een jaar geleden: kijk de gegevens na)</strong> : null}
    </>
  );
}

function SourceLine({ title, url }: { title: string; url: string | null }) {
  return <>Bron: {url ? <a href={url}>{title}</a> : title}</>;
}

function TermNames({ terms }: { terms: Term[] }) {
  return <>{terms.map((t) => t.name).join(', ')}</>;
}

function ServiceCard({ service, nearest, today, origin }: { service: Service; nearest?: ServiceMatch['nearest']; today: string; origin?: string }) {
  return (
    <li class="card service-card">
      {service.kinds.length ? (
        <span class="type-label">
          <TermNames terms={service.kinds} />
        </span>
      ) : null}
      <h3>
        <a href={`/ondersteuning/${service.slug}`}>{service.name}</a>
      </h3>
      <p>{service.description}</p>
      <p class="meta">
        Door <a href={`/organisatie/${service.organization.slug}`}>{service.organization.name}</a>
        {service.audiences.length ? (
          <>
            {' '}
            · Voor: <TermNames terms={service.audiences} />
          </>
        ) : null}
      </p>
      {nearest ? (
        <p class="meta distance">
          {nearest.location.name ?? 'Adres'}
          {nearest.location.address ? `, ${nearest.location.address.address1}, ${nearest.location.address.postalCode} ${nearest.location.address.city}` : ''}: op{' '}
          {formatKm(nearest.distanceKm)}
          {origin ? ` van ${origin}` : ''}
          {nearest.location.coordinatesFrom === 'municipality' ? ' (gemeten van centrum tot centrum)' : ''}
        </p>
      ) : origin ? (
        <p class="meta distance">Geen vaste plaats in de buurt: je kan hen bellen, mailen of hun website bekijken.</p>
      ) : null}
      <p class="meta">
        <SourceLine title={service.sourceTitle} url={service.sourceUrl} /> · <Verified lastVerifiedOn={service.lastVerifiedOn} today={today} />
      </p>
    </li>
  );
}

function Phones({ phones }: { phones: Phone[] }) {
  return (
    <>
      {phones.map((p) => (
        <li>
          Telefoon: <a href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>{p.number}</a>
          {p.description ? ` (${p.description})` : ''}
        </li>
      ))}
    </>
  );
}

function Contacts({ contacts }: { contacts: Contact[] }) {
  return (
    <>
      {contacts.map((c) => (
        <li>
          {[c.name, c.title, c.department].filter(Boolean).join(', ')}
          {c.email ? (
            <>
              {c.name || c.title || c.department ? ': ' : 'E-mail: '}
              <a href={`mailto:${c.email}`}>{c.email}</a>
            </>
          ) : null}
          {c.phones.length ? <ul><Phones phones={c.phones} /></ul> : null}
        </li>
      ))}
    </>
  );
}

function Address({ location }: { location: Location }) {
  const a = location.address;
  return (
    <p>
      {location.name ? (
        <>
          <strong>{location.name}</strong>
          <br />
        </>
      ) : null}
      {a ? (
        <>
          {a.address1}
          {a.address2 ? `, ${a.address2}` : ''}
          <br />
          {a.postalCode} {a.city}
        </>
      ) : location.municipality ? (
        location.municipality.name
      ) : null}
      {location.municipality ? (
        <>
          <br />
          <a href={`/gemeente/${location.municipality.slug}`}>Meer hulp in {location.municipality.name}</a>
        </>
      ) : null}
    </p>
  );
}

function Hours({ schedules }: { schedules: Schedule[] }) {
  if (schedules.length === 0) return null;
  return (
    <ul class="hours">
      {schedules.map((s) => (
        <li>
          {describeSchedule(s)}
          {s.description && s.freq !== 'MONTHLY' ? ` (${s.description})` : ''}
          {s.notes ? ` ${s.notes}` : ''}
        </li>
      ))}
    </ul>
  );
}

function PremiumSection({ municipality, premium }: { municipality: Municipality; premium: CarerPremium | null }) {
  return (
    <section aria-labelledby="h-premie" class="premium">
      <h2 id="h-premie">Mantelzorgpremie in {municipality.name}</h2>
      {!premium ? (
        <p class="premium-unknown">
          We kennen geen mantelzorgpremie in {municipality.name}. Niet elke gemeente betaalt er een, en de regels verschillen. Vraag bij je gemeente of het OCMW of er
          een premie is en wat de voorwaarden zijn.
        </p>
      ) : premium.status === 'none' ? (
        <>
          <p class="premium-none">Voor zover we weten betaalt {municipality.name} geen mantelzorgpremie.</p>
          {premium.conditions ? <p>{premium.conditions}</p> : null}
          <p class="meta">
            Bron: <a href={premium.sourceUrl}>{premium.sourceUrl}</a>
          </p>
          {premium.note ? <Notice kind="warning">{premium.note}</Notice> : null}
        </>
      ) : (
        <>
          <dl class="details">
            <dt>Naam</dt>
            <dd>{premium.name}</dd>
            <dt>Bedrag</dt>
            <dd>{premium.amount ?? 'Niet bekend'}</dd>
            <dt>Voorwaarden</dt>
            <dd>{premium.conditions ?? 'Niet bekend: vraag het bij de gemeente.'}</dd>
            <dt>Hoe aanvragen?</dt>
            <dd>{premium.howToApply ?? `Niet bekend: vraag het bij de gemeente ${municipality.name}.`}</dd>
            {premium.validFrom ? (
              <>
                <dt>Geldt sinds</dt>
                <dd>
                  <time dateTime={premium.validFrom}>{formatDate(premium.validFrom)}</time>
                </dd>
              </>
            ) : null}
            <dt>Bron</dt>
            <dd>
              <a href={premium.sourceUrl}>{premium.sourceUrl}</a>
            </dd>
            <dt>Nagekeken</dt>
            <dd>
              {premium.checkedOn ? (
                <time dateTime={premium.checkedOn}>{formatDate(premium.checkedOn)}</time>
              ) : (
                'Nog niet door ons nagekeken bij de gemeente'
              )}
            </dd>
          </dl>
          {premium.note ? <Notice kind="warning">{premium.note}</Notice> : null}
        </>
      )}
    </section>
  );
}

function TermSelect({ id, name, label, all, terms, selected }: { id: string; name: string; label: string; all: string; terms: Term[]; selected: string }) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{all}</option>
        {terms.map((t) => (
          <option value={t.slug} selected={selected === t.slug}>
            {t.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function FinderForm(props: { place: string; municipality?: string; kind: string; audience: string; kinds: Term[]; audiences: Term[]; error?: string }) {
  const describedBy = props.error ? 'f-postcode-error' : 'f-postcode-hint';
  return (
    <form class="filters finder-form" method="get" action="/ondersteuning" aria-label="Zoek hulp in de buurt" novalidate>
      <div>
        <label for="f-postcode">Postcode of gemeente</label>
        <input
          id="f-postcode"
          name="postcode"
          type="text"
          inputMode="text"
          autoComplete="postal-code"
          maxLength={100}
          value={props.place}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
        />
        {props.error ? (
          <p class="field-error" id="f-postcode-error">
            {props.error}
          </p>
        ) : (
          <p class="meta" id="f-postcode-hint">
            Bijvoorbeeld 2440 of Geel
          </p>
        )}
      </div>
      {props.municipality ? <input type="hidden" name="gemeente" value={props.municipality} /> : null}
      <TermSelect id="f-soort" name="soort" label="Soort hulp" all="Alle soorten hulp" terms={props.kinds} selected={props.kind} />
      <TermSelect id="f-doelgroep" name="doelgroep" label="Voor wie" all="Iedereen" terms={props.audiences} selected={props.audience} />
      <button type="submit">Zoek hulp</button>
    </form>
  );
}

function serviceJsonLd(service: Service, baseUrl: string) {
  const url = `${baseUrl}/ondersteuning/${service.slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    '@id': url,
    url,
    name: service.name,
    description: service.description,
    serviceType: service.kinds.map((k) => k.name),
    provider: { '@type': 'Organization', name: service.organization.name, url: `${baseUrl}/organisatie/${service.organization.slug}` },
    audience: service.audiences.map((a) => ({ '@type': 'Audience', audienceType: a.name })),
    areaServed: service.areas.map((a) => ({ '@type': 'AdministrativeArea', name: a.label })),
    ...(service.feesDescription ? { offers: { '@type': 'Offer', description: service.feesDescription } } : {}),
  };
}

function organizationJsonLd(org: Organization, baseUrl: string) {
  const url = `${baseUrl}/organisatie/${org.slug}`;
  const located = org.locations.find((l) => l.address);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': url,
    url,
    name: org.name,
    description: org.description,
    ...(org.website ? { sameAs: [org.website] } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phones[0] ? { telephone: org.phones[0].number } : {}),
    ...(located?.address
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: located.address.address1,
            postalCode: located.address.postalCode,
            addressLocality: located.address.city,
            addressCountry: located.address.country,
          },
        }
      : {}),
    ...(located && located.latitude !== null && located.longitude !== null ? { location: { '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: located.latitude, longitude: located.longitude } } } : {}),
    makesOffer: org.services.map((s) => ({ '@type': 'Offer', itemOffered: { '@type': 'Service', name: s.name, url: `${baseUrl}/ondersteuning/${s.slug}` } })),
  };
}

export async function registerDirectoryPages(app: FastifyInstance, options: DirectoryPagesOptions): Promise<void> {
  const { db, baseUrl } = options;
  const today = options.today ?? (() => brusselsDay(Date.now()).day);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  const onChanged = () => app.invalidatePages();
  directory.directoryChanges.on('changed', onChanged);
  app.addHook('onClose', async () => {
    directory.directoryChanges.off('changed', onChanged);
  });

  r.get('/ondersteuning', { schema: { querystring: SupportQuery } }, async (request, reply) => {
    const q = request.query;
    const place = (q.postcode ?? '').trim();
    const kind = q.soort || '';
    const audience = q.doelgroep || '';
    // Only the status is decided here (from the places index in memory): a cached page costs no query.
    const status = (await directory.isUnknownPlace(db, { place, municipality: q.gemeente || undefined })) ? 400 : 200;
    const day = today();
    return reply.html(async () => {
      const [terms, answer] = await Promise.all([directory.listTerms(db), directory.findSupport(db, { place, municipality: q.gemeente || undefined, kind: kind || undefined, audience: audience || undefined })]);
      const error =
        answer.kind === 'unknown'
          ? /^\d+$/.test(answer.input)
            ? `We kennen postcode ${answer.input} niet in België. Kijk de postcode na of typ de naam van je gemeente.`
            : `We vinden geen gemeente "${answer.input}" in Vlaanderen of Brussel. Kijk de schrijfwijze na of typ je postcode.`
          : undefined;
      const title =
        answer.kind === 'results' ? `Hulp in de buurt van ${answer.municipality.name}` : answer.kind === 'unknown' ? 'Hulp in de buurt: postcode niet gevonden' : 'Hulp in de buurt';
      return (
        <Layout
          title={title}
          path="/ondersteuning"
          baseUrl={baseUrl}
          description="Zoek hulp voor mantelzorgers in je gemeente: respijtzorg, dagopvang, lotgenotencontact, advies en meer."
          breadcrumbs={[{ label: 'Start', href: '/' }]}
          noindex={answer.kind !== 'empty'}
          jsonLd={
            answer.kind === 'results'
              ? [
                  {
                    '@context': 'https://schema.org',
                    '@type': 'ItemList',
                    name: title,
                    numberOfItems: answer.matches.length,
                    itemListElement: answer.matches.map((m, i) => ({ '@type': 'ListItem', position: i + 1, url: `${baseUrl}/ondersteuning/${m.service.slug}`, name: m.service.name })),
                  },
                ]
              : []
          }
        >
          <h1>{answer.kind === 'results' ? `Hulp in de buurt van ${answer.municipality.name}` : 'Hulp in de buurt'}</h1>
          <p class="lead no-print">Vul je postcode of gemeente in. Je ziet de organisaties en diensten die er mantelzorgers helpen, de dichtstbijzijnde eerst.</p>
          <FinderForm
            place={answer.kind === 'results' && !place ? answer.municipality.name : place}
            municipality={answer.kind === 'results' && q.gemeente ? answer.municipality.slug : undefined}
            kind={kind} audience={audience} kinds={terms.kinds} audiences={terms.audiences} error={error} />
          {answer.kind === 'empty' ? (
            <section aria-labelledby="h-soorten">
              <h2 id="h-soorten">Welke hulp is er?</h2>
              <dl class="kinds">
                {terms.kinds.map((k) => (
                  <>
                    <dt>{k.name}</dt>
                    <dd>{k.description}</dd>
                  </>
                ))}
              </dl>
              <p>
                Of bekijk <a href="/gemeente">alle gemeenten</a> met hun mantelzorgpremie en hulp.
              </p>
            </section>
          ) : null}
          {answer.kind === 'unknown' ? (
            <p role="alert" class="no-print">
              Tip: een postcode in Vlaanderen of Brussel heeft vier cijfers, zoals 2440 of 1000. Je kan ook <a href="/gemeente">je gemeente kiezen uit de lijst</a>.
            </p>
          ) : null}
          {answer.kind === 'outside' ? (
            <Notice>
              <h2>Postcode {answer.postcode} ligt in Wallonië</h2>
              <p>
                Deze site toont hulp in Vlaanderen en Brussel. Woon je in Wallonië? Vraag dan hulp aan de sociale dienst van je ziekenfonds of aan het OCMW (CPAS)
                van je gemeente. Zorg je voor iemand in Vlaanderen of Brussel? Typ dan de postcode van die persoon.
              </p>
            </Notice>
          ) : null}
          {answer.kind === 'choose' ? (
            <section aria-labelledby="h-kies">
              <h2 id="h-kies">{/^\d+$/.test(answer.input) ? `Postcode ${answer.input} hoort bij meer dan één gemeente` : `"${answer.input}" past bij meer dan één gemeente`}</h2>
              <p>Kies je gemeente:</p>
              <ul>
                {answer.municipalities.map((m) => (
                  <li>
                    <a href={withQuery('/ondersteuning', { postcode: place, gemeente: m.slug, soort: kind, doelgroep: audience })}>{m.name}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {answer.kind === 'results' ? (
            <section aria-labelledby="h-resultaten">
              <h2 id="h-resultaten" aria-live="polite">
                {answer.matches.length} {answer.matches.length === 1 ? 'resultaat' : 'resultaten'} voor {answer.municipality.name}
                {kind ? `: ${terms.kinds.find((k) => k.slug === kind)?.name.toLowerCase()}` : ''}
              </h2>
              <p class="meta">
                {answer.municipality.province ? `Provincie ${answer.municipality.province}` : 'Brussels Hoofdstedelijk Gewest'}. Dichtstbijzijnde eerst; aanbod zonder vaste
                plaats in de buurt staat onderaan. <a href={`/gemeente/${answer.municipality.slug}`}>Alles over {answer.municipality.name}, ook de mantelzorgpremie</a>.
              </p>
              {answer.matches.length === 0 ? (
                <p>
                  We vinden geen aanbod met deze keuzes. <a href={withQuery('/ondersteuning', { postcode: place || answer.municipality.name })}>Toon alle hulp voor {answer.municipality.name}</a>.
                </p>
              ) : (
                <ul class="card-list service-list">
                  {answer.matches.map((m) => (
                    <ServiceCard service={m.service} nearest={m.nearest} today={day} origin={answer.municipality.name} />
                  ))}
                </ul>
              )}
              <p class="meta print-only">
                Afgedrukt van {baseUrl}
                {withQuery('/ondersteuning', { postcode: place, gemeente: q.gemeente || undefined, soort: kind, doelgroep: audience })}
              </p>
            </section>
          ) : null}
        </Layout>
      );
    }, { status, day: true });
  });

  r.get('/ondersteuning/:slug', { schema: { params: SlugParams } }, async (request, reply) =>
    reply.html(async () => {
      const service = await directory.getService(db, request.params.slug);
      const day = today();
      const located = service.locations.map((l) => l.location);
      return (
        <Layout
          title={service.name}
          path={`/ondersteuning/${service.slug}`}
          baseUrl={baseUrl}
          description={service.description}
          breadcrumbs={[
            { label: 'Start', href: '/' },
            { label: 'Hulp in de buurt', href: '/ondersteuning' },
            { label: service.organization.name, href: `/organisatie/${service.organization.slug}` },
          ]}
          jsonLd={[serviceJsonLd(service, baseUrl)]}
        >
          <article>
            {service.kinds.length ? (
              <p class="type-label">
                <TermNames terms={service.kinds} />
              </p>
            ) : null}
            <h1>{service.name}</h1>
            <p class="lead">{service.description}</p>
            <ul class="item-meta">
              <li>
                Door <a href={`/organisatie/${service.organization.slug}`}>{service.organization.name}</a>
              </li>
              <li>
                <Verified lastVerifiedOn={service.lastVerifiedOn} today={day} />
              </li>
            </ul>
            {service.status !== 'active' ? <Notice kind="warning">Dit aanbod is op dit moment niet beschikbaar.</Notice> : null}
            <section aria-labelledby="h-kort">
              <h2 id="h-kort">In het kort</h2>
              <dl class="details">
                {service.audiences.length ? (
                  <>
                    <dt>Voor wie</dt>
                    <dd>
                      <TermNames terms={service.audiences} />
                    </dd>
                  </>
                ) : null}
                {service.eligibilityDescription ? (
                  <>
                    <dt>Wie kan er terecht?</dt>
                    <dd>{service.eligibilityDescription}</dd>
                  </>
                ) : null}
                <dt>Kostprijs</dt>
                <dd>{service.feesDescription ?? 'Niet bekend: vraag het aan de organisatie.'}</dd>
                <dt>Hoe aanvragen?</dt>
                <dd>{service.applicationProcess ?? 'Neem contact op met de organisatie.'}</dd>
                <dt>Voor inwoners van</dt>
                <dd>{service.areas.length ? service.areas.map((a) => a.label).join(', ') : 'Niet bekend'}</dd>
                {service.minimumAge !== null || service.maximumAge !== null ? (
                  <>
                    <dt>Leeftijd</dt>
                    <dd>
                      {service.minimumAge !== null ? `vanaf ${service.minimumAge} jaar` : ''} {service.maximumAge !== null ? `tot ${service.maximumAge} jaar` : ''}
                    </dd>
                  </>
                ) : null}
              </dl>
            </section>
            {service.schedules.length ? (
              <section aria-labelledby="h-uren">
                <h2 id="h-uren">Wanneer?</h2>
                <Hours schedules={service.schedules} />
                <p class="meta">Uren in Belgische tijd.</p>
              </section>
            ) : null}
            {located.length ? (
              <section aria-labelledby="h-waar">
                <h2 id="h-waar">Waar?</h2>
                {located.map((l) => (
                  <>
                    <Address location={l} />
                    <Hours schedules={l.schedules} />
                  </>
                ))}
              </section>
            ) : null}
            <section aria-labelledby="h-contact">
              <h2 id="h-contact">Contact</h2>
              <ul>
                {service.email ? (
                  <li>
                    E-mail: <a href={`mailto:${service.email}`}>{service.email}</a>
                  </li>
                ) : null}
                {service.url ? (
                  <li>
                    Website: <a href={service.url}>{service.url}</a>
                  </li>
                ) : null}
                <Phones phones={service.phones} />
                <Contacts contacts={service.contacts} />
                <li>
                  Meer contactgegevens bij <a href={`/organisatie/${service.organization.slug}`}>{service.organization.name}</a>
                </li>
              </ul>
            </section>
            <section class="sources" aria-labelledby="h-bron">
              <h2 id="h-bron">Bron</h2>
              <p>
                <SourceLine title={service.sourceTitle} url={service.sourceUrl} />
              </p>
              <p class="meta">
                <Verified lastVerifiedOn={service.lastVerifiedOn} today={day} />. Praktische gegevens veranderen: kijk ze na bij de organisatie.
              </p>
              <CorrectionLink path={`/ondersteuning/${service.slug}`} title={service.name} />
            </section>
          </article>
        </Layout>
      );
    }, { day: true }),
  );

  r.get('/organisatie/:slug', { schema: { params: SlugParams } }, async (request, reply) =>
    reply.html(async () => {
      const org = await directory.getOrganization(db, request.params.slug);
      const day = today();
      const services = await directory.loadServices(db, org.services.map((s) => s.id));
      return (
        <Layout
          title={org.name}
          path={`/organisatie/${org.slug}`}
          baseUrl={baseUrl}
          description={org.description}
          breadcrumbs={[
            { label: 'Start', href: '/' },
            { label: 'Hulp in de buurt', href: '/ondersteuning' },
          ]}
          jsonLd={[organizationJsonLd(org, baseUrl)]}
        >
          <article>
            <p class="type-label">{ORGANIZATION_KINDS[org.kind].label}</p>
            <h1>{org.name}</h1>
            <p class="lead">{org.description}</p>
            <ul class="item-meta">
              <li>
                <Verified lastVerifiedOn={org.lastVerifiedOn} today={day} />
              </li>
            </ul>
            <section aria-labelledby="h-contact">
              <h2 id="h-contact">Contact</h2>
              {org.website || org.email || org.phones.length || org.contacts.length ? (
                <ul>
                  {org.website ? (
                    <li>
                      Website: <a href={org.website}>{org.website}</a>
                    </li>
                  ) : null}
                  {org.email ? (
                    <li>
                      E-mail: <a href={`mailto:${org.email}`}>{org.email}</a>
                    </li>
                  ) : null}
                  <Phones phones={org.phones} />
                  <Contacts contacts={org.contacts.filter((c) => c.email !== org.email || c.phones.length > 0 || c.name)} />
                </ul>
              ) : (
                <p>We hebben nog geen contactgegevens van deze organisatie.</p>
              )}
            </section>
            {org.locations.length ? (
              <section aria-labelledby="h-adressen">
                <h2 id="h-adressen">{org.locations.length === 1 ? 'Adres' : 'Adressen'}</h2>
                {org.locations.map((l) => (
                  <>
                    <Address location={l} />
                    <Hours schedules={l.schedules} />
                    {l.phones.length || l.contacts.length ? (
                      <ul>
                        <Phones phones={l.phones} />
                        <Contacts contacts={l.contacts} />
                      </ul>
                    ) : null}
                  </>
                ))}
              </section>
            ) : null}
            <section aria-labelledby="h-aanbod">
              <h2 id="h-aanbod">Aanbod</h2>
              {services.length ? (
                <ul class="card-list service-list">
                  {services.map((s) => (
                    <ServiceCard service={s} today={day} />
                  ))}
                </ul>
              ) : (
                <p>Nog geen aanbod in onze lijst.</p>
              )}
            </section>
            <section class="sources" aria-labelledby="h-bron">
              <h2 id="h-bron">Bron</h2>
              <p>
                <SourceLine title={org.sourceTitle} url={org.sourceUrl} />
              </p>
              <p class="meta">
                <Verified lastVerifiedOn={org.lastVerifiedOn} today={day} />. We schreven deze tekst zelf op basis van de bron.
              </p>
              <CorrectionLink path={`/organisatie/${org.slug}`} title={org.name} />
            </section>
          </article>
        </Layout>
      );
    }, { day: true }),
  );

  r.get('/gemeente', { schema: { querystring: MunicipalityLookupQuery } }, async (request, reply) => {
    const input = (request.query.plaats ?? '').trim();
    const match = input ? await places.resolvePlace(db, input) : null;
    if (match && (match.kind === 'postcode' || match.kind === 'name') && match.municipalities.length === 1) {
      return reply.redirect(`/gemeente/${match.municipalities[0]!.slug}`, 303);
    }
    const error =
      match?.kind === 'unknown' ? (/^\d+$/.test(input) ? `We kennen postcode ${input} niet in België.` : `We vinden geen gemeente "${input}" in Vlaanderen of Brussel.`) : undefined;
    return reply.html(
      async () => {
        const all = await places.listMunicipalities(db);
        const groups = [
          ...PROVINCE_ORDER.map((p) => ({ id: places.foldPlaceName(p), title: `Provincie ${p}`, list: all.filter((m) => m.province === p) })),
          { id: 'brussel', title: 'Brussels Hoofdstedelijk Gewest', list: all.filter((m) => m.region === 'Brussel') },
        ];
        return (
          <Layout
            title="Gemeenten"
            path="/gemeente"
            baseUrl={baseUrl}
            description="Alle gemeenten van Vlaanderen en Brussel: hulp voor mantelzorgers en de mantelzorgpremie per gemeente."
            breadcrumbs={[{ label: 'Start', href: '/' }]}
            noindex={!!input}
          >
            <h1>Gemeenten</h1>
            <p class="lead">Kies je gemeente en zie welke hulp er is, en of je gemeente een mantelzorgpremie betaalt.</p>
            <form class="search-form" method="get" action="/gemeente" aria-label="Zoek je gemeente" novalidate>
              <label for="f-plaats">Postcode of gemeente</label>
              <input
                id="f-plaats"
                name="plaats"
                type="text"
                maxLength={100}
                value={input}
                aria-describedby={error ? 'f-plaats-error' : undefined}
                aria-invalid={error ? 'true' : undefined}
              />
              <button type="submit">Ga naar de gemeente</button>
              {error ? (
                <p class="field-error" id="f-plaats-error">
                  {error}
                </p>
              ) : null}
            </form>
            {match?.kind === 'outside' ? (
              <Notice>Postcode {match.postcode} ligt in Wallonië. Deze site toont alleen gemeenten in Vlaanderen en Brussel.</Notice>
            ) : null}
            {match && (match.kind === 'postcode' || match.kind === 'name') && match.municipalities.length > 1 ? (
              <section aria-labelledby="h-kies">
                <h2 id="h-kies">Welke gemeente bedoel je?</h2>
                <ul>
                  {match.municipalities.map((m) => (
                    <li>
                      <a href={`/gemeente/${m.slug}`}>{m.name}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <nav aria-label="Provincies" class="no-print">
              <ul class="tags">
                {groups.map((g) => (
                  <li>
                    <a href={`#${g.id}`}>{g.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
            {groups.map((g) => (
              <section aria-labelledby={g.id}>
                <h2 id={g.id}>{g.title}</h2>
                <ul class="municipality-list">
                  {g.list.map((m) => (
                    <li>
                      <a href={`/gemeente/${m.slug}`}>{m.name}</a>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </Layout>
        );
      },
      { status: error ? 400 : 200 },
    );
  });

  r.get('/gemeente/:slug', { schema: { params: SlugParams } }, async (request, reply) => {
    // Kept per URL and calendar version (a write to the calendar shows at once, on every process), for
    // the day, until one of the activities listed ends.
    const nearby = options.nearbyActivities;
    const key = nearby ? `calendar ${await nearby.version(db)}` : undefined;
    return reply.html(async (page) => {
      const municipality = await places.getMunicipality(db, request.params.slug);
      const [premium, matches, rights, localities, listed] = await Promise.all([
        directory.getCarerPremium(db, municipality.nisCode),
        directory.listServicesServing(db, municipality),
        content.listRightsByLevel(db, ['federaal', 'vlaams']),
        places.listLocalities(db, municipality.nisCode),
        nearby ? nearby.list(db, municipality) : Promise.resolve(null),
      ]);
      const activities = listed?.items ?? null;
      if (listed?.changesAt !== undefined) page.expiresAt = listed.changesAt;
      const day = today();
      const postcodes = [...new Set(localities.map((l) => l.postcode))];
      const area = municipality.province ? `provincie ${municipality.province}` : 'Brussels Hoofdstedelijk Gewest';
      return (
        <Layout
          title={`Hulp voor mantelzorgers in ${municipality.name}`}
          path={`/gemeente/${municipality.slug}`}
          baseUrl={baseUrl}
          description={`Hulp voor mantelzorgers in ${municipality.name}: organisaties en diensten, de mantelzorgpremie en de rechten die overal gelden.`}
          breadcrumbs={[
            { label: 'Start', href: '/' },
            { label: 'Gemeenten', href: '/gemeente' },
          ]}
          jsonLd={[
            {
              '@context': 'https://schema.org',
              '@type': 'AdministrativeArea',
              '@id': `${baseUrl}/gemeente/${municipality.slug}`,
              name: municipality.name,
              ...(municipality.nameFr ? { alternateName: municipality.nameFr } : {}),
              identifier: municipality.nisCode,
              geo: { '@type': 'GeoCoordinates', latitude: municipality.lat, longitude: municipality.lon },
              containedInPlace: { '@type': 'AdministrativeArea', name: municipality.province ? `Provincie ${municipality.province}` : 'Brussels Hoofdstedelijk Gewest' },
            },
          ]}
        >
          <h1>Hulp voor mantelzorgers in {municipality.name}</h1>
          <p class="lead">
            {municipality.name} ligt in de {area}.{postcodes.length ? ` Postcode${postcodes.length > 1 ? 's' : ''}: ${postcodes.join(', ')}.` : ''}
          </p>
          <PremiumSection municipality={municipality} premium={premium} />
          <section aria-labelledby="h-hulp">
            <h2 id="h-hulp">Hulp in {municipality.name}</h2>
            <p>
              {matches.length} {matches.length === 1 ? 'organisatie of dienst helpt' : 'organisaties en diensten helpen'} mantelzorgers in {municipality.name}, de
              dichtstbijzijnde eerst.{' '}
              <a href={withQuery('/ondersteuning', { postcode: postcodes[0] ?? municipality.name })}>Filter op soort hulp of doelgroep</a>.
            </p>
            {matches.length ? (
              <ul class="card-list service-list">
                {matches.map((m) => (
                  <ServiceCard service={m.service} nearest={m.nearest} today={day} origin={municipality.name} />
                ))}
              </ul>
            ) : (
              <p>We kennen nog geen aanbod in {municipality.name}. Vraag raad aan het OCMW of aan de sociale dienst van je ziekenfonds.</p>
            )}
          </section>
          {activities ? (
            <section aria-labelledby="h-activiteiten" class="nearby-activities">
              <h2 id="h-activiteiten">Activiteiten in de buurt</h2>
              {activities.length ? (
                <ul class="card-list">
                  {activities.map((a) => (
                    <li class="card">
                      <h3>
                        <a href={a.url}>{a.title}</a>
                      </h3>
                      <p class="meta">
                        <time dateTime={a.startsAt}>{timeFormat.format(new Date(a.startsAt))}</time>
                        {a.place ? ` · ${a.place}` : ''}
                        {typeof a.distanceKm === 'number' ? ` · op ${formatKm(a.distanceKm)}` : ''}
                      </p>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Er staan geen activiteiten in de buurt gepland.</p>
              )}
            </section>
          ) : null}
          <section aria-labelledby="h-rechten">
            <h2 id="h-rechten">Rechten die overal gelden</h2>
            <p>Deze federale en Vlaamse rechten en regelingen gelden in {municipality.name} net als in elke andere gemeente.</p>
            <ul class="card-list rights-list">
              {rights.map((item) => (
                <li class="card">
                  <span class="type-label">Recht of regeling</span>
                  <h3>
                    <a href={`/kennis/${item.slug}`}>{item.title}</a>
                  </h3>
                  <p>{item.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        </Layout>
      );
    }, { key, day: true });
  });
}

