/** Turning JSX into HTML. Preact escapes every string by default; raw HTML needs dangerouslySetInnerHTML. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(vnode: VNode): string {
  return '<!DOCTYPE html>' + renderToString(vnode);
}

/** JSON for a <script type="application/ld+json">: '<' is escaped so no string can close the element. */
export function JsonLd({ data }: { data: unknown }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' });

/** '2026-11-23' or an ISO timestamp → '23 november 2026' (Brussels time). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const d = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return Number.isNaN(d.getTime()) ? value : dateFormat.format(d);
}

/** Machine-readable date for <time datetime>. */
export function isoDate(value: string | null | undefined): string {
  return value ? value.slice(0, 10) : '';
}
