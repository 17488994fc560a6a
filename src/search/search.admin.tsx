/**
 * /beheer/zoeken: the synonym list the search uses (one group per line), and what visitors looked
 * for, above all the searches that found nothing. No person can be traced in the log.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Db } from '../db/database.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CsrfField, ErrorSummary, formFailure, TextArea, type FieldErrors } from '../web/forms.js';
import { formatDate } from '../web/render.js';
import { actor, adminFrame, guard } from '../accounts/accounts.guard.js';
import * as search from './search.service.js';

const SynonymsBody = Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 300 })), groups: Type.String({ maxLength: 100_000 }) });
const SearchAdminQuery = Type.Object({ gelukt: Type.Optional(Type.String({ maxLength: 40 })) });

/** One group per line, words or short phrases separated by commas. */
export function parseSynonymText(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(',').map((w) => w.trim()).filter(Boolean))
    .filter((group) => group.length > 0);
}

const LOG_DAYS = 30;

export async function registerSearchAdmin(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const { db } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  async function page(request: FastifyRequest, reply: FastifyReply, state: { text?: string; errors?: FieldErrors; message?: string; flash?: string }, status = 200) {
    const since = new Date(Date.now() - LOG_DAYS * 86_400_000).toISOString();
    const [groups, zero, recent] = await Promise.all([
      search.listSynonymGroups(db),
      search.listZeroResultQueries(db, { since, limit: 50 }),
      search.listRecentSearches(db, { limit: 50 }),
    ]);
    const text = state.text ?? groups.map((g) => g.words.join(', ')).join('\n');
    const csrf = request.csrfToken();
    // The service names a failing group as groups.<n>: show it on the one field, with its line number.
    const groupErrors = Object.entries(state.errors ?? {}).filter(([k]) => k.startsWith('groups'));
    const fieldError = groupErrors.length
      ? groupErrors.map(([k, v]) => (k === 'groups' ? v : `Regel ${Number(k.split('.')[1]) + 1}: ${v}`)).join(' ')
      : undefined;
    return reply.html(
      () => (
        <AdminLayout title="Zoeken" flash={state.flash} {...adminFrame(request, '/beheer/zoeken')}>
          <h1>Zoeken</h1>
          <ErrorSummary errors={fieldError ? { groups: fieldError } : {}} message={state.message} />
          <h2>Synoniemen</h2>
          <p>
            Woorden in dezelfde groep vinden elkaar: wie het ene typt, vindt ook het andere. Zet elke groep op een eigen regel en scheid de woorden met
            komma's. Korte uitdrukkingen van hoogstens vier woorden mogen ook.
          </p>
          <form method="post" action="/beheer/zoeken/synoniemen" class="stack">
            <CsrfField token={csrf} />
            <TextArea name="groups" label="Synoniemen (één groep per regel)" value={text} rows={Math.min(40, Math.max(10, text.split('\n').length + 2))} error={fieldError} maxLength={100_000} />
            <button type="submit">Synoniemen bewaren</button>
          </form>
          <h2>Zoekvragen zonder resultaat (laatste {LOG_DAYS} dagen)</h2>
          {zero.length === 0 ? (
            <p>Geen: elke zoekvraag vond iets.</p>
          ) : (
            <DataTable caption="Zoekvragen zonder resultaat" hideCaption columns={['Zoekvraag', 'Aantal keer', 'Laatst']}>
              {zero.map((z) => (
                <tr>
                  <td>{z.query}</td>
                  <td>{z.count}</td>
                  <td>
                    <time dateTime={z.lastAt}>{formatDate(z.lastAt)}</time>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          <h2>Recente zoekvragen</h2>
          <DataTable caption="Recente zoekvragen" hideCaption columns={['Zoekvraag', 'Filters', 'Resultaten', 'Tijd (ms)', 'Wanneer']}>
            {recent.map((e) => (
              <tr>
                <td>{e.query}</td>
                <td>
                  {Object.entries(e.filters)
                    .map(([k, v]) => `${k}: ${v}`)
                    .join(', ')}
                </td>
                <td>{e.resultCount}</td>
                <td>{e.durationMs}</td>
                <td>
                  <time dateTime={e.createdAt}>{formatDate(e.createdAt)}</time>
                </td>
              </tr>
            ))}
          </DataTable>
          <p class="meta">Het zoeklog bewaart geen IP-adres, geen cookie en niets anders dat naar een persoon leidt.</p>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/zoeken', { schema: { querystring: SearchAdminQuery }, onRequest: guard('search.manage') }, async (request, reply) =>
    page(request, reply, { flash: request.query.gelukt === 'synoniemen' ? 'De synoniemen zijn bewaard.' : undefined }),
  );

  r.post('/beheer/zoeken/synoniemen', { schema: { body: SynonymsBody }, onRequest: guard('search.manage') }, async (request, reply) => {
    try {
      await search.replaceSynonymGroups(db, parseSynonymText(request.body.groups), actor(request));
    } catch (err) {
      return page(request, reply, { ...formFailure(err), text: request.body.groups }, 400);
    }
    return reply.redirect('/beheer/zoeken?gelukt=synoniemen', 303);
  });
}
