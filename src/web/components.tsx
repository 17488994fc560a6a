/** Small building blocks the feature pages share. They know no feature's data. */
import type { ComponentChildren } from 'preact';

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const pages: number[] = [];
  for (let p = Math.max(1, page - 2); p <= Math.min(pageCount, page + 2); p++) pages.push(p);
  return (
    <nav class="pagination" aria-label="Paginering">
      <ul>
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              Vorige<span class="visually-hidden"> pagina</span>
            </a>
          </li>
        ) : null}
        {pages.map((p) => (
          <li>
            {p === page ? (
              <span aria-current="page">
                <span class="visually-hidden">Pagina </span>
                {p}
              </span>
            ) : (
              <a href={hrefFor(p)}>
                <span class="visually-hidden">Pagina </span>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              Volgende<span class="visually-hidden"> pagina</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

export function Notice({ kind = 'info', children }: { kind?: 'info' | 'warning'; children: ComponentChildren }) {
  return <div class={`notice notice-${kind}`}>{children}</div>;
}

/** Builds a query string from the non-empty values, for links that keep the current filters. */
export function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '' && !(k === 'pagina' && v === 1)) q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Share and print without third parties: a mail link and the page's address to copy. With
 * JavaScript (/assets/share.js) a copy button and a print button appear; without it nothing is missing.
 */
export function SharePanel({ url, title }: { url: string; title: string }) {
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`;
  return (
    <section class="share no-print" aria-labelledby="h-share">
      <h2 id="h-share">Delen</h2>
      <ul class="share-actions">
        <li>
          <a href={mailto}>Mail deze pagina</a>
        </li>
        <li>
          <button type="button" class="share-print" hidden>
            Print deze pagina
          </button>
        </li>
      </ul>
      <label for="share-url">Link naar deze pagina</label>
      <div class="share-url">
        <input id="share-url" type="url" value={url} readOnly />
        <button type="button" class="share-copy" hidden aria-describedby="share-status">
          Kopieer de link
        </button>
      </div>
      <p id="share-status" class="meta" role="status" aria-live="polite"></p>
    </section>
  );
}

/** "Klopt er iets niet?": the link under a page about one thing, to the correction form prefilled with that page. */
export function CorrectionLink({ path, title }: { path: string; title: string }) {
  return (
    <p class="correction-link no-print">
      <a href={withQuery('/doe-mee/correctie', { over: path, titel: title })}>Klopt er iets niet? Laat het ons weten</a>
    </p>
  );
}
