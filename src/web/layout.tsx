/** The page frame every public page shares: skip link, header with search, main, footer. */
import type { ComponentChildren } from 'preact';
import { JsonLd } from './render.js';

export const SITE_NAME = 'Expertisepunt Mantelzorg';

export interface Crumb {
  label: string;
  href: string;
}

export interface LayoutProps {
  title: string;
  description?: string;
  /** path of this page, used for the canonical link */
  path: string;
  baseUrl: string;
  breadcrumbs?: Crumb[];
  jsonLd?: unknown[];
  noindex?: boolean;
  /** Atom feeds that follow this page, announced for newsreaders */
  feeds?: { title: string; href: string }[];
  /** progressive-enhancement scripts under /assets/ that this page uses (the page works without them) */
  scripts?: string[];
  children: ComponentChildren;
}

export function Layout(props: LayoutProps) {
  const fullTitle = props.path === '/' ? SITE_NAME : `${props.title} | ${SITE_NAME}`;
  const crumbs = props.breadcrumbs ?? [];
  const ld = [...(props.jsonLd ?? [])];
  if (crumbs.length > 0) {
    ld.push({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [...crumbs, { label: props.title, href: props.path }].map((c, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        name: c.label,
        item: { '@id': props.baseUrl + c.href, name: c.label },
      })),
    });
  }
  return (
    <html lang="nl-BE">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={props.baseUrl + props.path} />
        {(props.feeds ?? []).map((f) => (
          <link rel="alternate" type="application/atom+xml" title={f.title} href={f.href} />
        ))}
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <script src="/assets/search-suggest.js" defer></script>
        {ld.map((data) => (
          <JsonLd data={data} />
        ))}
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="site-name" href="/">
              {SITE_NAME}
            </a>
            <nav aria-label="Hoofdmenu" class="main-nav">
              <ul>
                <li>
                  <a href="/kennis">Alle info</a>
                </li>
                <li>
                  <a href="/thema">Thema's</a>
                </li>
                <li>
                  <a href="/ondersteuning">Hulp in de buurt</a>
                </li>
                <li>
                  <a href="/activiteiten">Activiteiten</a>
                </li>
                <li>
                  <a href="/over-ons">Over ons</a>
                </li>
              </ul>
            </nav>
            <form class="header-search" role="search" aria-label="Zoeken op de site" action="/zoeken" method="get">
              <label for="header-q" class="visually-hidden">
                Zoek op de site
              </label>
              <input id="header-q" name="q" type="search" maxLength={200} placeholder="Zoek…" />
              <button type="submit">Zoeken</button>
            </form>
          </div>
        </header>
        {crumbs.length > 0 ? (
          <nav aria-label="Kruimelpad" class="wrap breadcrumbs">
            <ol>
              {crumbs.map((c) => (
                <li>
                  <a href={c.href}>{c.label}</a>
                </li>
              ))}
              <li aria-current="page">{props.title}</li>
            </ol>
          </nav>
        ) : null}
        <main id="inhoud" class="wrap" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <nav aria-label="Voettekst">
              <ul>
                <li>
                  <a href="/over-ons">Over ons</a>
                </li>
                <li>
                  <a href="/nieuwsbrief">Nieuwsbrief</a>
                </li>
                <li>
                  <a href="/privacy">Privacy</a>
                </li>
                <li>
                  <a href="/doe-mee">Doe je mee?</a>
                </li>
                <li>
                  <a href="/kennis">Alle info</a>
                </li>
                <li>
                  <a href="/open-data">Open data</a>
                </li>
                <li>
                  <a href="/sitemap.xml">Sitemap</a>
                </li>
              </ul>
            </nav>
            <p>
              Deze site gebruikt geen cookies en volgt je niet. Demo van de open-source software expertisepunt: de inhoud is geschreven op basis van
              publieke bronnen en is geen officieel advies.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
