/**
 * Widgets for partner websites, shown in an <iframe> that needs no script: the next activities near
 * a municipality, the support serving it, and a search box that opens results on our site. A light
 * and a partner-colour variant (white or dark text, whichever meets WCAG AA). Every link opens a new
 * window; links are relative, so they lead to the site that served the frame. Any site may frame /widget/* (see WIDGET_PREFIX in web.plugin.ts); no cookie is set.
 * /widgets explains how to embed them and writes the snippet.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ComponentChildren } from 'preact';
import type { Db } from '../db/database.js';
import { ValidationError } from '../errors.js';
import { Layout, SITE_NAME } from '../web/layout.js';
import { ErrorSummary, Select, TextField } from '../web/forms.js';
import { withQuery } from '../web/components.js';
import * as directory from '../directory/directory.service.js';
import * as events from '../events/events.service.js';
import * as places from '../places/places.service.js';
import { KIND_INFO } from '../events/events.model.js';
import { partnerColour } from './channels.colour.js';
import { ColourParams, WIDGET_KINDS, WidgetQuery, WidgetSnippetQuery, type WidgetKind } from './channels.schemas.js';

export interface WidgetOptions {
  db: Db;
  baseUrl: string;
  now?: () => Date;
}

const WIDGET_ITEMS = 5;
const WIDGET_KM = 20;
const YEAR_MS = 365 * 86400000;

const when = new Intl.DateTimeFormat('nl-BE', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' });
const day = new Intl.DateTimeFormat('nl-BE', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/Brussels' });

const WIDGET_TITLES: Record<WidgetKind, (place?: string) => string> = {
  activiteiten: (place) => `Activiteiten voor mantelzorgers in de buurt van ${place}`,
  ondersteuning: (place) => `Hulp voor mantelzorgers in ${place}`,
  zoeken: () => 'Zoek info over mantelzorg',
};

/** A new window, without giving it a handle on the partner's page. */
function Out({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
    </a>
  );
}

