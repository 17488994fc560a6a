/**
 * /beheer/sleutels: partner API tokens. An admin makes tokens for any organisation, a partner for
 * its own; the secret is shown once, right after it is made. Tokens are listed and revoked here.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CsrfField, ErrorSummary, formFailure, Select, TextField, type FieldErrors } from '../web/forms.js';
import { formatDate } from '../web/render.js';
import { actor, adminFrame, ForbiddenError, guard } from '../accounts/accounts.guard.js';
import * as directory from '../directory/directory.service.js';
import * as tokens from './tokens.service.js';
import { TokenCsrfBody, TokenFormBody, TokenIdParams, TokenListQuery } from './tokens.schemas.js';

export interface TokensAdminOptions {
  db: Db;
  baseUrl: string;
  now?: () => Date;
}

export async function registerTokensAdmin(app: FastifyInstance, options: TokensAdminOptions): Promise<void> {
  const { db, baseUrl } = options;
  const now = options.now ?? (() => new Date());
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const who = (request: FastifyRequest) => ({ user: request.user!, actor: actor(request) });

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    state: { errors?: FieldErrors; message?: string; form?: TokenFormBody; created?: { token: tokens.ApiToken; secret: string }; flash?: string; organisatie?: string },
    status = 200,
  ) {
    const user = request.user!;
    const partner = user.role === 'partner';
    const organisations = await directory.listOrganizationCards(db, { drafts: true });
    const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
    const list = await tokens.listTokens(db, user, partner ? undefined : state.organisatie || undefined);
    const errors = state.errors ?? {};
    const orgOptions = [{ value: '', label: 'Kies een organisatie' }, ...organisations.map((o) => ({ value: o.id, label: o.name })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))];
    const csrf = request.csrfToken();
    return reply.html(
      () => (
        <AdminLayout title="API-sleutels" {...adminFrame(request, '/beheer/sleutels')} flash={state.flash}>
          <h1>API-sleutels</h1>
          <p>
            Met een API-sleutel zet een partner activiteiten en diensten van de eigen organisatie rechtstreeks op de site, vanuit de eigen website of
            agenda. Hoe dat werkt, staat op <a href="/api">de pagina over de API</a>. Een sleutel werkt voor één organisatie.
          </p>
          {state.created ? (
            <div class="notice notice-info" role="status">
              <h2>Sleutel “{state.created.token.name}” gemaakt</h2>
              <p>Kopieer de sleutel nu. Je ziet hem maar één keer; wij bewaren hem niet.</p>
              <p>
                <label for="nieuwe-sleutel">Sleutel</label>
                <br />
                <input id="nieuwe-sleutel" class="secret" type="text" readOnly value={state.created.secret} size={60} />
              </p>
              <p>
                Gebruik: <code>Authorization: Bearer {state.created.secret.slice(0, 10)}…</code> bij <code>POST {baseUrl}/api/v1/activities</code>.
              </p>
            </div>
          ) : null}
          <section aria-labelledby="h-new">
            <h2 id="h-new">Nieuwe sleutel</h2>
            <ErrorSummary errors={errors} message={state.message} />
            <form method="post" action="/beheer/sleutels" class="stack">
              <CsrfField token={csrf} />
              <TextField name="name" label="Naam van de sleutel" value={state.form?.name} error={errors.name} required maxLength={200} hint='Waarvoor dient hij? Bv. "Agenda op onze website".' />
              {partner ? null : <Select name="organisationId" label="Organisatie" value={state.form?.organisationId ?? ''} options={orgOptions} error={errors.organisationId} />}
              <button type="submit">Maak sleutel</button>
            </form>
          </section>
          <section aria-labelledby="h-list">
            <h2 id="h-list">Sleutels</h2>
            {partner ? null : (
              <form method="get" action="/beheer/sleutels" class="filters" aria-label="Filter de sleutels">
                <Select name="organisatie" label="Organisatie" value={state.organisatie ?? ''} options={[{ value: '', label: 'Alle organisaties' }, ...orgOptions.slice(1)]} />
                <button type="submit">Toon</button>
              </form>
            )}
            <DataTable caption={`${list.length} ${list.length === 1 ? 'sleutel' : 'sleutels'}`} columns={['Naam', 'Organisatie', 'Begint met', 'Gemaakt', 'Laatst gebruikt', 'Status']}>
              {list.map((t) => (
                <tr>
                  <td>{t.name}</td>
                  <td>{nameOf.get(t.organisationId) ?? t.organisationId}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{formatDate(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatDate(t.lastUsedAt) : 'nog niet'}</td>
                  <td>
                    {t.revokedAt ? (
                      `ingetrokken op ${formatDate(t.revokedAt)}`
                    ) : (
                      <form method="post" action={`/beheer/sleutels/${t.id}/intrekken`} class="inline-form">
                        <CsrfField token={csrf} />
                        <button type="submit">
                          Trek in<span class="visually-hidden">: {t.name}</span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          </section>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/sleutels', { schema: { querystring: TokenListQuery }, onRequest: guard('token.manage') }, async (request, reply) =>
    page(request, reply, { organisatie: request.query.organisatie, flash: request.query.gelukt === 'ingetrokken' ? 'De sleutel is ingetrokken. Hij werkt niet meer.' : undefined }),
  );

  r.post('/beheer/sleutels', { schema: { body: TokenFormBody }, onRequest: guard('token.manage') }, async (request, reply) => {
    const user = request.user!;
    const organisationId = user.role === 'partner' ? (user.organisationId ?? '') : (request.body.organisationId ?? '');
    try {
      const created = await tokens.createToken(db, who(request), { organisationId, name: request.body.name ?? '' }, now());
      return page(request, reply, { created });
    } catch (err) {
      if (err instanceof tokens.TokenForbiddenError) throw new ForbiddenError();
      return page(request, reply, { form: request.body, ...formFailure(err) }, 400);
    }
  });

  r.post('/beheer/sleutels/:id/intrekken', { schema: { params: TokenIdParams, body: TokenCsrfBody }, onRequest: guard('token.manage') }, async (request, reply) => {
    try {
      await tokens.revokeToken(db, who(request), request.params.id, now());
    } catch (err) {
      if (err instanceof tokens.TokenForbiddenError) throw new ForbiddenError();
      throw err;
    }
    return reply.redirect('/beheer/sleutels?gelukt=ingetrokken', 303);
  });
}
