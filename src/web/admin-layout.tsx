/** The page frame of the back office (/beheer): its own menu, who is signed in, and a sign-out button. */
import type { ComponentChildren } from 'preact';
import { SITE_NAME } from './layout.js';
import { CsrfField } from './forms.js';

export interface AdminLayoutProps {
  title: string;
  /** menu entries this user may open; the current one is marked */
  nav?: { href: string; label: string }[];
  current?: string;
  account?: { name: string; roleLabel: string } | null;
  csrfToken?: string;
  /** extra scripts (files under /assets), progressive enhancement only */
  scripts?: string[];
  flash?: string;
  children: ComponentChildren;
}

export function AdminLayout(props: AdminLayoutProps) {
  return (
    <html lang="nl-BE">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} | Beheer | ${SITE_NAME}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="backoffice">
        <a class="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="site-name" href="/beheer">
              Beheer <span class="visually-hidden">van {SITE_NAME}</span>
            </a>
            {props.nav?.length ? (
              <nav aria-label="Beheermenu" class="main-nav">
                <ul>
                  {props.nav.map((n) => (
                    <li>
                      <a href={n.href} aria-current={props.current === n.href ? 'page' : undefined}>
                        {n.label}
                      </a>
                    </li>
                  ))}
                  <li>
                    <a href="/">Naar de site</a>
                  </li>
                </ul>
              </nav>
            ) : null}
            {props.account && props.csrfToken ? (
              <form class="account-bar" method="post" action="/beheer/afmelden">
                <span>
                  {props.account.name} ({props.account.roleLabel})
                </span>
                <CsrfField token={props.csrfToken} />
                <button type="submit">Afmelden</button>
              </form>
            ) : null}
          </div>
        </header>
        <main id="inhoud" class="wrap" tabIndex={-1}>
          {props.flash ? (
            <div class="notice notice-info" role="status">
              {props.flash}
            </div>
          ) : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}

/** A table of records with a caption (hidden when the heading says it already) and column headers. */
export function DataTable(props: { caption: ComponentChildren; hideCaption?: boolean; columns: string[]; class?: string; children: ComponentChildren }) {
  return (
    <table class={`admin-table${props.class ? ` ${props.class}` : ''}`}>
      <caption class={props.hideCaption ? 'visually-hidden' : undefined}>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th scope="col">{c}</th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