function WidgetFrame(props: { title: string; colour?: string; children: ComponentChildren }) {
  return (
    <html lang="nl-BE">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} | ${SITE_NAME}`}</title>
        <meta name="robots" content="noindex" />
        <link rel="stylesheet" href="/assets/widget.css" />
        {props.colour ? <link rel="stylesheet" href={`/widget/kleur/${props.colour}.css`} /> : null}
      </head>
      <body>
        <header class="widget-head">
          <h1>{props.title}</h1>
        </header>
        <main>{props.children}</main>
        <footer class="widget-foot">
          Info van <Out href={'/'}>{SITE_NAME}</Out>
        </footer>
      </body>
    </html>
  );
}

/** The widget's settings, checked: a known municipality (where the widget needs one) and an acceptable colour. */
async function widgetSettings(db: Db, kind: WidgetKind, q: WidgetQuery): Promise<{ municipality?: places.Municipality; colour?: string }> {
  const fields: Record<string, string> = {};
  let municipality: places.Municipality | undefined;
  if (kind !== 'zoeken') {
    if (!q.gemeente) fields.gemeente = 'Geef een gemeente mee, bv. gemeente=geel.';
    else {
      municipality = await places.findMunicipality(db, q.gemeente);
      if (!municipality) fields.gemeente = `We kennen de gemeente "${q.gemeente}" niet. Gebruik de naam uit het adres van /gemeente, bv. geel.`;
    }
  }
  let colour: string | undefined;
  if (q.kleur) {
    const c = partnerColour(q.kleur);
    if (c.ok) colour = c.background.slice(1);
    else fields.kleur = c.reason;
  }
  if (Object.keys(fields).length) throw new ValidationError('Deze widget is niet goed ingesteld.', fields);
  return { municipality, colour };
}

export async function registerWidgets(app: FastifyInstance, options: WidgetOptions): Promise<void> {
  const { db, baseUrl } = options;
  const now = options.now ?? (() => new Date());
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  /** Renders a widget, or its settings error inside the frame (400), so the partner sees what to fix. */
  function widget(kind: WidgetKind, body: (s: { municipality?: places.Municipality; colour?: string }) => Promise<ComponentChildren>, cache: boolean) {
    r.get(`/widget/${kind}`, { schema: { querystring: WidgetQuery } }, async (request, reply) => {
      let settings: Awaited<ReturnType<typeof widgetSettings>>;
      try {
        settings = await widgetSettings(db, kind, request.query);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return reply.html(
          () => (
            <WidgetFrame title="Deze widget is niet goed ingesteld">
              <ul>
                {Object.values(error.fields ?? {}).map((m) => (
                  <li>{m}</li>
                ))}
              </ul>
              <p>
                Uitleg: <Out href={'/widgets'}>widgets op je eigen website</Out>.
              </p>
            </WidgetFrame>
          ),
          { status: 400 },
        );
      }
      const content = await body(settings);
      return reply.html(
        () => (
          <WidgetFrame title={WIDGET_TITLES[kind](settings.municipality?.name)} colour={settings.colour}>
            {content}
          </WidgetFrame>
        ),
        { cache },
      );
    });
  }

  // "Upcoming" moves with the clock: like /activiteiten, never from the page cache.
  widget(
    'activiteiten',
    async ({ municipality }) => {
      const m = municipality!;
      const from = now();
      const list = await events.listOccurrences(db, { near: { lat: m.lat, lon: m.lon, km: WIDGET_KM }, from, to: new Date(from.getTime() + YEAR_MS) }, { pageSize: WIDGET_ITEMS });
      const more = withQuery('/activiteiten', { postcode: m.name, afstand: WIDGET_KM });
      return (
        <>
          {list.items.length ? (
            <ul class="widget-list">
              {list.items.map((o) => (
                <li>
                  <h2>
                    <Out href={`/activiteiten/${o.activity.slug}`}>{o.title}</Out>
                  </h2>
                  <p class="meta">
                    <time dateTime={o.start}>{(o.activity.allDay ? day : when).format(new Date(o.start))}</time>
                    {' · '}
                    {KIND_INFO[o.activity.kind].label}
                    {' · '}
                    {o.activity.place ? [o.activity.place.venue, o.activity.place.municipality].filter(Boolean).join(', ') : 'online'}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>Er staan geen activiteiten gepland binnen {WIDGET_KM} km.</p>
          )}
          <p class="more">
            <Out href={more}>{list.total > list.items.length ? `Alle ${list.total} activiteiten in de buurt` : 'Meer activiteiten'}</Out>
          </p>
        </>
      );
    },
    false,
  );

  widget(
    'ondersteuning',
    async ({ municipality }) => {
      const m = municipality!;
      const matches = await directory.listServicesServing(db, m);
      return (
        <>
          {matches.length ? (
            <ul class="widget-list">
              {matches.slice(0, WIDGET_ITEMS).map(({ service, nearest }) => (
                <li>
                  <h2>
                    <Out href={`/ondersteuning/${service.slug}`}>{service.name}</Out>
                  </h2>
                  <p class="meta">
                    {service.organization.name}
                    {nearest ? ` · ${nearest.distanceKm < 1 ? 'minder dan 1' : Math.round(nearest.distanceKm)} km` : ''}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>We kennen nog geen aanbod in {m.name}.</p>
          )}
          <p class="more">
            <Out href={`/gemeente/${m.slug}`}>{matches.length > WIDGET_ITEMS ? `Alle ${matches.length} adressen en de mantelzorgpremie` : `Meer over hulp in ${m.name}`}</Out>
          </p>
        </>
      );
    },
    true,
  );

  widget(
    'zoeken',
    async () => (
      <form action="/zoeken" method="get" target="_blank" rel="noopener" role="search">
        <label for="w-q">Waar zoek je info over?</label>
        <div class="search-row">
          <input id="w-q" name="q" type="search" maxLength={200} required />
          <button type="submit">Zoeken</button>
        </div>
        <p class="meta">De resultaten openen in een nieuw venster.</p>
      </form>
    ),
    true,
  );

  // The partner colour as a tiny stylesheet (a CSP without 'unsafe-inline' forbids inline styles).
  r.get('/widget/kleur/:file', { schema: { params: ColourParams } }, async (request, reply) => {
    const hex = /^([0-9a-f]{6})\.css$/.exec(request.params.file)?.[1];
    const c = hex ? partnerColour(hex) : null;
    if (!c?.ok) return reply.code(400).header('content-type', 'text/plain; charset=utf-8').send('Deze kleur kan niet: kies een kleur waarop tekst leesbaar blijft.');
    return reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(`:root { --brand: ${c.background}; --on-brand: ${c.text}; }\n`);
  });

  // ---- /widgets: how to embed, with a snippet generator (a GET form; works without JavaScript) ----
  r.get('/widgets', { schema: { querystring: WidgetSnippetQuery } }, async (request, reply) => {
    const q = request.query;
    const { asked, errors, src, title, snippet } = await widgetSnippet(db, baseUrl, q);
    const hasErrors = Object.keys(errors).length > 0;
    return reply.html(
      () => (
        <Layout
          title="Widgets voor je website"
          path="/widgets"
          baseUrl={baseUrl}
          description="Toon activiteiten, hulp in je gemeente of een zoekvak van Expertisepunt Mantelzorg op je eigen website, met een iframe."
          breadcrumbs={[{ label: 'Start', href: '/' }]}
        >
          <h1>Widgets voor je website</h1>
          <p class="lead">
            Toon onze info op de website van je gemeente, dienst of vereniging. Een widget is een klein venster (een iframe): je kopieert één regel
            HTML. Er is geen script nodig en de widget zet geen cookies.
          </p>
          <h2>Welke widgets zijn er?</h2>
          <ul>
            <li>
              <strong>Activiteiten in de buurt</strong>: de volgende {WIDGET_ITEMS} activiteiten voor mantelzorgers binnen {WIDGET_KM} km van een gemeente.
            </li>
            <li>
              <strong>Hulp in de gemeente</strong>: organisaties en diensten die mantelzorgers in die gemeente helpen, de dichtstbijzijnde eerst.
            </li>
            <li>
              <strong>Zoekvak</strong>: bezoekers zoeken in onze info; de resultaten openen in een nieuw venster.
            </li>
          </ul>
          <p>
            Elke widget bestaat in een lichte versie en in de kleur van je huisstijl. Op je kleur zetten we witte of donkere tekst, zodat alles goed
            leesbaar blijft (contrast volgens WCAG AA). Een kleur waarop geen van beide leesbaar is, kan niet.
          </p>
          <h2 id="maak">Maak je code</h2>
          <SnippetMaker action="/widgets#maak" q={q} errors={errors} src={src} title={title} snippet={snippet} />
          <h2>Goed om te weten</h2>
          <ul>
            <li>Links in de widget openen in een nieuw venster, zodat je bezoekers je website niet verlaten.</li>
            <li>De widget is toegankelijk: hij heeft een titel en koppen, en werkt met toetsenbord en schermlezer. Geef de iframe een titel.</li>
            <li>
              Liever zelf vormgeven? Gebruik de <a href="/api">open API</a> of de <a href="/open-data">open data</a>.
            </li>
          </ul>
        </Layout>
      ),
      { status: hasErrors ? 400 : 200, cache: !asked },
    );
  });
}

export interface WidgetSnippet {
  asked: boolean;
  errors: Record<string, string>;
  src?: string;
  title: string;
  snippet: string;
}

/** The iframe code for a widget, a municipality (name or postcode) and a colour, or what is wrong with them. */
export async function widgetSnippet(db: Db, baseUrl: string, q: WidgetSnippetQuery): Promise<WidgetSnippet> {
  const asked = q.widget !== undefined;
  const errors: Record<string, string> = {};
  let src: string | undefined;
  let title = '';
  if (asked) {
    const kind = WIDGET_KINDS.find((k) => k === q.widget);
    if (!kind) errors.widget = 'Kies een widget uit de lijst.';
    let slug: string | undefined;
    if (kind && kind !== 'zoeken') {
      const input = (q.gemeente ?? '').trim();
      if (!input) errors.gemeente = 'Vul een gemeente of postcode in.';
      else {
        const match = (await places.findMunicipality(db, input)) ?? null;
        const resolved = match ? { kind: 'name' as const, municipalities: [match] } : await places.resolvePlace(db, input);
        if (resolved.kind === 'outside') errors.gemeente = `Postcode ${resolved.postcode} ligt in Wallonië. Widgets bestaan voor Vlaanderen en Brussel.`;
        else if (resolved.kind === 'unknown') errors.gemeente = 'We kennen deze gemeente of postcode niet.';
        else if (resolved.municipalities.length > 1) errors.gemeente = `Deze postcode hoort bij meer dan één gemeente: ${resolved.municipalities.map((m) => m.name).join(' of ')}. Typ de naam.`;
        else {
          slug = resolved.municipalities[0]!.slug;
          title = WIDGET_TITLES[kind](resolved.municipalities[0]!.name);
        }
      }
    } else if (kind) title = WIDGET_TITLES[kind]();
    let kleur: string | undefined;
    if (q.kleur?.trim()) {
      const c = partnerColour(q.kleur);
      if (c.ok) kleur = c.background.slice(1);
      else errors.kleur = c.reason;
    }
    if (kind && !Object.keys(errors).length) src = withQuery(`${baseUrl}/widget/${kind}`, { gemeente: slug, kleur });
  }
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const snippet = src ? `<iframe src="${attr(src)}" title="${attr(title)}" height="${q.widget === 'zoeken' ? 220 : 480}" style="width:100%;border:0" loading="lazy"></iframe>` : '';
  return { asked, errors, src, title, snippet };
}

/** The snippet generator's GET form and its result (code and preview), on /widgets and in /beheer/widgets. */
export function SnippetMaker(props: { action: string; q: WidgetSnippetQuery; errors: Record<string, string>; src?: string; title: string; snippet: string }) {
  const { q, errors, src } = props;
  return (
    <>
      {Object.keys(errors).length ? <ErrorSummary errors={errors} /> : null}
      <form method="get" action={props.action} class="stack-form">
        <Select
          name="widget"
          label="Widget"
          value={q.widget ?? 'activiteiten'}
          error={errors.widget}
          options={[
            { value: 'activiteiten', label: 'Activiteiten in de buurt' },
            { value: 'ondersteuning', label: 'Hulp in de gemeente' },
            { value: 'zoeken', label: 'Zoekvak' },
          ]}
        />
        <TextField name="gemeente" label="Gemeente of postcode" hint="Niet nodig voor het zoekvak." value={q.gemeente ?? ''} error={errors.gemeente} maxLength={100} />
        <TextField name="kleur" label="Kleur van je huisstijl (niet verplicht)" hint="Zes hexadecimale tekens, bv. 0b4f5c. Leeg: lichte versie." value={q.kleur ?? ''} error={errors.kleur} maxLength={20} />
        <button type="submit" class="button">
          Maak de code
        </button>
      </form>
      {src ? (
        <section aria-labelledby="h-code">
          <h2 id="h-code">Je code</h2>
          <p>Kopieer deze regel in de HTML van je pagina:</p>
          <pre class="snippet">
            <code>{props.snippet}</code>
          </pre>
          <h3>Zo ziet het eruit</h3>
          <iframe src={src} title={props.title} class="widget-preview" height={q.widget === 'zoeken' ? '220' : '480'} loading="lazy" />
        </section>
      ) : null}
    </>
  );
}
