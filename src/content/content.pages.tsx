/** Public HTML of the knowledge library: home, audiences, themes, the item list and item pages. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { Layout, SITE_NAME } from '../web/layout.js';
import { CorrectionLink, Notice, Pagination, SharePanel, withQuery } from '../web/components.js';
import { formatDate, isoDate } from '../web/render.js';
import { renderMarkdown } from '../web/markdown.js';
import * as content from './content.service.js';
import { DETAIL_FIELDS, ITEM_TYPES, TYPE_INFO, typeFromSlug, type Audience, type Item, type ItemCard, type Theme } from './content.model.js';
import { AttachmentParams, AudienceParams, ItemListQuery, PageQuery, SlugParams } from './content.schemas.js';
import { NotFoundError } from '../errors.js';
import fs from 'node:fs';
import { feedFor } from '../feeds/feeds.pages.js';

const ALL_FEED = { title: 'Nieuw en bijgewerkt (Atom)', href: feedFor() };
const NEWS_FEED = { title: 'Nieuws (Atom)', href: feedFor({ news: true }) };

export interface ContentPagesOptions {
  db: Db;
  baseUrl: string;
  /** today's date as YYYY-MM-DD; a function so tests and long-running processes see the real day */
  today?: () => string;
  /** where uploads live (attachments) */
  dataDir: string;
  /** other features' public pages for /sitemap.xml (passed in by app.ts, so content imports no other feature) */
  sitemapPaths?: ((db: Db) => Promise<{ path: string; lastmod?: string }[]>)[];
}

function Card({ item, headingLevel = 3 }: { item: ItemCard; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card">
      <span class="type-label">{TYPE_INFO[item.type].label}</span>
      <H>
        <a href={`/kennis/${item.slug}`}>{item.title}</a>
      </H>
      <p>{item.summary}</p>
      {item.lastReviewedAt ? (
        <p class="meta">
          Nagekeken op <time dateTime={isoDate(item.lastReviewedAt)}>{formatDate(item.lastReviewedAt)}</time>
        </p>
      ) : null}
    </li>
  );
}

