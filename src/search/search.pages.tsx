/** /zoeken: the search page, with facets, highlighted snippets, pagination and a helpful page when nothing is found. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { Layout } from '../web/layout.js';
import { Notice, Pagination, withQuery } from '../web/components.js';
import { formatDate, isoDate } from '../web/render.js';
import * as content from '../content/content.service.js';
import type { Theme } from '../content/content.service.js';
import { typeFromSlug, typeLabel, typeSlug } from './search.labels.js';
import * as search from './search.service.js';
import { checkFacets } from './search.filters.js';
import { SearchPageQuery } from './search.schemas.js';
import { createPageCache } from '../web/page-cache.js';

export interface SearchPagesOptions {
  db: Db;
  baseUrl: string;
  today?: () => string;
  /** keep results in memory per index version (PAGE_CACHE) */
  resultCache?: boolean;
}

interface Current {
  q: string;
  type?: string;
  doelgroep?: string;
  thema?: string;
}

const FACETS_SHOWN = 12;
/** Rendered result pages kept (with the result cache on), as many as the results in the result cache. */
const RENDERED_PAGES_KEPT = 1000;

function Snippet({ parts }: { parts: search.SnippetPart[] }) {
  return <p class="snippet">{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</p>;
}

function Hit({ hit }: { hit: search.SearchHit }) {
  return (
    <li class="card search-hit">
      <span class="type-label">{typeLabel(hit.type)}</span>
      <h3>
        <a href={hit.url}>{hit.title}</a>
      </h3>
      <Snippet parts={hit.snippet} />
      {hit.expired ? (
        hit.kind === 'activity' ? (
          <p class="meta">
            <strong>Voorbij</strong> sinds {formatDate(hit.validUntil)}.
          </p>
        ) : (
          <p class="meta">
            <strong>Geldt niet meer</strong> sinds {formatDate(hit.validUntil)}.
          </p>
        )
      ) : null}
      {hit.lastReviewedAt ? (
        <p class="meta">
          Nagekeken op <time dateTime={isoDate(hit.lastReviewedAt)}>{formatDate(hit.lastReviewedAt)}</time>
        </p>
      ) : null}
    </li>
  );
}

function FacetGroup(props: {
  title: string;
  param: 'type' | 'doelgroep' | 'thema';
  counts: search.FacetCount[];
  /** counts are estimates (the total is too) */
  approximate?: boolean;
  label: (value: string) => string;
  toParam: (value: string) => string;
  current: Current;
}) {
  if (props.counts.length === 0) return null;
  const active = props.current[props.param];
  return (
    <div class="facet">
      <h3>{props.title}</h3>
      <ul>
        {props.counts.slice(0, FACETS_SHOWN).map((f) => {
          const value = props.toParam(f.value);
          const selected = active === value;
          const href = withQuery('/zoeken', { ...props.current, [props.param]: selected ? undefined : value });
          return (
            <li>
              <a href={href} aria-current={selected ? 'true' : undefined}>
                {props.label(f.value)} <span class="count">({props.approximate ? `ca. ${f.count.toLocaleString('nl-BE')}` : f.count})</span>
                {selected ? <span class="visually-hidden"> (gekozen, klik om te wissen)</span> : null}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function ThemeLinks({ themes }: { themes: Theme[] }) {
  return (
    <ul class="tags">
      {themes.map((t) => (
        <li>
          <a href={`/thema/${t.slug}`}>{t.name}</a>
        </li>
      ))}
    </ul>
  );
}

function SearchBox({ q }: { q: string }) {
  return (
    <form class="search-form" role="search" aria-label="Zoeken in alle info" action="/zoeken" method="get">
      <label for="zoek-q">Waar zoek je info over?</label>
      <input id="zoek-q" name="q" type="search" maxLength={200} value={q} placeholder="bv. mantelzorgpremie, verlof, dagopvang" />
      <button type="submit">Zoeken</button>
    </form>
  );
}

function NothingFound({ q, themes }: { q: string; themes: Theme[] }) {
  return (
    <>
      <p>
        We vonden niets voor „{q}”. Misschien helpt een van deze tips:
      </p>
      <ul>
        <li>Kijk na of de woorden juist geschreven zijn.</li>
        <li>Gebruik minder woorden, of een ander woord dat hetzelfde betekent.</li>
        <li>Zoek met een algemener woord, zoals „premie” in plaats van de naam van een premie.</li>
      </ul>
      <h2>Zoek per thema</h2>
      <ThemeLinks themes={themes} />
      <h2>Vraag het ons</h2>
      <p>
        Vind je het niet? Stel je vraag aan het Expertisepunt Mantelzorg. Op <a href="/over-ons">Over ons</a> lees je hoe je ons bereikt. Ben je
        mantelzorger en heb je nu hulp nodig? De sociale dienst van je ziekenfonds of het sociaal huis van je gemeente helpt je verder.
      </p>
    </>
  );
}

export async function registerSearchPages(app: FastifyInstance, options: SearchPagesOptions): Promise<void> {
  const { db, baseUrl } = options;
  const renderedPages = createPageCache(RENDERED_PAGES_KEPT);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get('/zoeken', { schema: { querystring: SearchPageQuery } }, async (request, reply) => {
    const query = request.query;
    const q = search.normalizeQuery(query.q ?? '');
    const current: Current = { q, type: query.type || undefined, doelgroep: query.doelgroep || undefined, thema: query.thema || undefined };
    const page = query.pagina ?? 1;
    await checkFacets(db, current.doelgroep, current.thema, { audience: 'doelgroep', theme: 'thema' });
    const today = options.today?.();
    // Read before searching: a write in between then only makes the kept page newer than its key says.
    const version = options.resultCache ? await search.indexVersion(db) : undefined;
    const result = q
      ? await search.search(
          db,
          { q, type: current.type ? typeFromSlug(current.type) : undefined, audience: current.doelgroep, theme: current.thema, page, facets: true, today },
          { log: true, cache: options.resultCache },
        )
      : null;
    const filtered = Boolean(current.type || current.doelgroep || current.thema);

    // Never from the page cache (keyed by URL): every search is logged (above) and reflects the
    // index as it is now. With the result cache on, the rendered page is kept like the result: by
    // index version (and content generation, see reply.html), so rendering costs no more than the API.
    const keep = version !== undefined ? { pages: renderedPages, key: JSON.stringify([version, today ?? search.today(), current, page]) } : undefined;
    return reply.html(
      async () => {
        const [audiences, themes] = await Promise.all([content.listAudiences(db), content.listThemes(db)]);
        const audienceName = new Map(audiences.map((a) => [a.slug, a.name]));
        const themeName = new Map(themes.flatMap((t) => [t, ...t.children]).map((t) => [t.slug, t.name]));
        return (
          <Layout title={q ? `Zoeken: ${q}` : 'Zoeken'} path="/zoeken" baseUrl={baseUrl} description="Zoek in alle info over mantelzorg." noindex breadcrumbs={[{ label: 'Start', href: '/' }]}>
            <h1>Zoeken</h1>
            <SearchBox q={q} />
            {!result ? (
              <>
                <p>Typ een of meer woorden, bijvoorbeeld „premie mantelzorg” of „verlof om te zorgen”. Of kies een thema:</p>
                <ThemeLinks themes={themes} />
              </>
            ) : (
              <>
                {result.corrected ? (
                  <p class="did-you-mean">
                    Bedoelde je: <a href={withQuery('/zoeken', { ...current, q: result.corrected })}>{result.corrected}</a>?
                  </p>
                ) : null}
                <h2 id="h-results">
                  {result.approximate ? `Ongeveer ${result.total.toLocaleString('nl-BE')}` : result.total} {result.total === 1 ? 'resultaat' : 'resultaten'} voor „{q}”
                </h2>
                {filtered ? (
                  <p>
                    Je zoekt alleen in: {[current.type ? typeLabel(typeFromSlug(current.type) ?? current.type, true) : null, current.doelgroep ? audienceName.get(current.doelgroep) : null, current.thema ? themeName.get(current.thema) : null].filter(Boolean).join(', ')}.{' '}
                    <a href={withQuery('/zoeken', { q })}>Zoek overal</a>.
                  </p>
                ) : null}
                {result.mode === 'some' && result.total > 0 ? <Notice>Niets bevat al je woorden. Dit zijn de resultaten met een deel ervan.</Notice> : null}
                {result.total === 0 ? (
                  <NothingFound q={q} themes={themes} />
                ) : (
                  <div class="search-layout">
                    <ol class="card-list search-results" aria-labelledby="h-results" start={(result.page - 1) * result.pageSize + 1}>
                      {result.hits.map((hit) => (
                        <Hit hit={hit} />
                      ))}
                    </ol>
                    {result.facets ? (
                      <nav class="facets" aria-labelledby="h-facets">
                        <h2 id="h-facets">Verfijn</h2>
                        <FacetGroup approximate={result.facets.approximate} title="Soort" param="type" counts={result.facets.type} label={(v) => typeLabel(v, true)} toParam={typeSlug} current={current} />
                        <FacetGroup approximate={result.facets.approximate} title="Voor wie" param="doelgroep" counts={result.facets.audience} label={(v) => audienceName.get(v) ?? v} toParam={(v) => v} current={current} />
                        <FacetGroup approximate={result.facets.approximate} title="Thema" param="thema" counts={result.facets.theme} label={(v) => themeName.get(v) ?? v} toParam={(v) => v} current={current} />
                      </nav>
                    ) : null}
                  </div>
                )}
                <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => withQuery('/zoeken', { ...current, pagina: p })} />
              </>
            )}
          </Layout>
        );
      },
      { cache: false, keep },
    );
  });
}