function CardList({ items, headingLevel }: { items: ItemCard[]; headingLevel?: 2 | 3 }) {
  return (
    <ul class="card-list">
      {items.map((item) => (
        <Card item={item} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

function ThemeList({ themes }: { themes: Theme[] }) {
  return (
    <ul class="theme-grid">
      {themes.map((t) => (
        <li>
          <a href={`/thema/${t.slug}`}>
            <strong>{t.name}</strong>
          </a>
          {t.children.length > 0 ? (
            <ul>
              {t.children.map((c) => (
                <li>
                  <a href={`/thema/${c.slug}`}>{c.name}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p class="meta">{t.description}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

function SearchForm({ id, label }: { id: string; label: string }) {
  return (
    <form class="search-form" role="search" aria-label={label} action="/zoeken" method="get">
      <label for={id}>Waar zoek je info over?</label>
      <input id={id} name="q" type="search" maxLength={200} placeholder="bv. mantelzorgpremie, verlof, dagopvang" />
      <button type="submit">Zoeken</button>
    </form>
  );
}

const AUDIENCE_TITLES: Record<string, string> = {
  mantelzorgers: 'Ik zorg voor iemand',
  professionals: 'Ik werk in zorg of welzijn',
  onderwijs: 'Ik werk in een school',
  werkgevers: 'Ik ben werkgever',
  gemeenten: 'Ik werk voor een gemeente',
};

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

function detailValue(key: string, value: unknown) {
  if (Array.isArray(value)) return value.join(', ');
  if (key === 'link' && typeof value === 'string' && /^https?:\/\//.test(value)) return <a href={value}>{value}</a>;
  if ((key === 'validFrom' || key === 'validUntil') && typeof value === 'string') return <time dateTime={value}>{formatDate(value)}</time>;
  if (key === 'level' && typeof value === 'string') return value.charAt(0).toUpperCase() + value.slice(1);
  return String(value);
}

/** Where a right applies, by its level (schema.org areaServed). */
const AREA_BY_LEVEL: Record<string, string> = { federaal: 'België', vlaams: 'Vlaanderen', provinciaal: 'Vlaanderen', gemeentelijk: 'Vlaanderen' };

/**
 * The item page as a WebPage (which carries lastReviewed) whose main entity is the item: a
 * GovernmentService for a right or regulation, an Article or CreativeWork otherwise.
 */
function itemJsonLd(item: Item, baseUrl: string) {
  const url = `${baseUrl}/kennis/${item.slug}`;
  const common = {
    name: item.title,
    description: item.summary,
    url,
    audience: item.audiences.map((a) => ({ '@type': 'Audience', audienceType: a.name })),
  };
  const about = item.themes.map((t) => ({ '@type': 'Thing', name: t.name, url: `${baseUrl}/thema/${t.slug}` }));
  const level = typeof item.details.level === 'string' ? item.details.level : undefined;
  const mainEntity =
    item.type === 'right'
      ? {
          '@type': 'GovernmentService',
          ...common,
          serviceType: TYPE_INFO.right.label,
          ...(level && AREA_BY_LEVEL[level] ? { areaServed: { '@type': 'AdministrativeArea', name: AREA_BY_LEVEL[level] } } : {}),
          ...(typeof item.details.legalBasis === 'string' ? { termsOfService: item.details.legalBasis } : {}),
        }
      : {
          '@type': TYPE_INFO[item.type].schemaOrg,
          ...common,
          headline: item.title,
          inLanguage: 'nl-BE',
          datePublished: item.publishedAt ?? undefined,
          dateModified: item.updatedAt,
          about,
          citation: item.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
          publisher: { '@type': 'Organization', name: SITE_NAME, url: baseUrl },
        };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: item.title,
    description: item.summary,
    inLanguage: 'nl-BE',
    datePublished: item.publishedAt ?? undefined,
    dateModified: item.updatedAt,
    // schema.org: lastReviewed is a Date, not a DateTime.
    ...(item.lastReviewedAt ? { lastReviewed: isoDate(item.lastReviewedAt) } : {}),
    about,
    citation: item.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    publisher: { '@type': 'Organization', name: SITE_NAME, url: baseUrl },
    mainEntity,
  };
}

export async function registerContentPages(app: FastifyInstance, options: ContentPagesOptions): Promise<void> {
  const { db, baseUrl } = options;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/', async (_request, reply) =>
    reply.html(async () => {
      const [audiences, counts, themes, latest, news] = await Promise.all([
        content.listAudiences(db),
        content.countPerAudience(db),
        content.listThemes(db),
        content.listPublishedItems(db, { pageSize: 6 }),
        content.listPublishedItems(db, { type: 'news', pageSize: 3 }),
      ]);
      return (
        <Layout title={SITE_NAME} path="/" baseUrl={baseUrl} feeds={[ALL_FEED, NEWS_FEED]} description="Info, rechten en steun voor mantelzorgers in Vlaanderen en Brussel, en voor wie met hen werkt.">
          <h1>Info en steun voor mantelzorgers</h1>
          <p class="lead">
            Zorg je voor iemand die ziek is, een beperking heeft of ouder wordt? Hier vind je je rechten, hulp in de buurt en praktische tips. Ook voor
            wie met mantelzorgers werkt.
          </p>
          <SearchForm id="home-q" label="Zoeken in alle info" />
          <section aria-labelledby="h-buurt" class="home-finder">
            <h2 id="h-buurt">Hulp in de buurt</h2>
            <p>Dagopvang, oppas, een praatgroep of advies over de mantelzorgpremie: zoek wat er in je gemeente is.</p>
            <form class="search-form" aria-label="Zoek hulp in de buurt" action="/ondersteuning" method="get">
              <label for="home-postcode">Je postcode of gemeente</label>
              <input id="home-postcode" name="postcode" type="text" maxLength={100} autoComplete="postal-code" placeholder="bv. 2440 of Geel" />
              <button type="submit">Zoek hulp</button>
            </form>
          </section>
          <h2>Wie ben je?</h2>
          <ul class="audience-grid">
            {audiences.map((a) => (
              <li>
                <a href={`/voor/${a.slug}`}>{AUDIENCE_TITLES[a.slug] ?? a.name}</a>
                <p>{a.description}</p>
                <p class="meta">{counts.get(a.slug) ?? 0} artikels en tips</p>
              </li>
            ))}
          </ul>
          <h2>Thema's</h2>
          <ThemeList themes={themes} />
          {news.total > 0 ? (
            <section aria-labelledby="h-nieuws">
              <h2 id="h-nieuws">Nieuws</h2>
              <CardList items={news.items} />
              <p>
                <a href={`/kennis?type=${TYPE_INFO.news.slug}`}>Al het nieuws</a> · <a href={NEWS_FEED.href}>Volg het nieuws in een nieuwslezer (Atom)</a>
              </p>
            </section>
          ) : null}
          <h2>Nieuw op de site</h2>
          <CardList items={latest.items} />
          <p>
            <a href="/kennis">Bekijk alle info</a>
          </p>
        </Layout>
      );
    }),
  );

  r.get('/voor/:audience', { schema: { params: AudienceParams, querystring: PageQuery } }, async (request, reply) => {
    const page = request.query.pagina ?? 1;
    // Lookups happen inside render, so a cached page costs no query; a missing one throws a 404.
    return reply.html(async () => {
      const audience = await content.getAudience(db, request.params.audience);
      const [list, themes] = await Promise.all([content.listPublishedItems(db, { audience: audience.slug, page }), content.listThemes(db)]);
      return (
        <Layout
          title={`Voor ${audience.name.toLowerCase()}`}
          path={`/voor/${audience.slug}`}
          baseUrl={baseUrl}
          description={audience.description}
          breadcrumbs={[{ label: 'Start', href: '/' }]}
          feeds={[{ title: `Nieuw voor ${audience.name.toLowerCase()} (Atom)`, href: feedFor({ audience: audience.slug }) }, ALL_FEED]}
        >
          <h1>Voor {audience.name.toLowerCase()}</h1>
          <p class="lead">{audience.description}</p>
          <h2>Info voor {audience.name.toLowerCase()}</h2>
          <p>
            {list.total} artikels, tips en regelingen. <a href={withQuery('/kennis', { doelgroep: audience.slug })}>Filter ze op type of thema</a>.
          </p>
          <CardList items={list.items} />
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => withQuery(`/voor/${audience.slug}`, { pagina: p })} />
          <h2>Zoek per thema</h2>
          <ThemeList themes={themes} />
        </Layout>
      );
    });
  });

  r.get('/thema', async (_request, reply) =>
    reply.html(async () => {
      const themes = await content.listThemes(db);
      return (
        <Layout title="Thema's" path="/thema" baseUrl={baseUrl} description="Alle thema's van de kennisbank over mantelzorg." breadcrumbs={[{ label: 'Start', href: '/' }]}>
          <h1>Thema's</h1>
          <p class="lead">Kies een thema om alle info, rechten en tips erover te zien.</p>
          <ThemeList themes={themes} />
        </Layout>
      );
    }),
  );

  r.get('/thema/:slug', { schema: { params: SlugParams, querystring: PageQuery } }, async (request, reply) => {
    const page = request.query.pagina ?? 1;
    return reply.html(async () => {
      const { theme, parent } = await content.getTheme(db, request.params.slug);
      const list = await content.listPublishedItems(db, { theme: theme.slug, page });
      const crumbs = [
        { label: 'Start', href: '/' },
        { label: "Thema's", href: '/thema' },
        ...(parent ? [{ label: parent.name, href: `/thema/${parent.slug}` }] : []),
      ];
      return (
        <Layout
          title={theme.name}
          path={`/thema/${theme.slug}`}
          baseUrl={baseUrl}
          description={theme.description}
          breadcrumbs={crumbs}
          feeds={[{ title: `Nieuw over ${theme.name.toLowerCase()} (Atom)`, href: feedFor({ theme: theme.slug }) }, ALL_FEED]}
        >
          <h1>{theme.name}</h1>
          <p class="lead">{theme.description}</p>
          {theme.children.length > 0 ? (
            <>
              <h2>Deelthema's</h2>
              <ul class="tags">
                {theme.children.map((c) => (
                  <li>
                    <a href={`/thema/${c.slug}`}>{c.name}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>
            {list.total} {list.total === 1 ? 'resultaat' : 'resultaten'}
          </h2>
          {list.total === 0 ? <p>Er is nog geen info over dit thema.</p> : <CardList items={list.items} />}
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => withQuery(`/thema/${theme.slug}`, { pagina: p })} />
        </Layout>
      );
    });
  });

  r.get('/kennis', { schema: { querystring: ItemListQuery } }, async (request, reply) => {
    const q = request.query;
    const type = q.type ? typeFromSlug(q.type) : undefined;
    const filter = { type, audience: q.doelgroep || undefined, theme: q.thema || undefined, page: q.pagina ?? 1 };
    return reply.html(async () => {
      // An unknown audience or theme in the URL throws a ValidationError: a Dutch 400 page.
      const [list, audiences, themes] = await Promise.all([content.listPublishedItems(db, filter), content.listAudiences(db), content.listThemes(db)]);
      const flatThemes = themes.flatMap((t) => [{ t, depth: 0 }, ...t.children.map((c) => ({ t: c, depth: 1 }))]);
      const current = { type: q.type || undefined, doelgroep: q.doelgroep || undefined, thema: q.thema || undefined };
      return (
        <Layout
          title="Alle info"
          path="/kennis"
          baseUrl={baseUrl}
          description="Alle artikels, tips, rechten, publicaties, instrumenten, methodes en goede praktijken."
          breadcrumbs={[{ label: 'Start', href: '/' }]}
          feeds={type === 'news' ? [NEWS_FEED, ALL_FEED] : [ALL_FEED]}
        >
          <h1>Alle info</h1>
          <form class="filters" method="get" action="/kennis" aria-label="Filter de info">
            <div>
              <label for="f-type">Soort</label>
              <select id="f-type" name="type">
                <option value="">Alle soorten</option>
                {ITEM_TYPES.map((t) => (
                  <option value={TYPE_INFO[t].slug} selected={q.type === TYPE_INFO[t].slug}>
                    {TYPE_INFO[t].plural}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="f-doelgroep">Voor wie</label>
              <select id="f-doelgroep" name="doelgroep">
                <option value="">Iedereen</option>
                {audiences.map((a: Audience) => (
                  <option value={a.slug} selected={q.doelgroep === a.slug}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label for="f-thema">Thema</label>
              <select id="f-thema" name="thema">
                <option value="">Alle thema's</option>
                {flatThemes.map(({ t, depth }) => (
                  <option value={t.slug} selected={q.thema === t.slug}>
                    {depth ? '— ' : ''}
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">Toon</button>
          </form>
          <h2 aria-live="polite">
            {list.total} {list.total === 1 ? 'resultaat' : 'resultaten'}
          </h2>
          {list.total === 0 ? (
            <p>
              Geen info gevonden met deze keuzes. <a href="/kennis">Wis de filters</a>.
            </p>
          ) : (
            <CardList items={list.items} />
          )}
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => withQuery('/kennis', { ...current, pagina: p })} />
          <p class="meta">
            Volg wat nieuw is in een nieuwslezer: <a href={ALL_FEED.href}>Atom-feed van alle info</a> of <a href={NEWS_FEED.href}>Atom-feed van het nieuws</a>.
          </p>
        </Layout>
      );
    });
  });

  r.get('/kennis/:slug', { schema: { params: SlugParams } }, async (request, reply) => {
    try {
      return await itemPage(request.params.slug, reply);
    } catch (err) {
      // A renamed item keeps its old address working.
      const target = err instanceof NotFoundError ? await content.findRedirect(db, request.params.slug) : undefined;
      if (target) return reply.redirect(`/kennis/${target}`, 301);
      throw err;
    }
  });

  r.get('/bijlagen/:id/:name', { schema: { params: AttachmentParams } }, async (request, reply) => {
    const file = await content.getPublicAttachment(db, request.params.id, { dataDir: options.dataDir });
    const ascii = file.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `${file.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'public, max-age=3600')
      .header('content-length', String(file.size))
      .send(fs.createReadStream(file.path));
  });

  async function itemPage(slug: string, reply: import('fastify').FastifyReply) {
    return reply.html(async () => {
      const item = await content.getPublishedItem(db, slug);
      const attachments = await content.listAttachments(db, item.id);
      const info = TYPE_INFO[item.type];
      const fields = DETAIL_FIELDS[item.type].filter((f) => item.details[f.key] !== undefined && item.details[f.key] !== '' && item.details[f.key] !== null);
      const expired = item.validUntil !== null && item.validUntil < today();
      const firstTheme = item.themes[0];
      return (
        <Layout
          title={item.title}
          path={`/kennis/${item.slug}`}
          baseUrl={baseUrl}
          description={item.summary}
          breadcrumbs={[{ label: 'Start', href: '/' }, firstTheme ? { label: firstTheme.name, href: `/thema/${firstTheme.slug}` } : { label: 'Alle info', href: '/kennis' }]}
          jsonLd={[itemJsonLd(item, baseUrl)]}
          scripts={['/assets/share.js']}
        >
          <article>
            <p class="type-label">{info.label}</p>
            <h1>{item.title}</h1>
            <p class="lead">{item.summary}</p>
            <ul class="item-meta">
              {item.lastReviewedAt ? (
                <li>
                  Laatst nagekeken: <time dateTime={isoDate(item.lastReviewedAt)}>{formatDate(item.lastReviewedAt)}</time>
                </li>
              ) : null}
              <li>
                Bijgewerkt: <time dateTime={isoDate(item.updatedAt)}>{formatDate(item.updatedAt)}</time>
              </li>
              {item.type === 'right' && item.validFrom ? (
                <li>
                  Geldig vanaf: <time dateTime={item.validFrom}>{formatDate(item.validFrom)}</time>
                </li>
              ) : null}
            </ul>
            {expired ? (
              <Notice kind="warning">
                <strong>Let op:</strong> deze regeling geldt niet meer sinds {formatDate(item.validUntil)}. We tonen ze nog ter informatie.
              </Notice>
            ) : null}
            {fields.length > 0 ? (
              <section aria-labelledby="h-details">
                <h2 id="h-details">In het kort</h2>
                <dl class="details">
                  {fields.map((f) => (
                    <>
                      <dt>{f.label}</dt>
                      <dd>{detailValue(f.key, item.details[f.key])}</dd>
                    </>
                  ))}
                </dl>
              </section>
            ) : null}
            <div class="body" dangerouslySetInnerHTML={{ __html: renderMarkdown(item.body) }} />
            {attachments.length > 0 ? (
              <section class="attachments" aria-labelledby="h-attachments">
                <h2 id="h-attachments">Downloaden</h2>
                <ul>
                  {attachments.map((a) => (
                    <li>
                      <a href={a.url} download={a.fileName}>
                        {a.title}
                      </a>{' '}
                      <span class="meta">
                        ({a.typeLabel}, {formatSize(a.size)})
                      </span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <section class="sources" aria-labelledby="h-sources">
              <h2 id="h-sources">{item.sources.length === 1 ? 'Bron' : 'Bronnen'}</h2>
              <ul>
                {item.sources.map((s) => (
                  <li>
                    <a href={s.url}>{s.title}</a>
                  </li>
                ))}
              </ul>
              <p class="meta">
                We schreven deze tekst zelf op basis van de bron{item.sources.length === 1 ? '' : 'nen'}. Bedragen en voorwaarden veranderen: kijk ze na bij de
                organisatie die ze toekent.
              </p>
            </section>
            <section aria-labelledby="h-tags">
              <h2 id="h-tags">Voor wie en over wat</h2>
              <ul class="tags">
                {item.audiences.map((a) => (
                  <li>
                    <a href={`/voor/${a.slug}`}>Voor {a.name.toLowerCase()}</a>
                  </li>
                ))}
                {item.themes.map((t) => (
                  <li>
                    <a href={`/thema/${t.slug}`}>{t.name}</a>
                  </li>
                ))}
              </ul>
            </section>
            <SharePanel url={`${baseUrl}/kennis/${item.slug}`} title={item.title} />
            <CorrectionLink path={`/kennis/${item.slug}`} title={item.title} />
          </article>
          {item.related.length > 0 ? (
            <section aria-labelledby="h-related" class="no-print">
              <h2 id="h-related">Lees ook</h2>
              <CardList items={item.related} />
            </section>
          ) : null}
        </Layout>
      );
      // The "no longer applies" notice follows the day.
    }, { day: true });
  }

  // /privacy is the privacy feature's page (src/privacy/privacy.pages.tsx).
  for (const slug of ['over-ons']) {
    r.get(`/${slug}`, async (_request, reply) => {
      return reply.html(async () => {
        const page = await content.getPage(db, slug);
        return (
        <Layout title={page.title} path={`/${slug}`} baseUrl={baseUrl} description={page.summary} breadcrumbs={[{ label: 'Start', href: '/' }]}>
          <h1>{page.title}</h1>
          {page.summary ? <p class="lead">{page.summary}</p> : null}
          <div class="body" dangerouslySetInnerHTML={{ __html: renderMarkdown(page.body) }} />
        </Layout>
        );
      });
    });
  }

  r.get('/sitemap.xml', async (_request, reply) =>
    reply.sendCachedText('application/xml; charset=utf-8', async () => {
      const [items, themes, audiences, others] = await Promise.all([
        content.listSitemapEntries(db),
        content.listThemes(db),
        content.listAudiences(db),
        Promise.all((options.sitemapPaths ?? []).map((list) => list(db))),
      ]);
      const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const allThemes = themes.flatMap((t) => [t, ...t.children]);
      const urls = [
        { loc: '/' },
        { loc: '/kennis' },
        { loc: '/thema' },
        { loc: '/over-ons' },
        { loc: '/privacy' },
        { loc: '/doe-mee' },
        ...audiences.map((a) => ({ loc: `/voor/${a.slug}` })),
        ...allThemes.map((t) => ({ loc: `/thema/${t.slug}` })),
        ...items.map((i) => ({ loc: `/kennis/${i.slug}`, lastmod: i.updatedAt.slice(0, 10) })),
        ...others.flat().map((p) => ({ loc: p.path, lastmod: p.lastmod })),
      ];
      return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        urls.map((u) => `  <url><loc>${esc(baseUrl + u.loc)}</loc>${'lastmod' in u && u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n') +
        '\n</urlset>\n'
      );
    }),
  );

  r.get('/robots.txt', async (_request, reply) =>
    reply.sendCachedText('text/plain; charset=utf-8', () => `User-agent: *\nAllow: /\nDisallow: /beheer\nDisallow: /api/\n\nSitemap: ${baseUrl}/sitemap.xml\n`),
  );
}
