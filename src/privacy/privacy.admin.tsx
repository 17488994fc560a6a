/**
 * /beheer/privacy (admins): look up an email address in every source, download everything held
 * about it as JSON, or erase it. The address travels in POST bodies only, so it never lands in a
 * URL, a log line or the browser's history.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { Db } from '../db/database.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CheckboxGroup, CsrfField, ErrorSummary, formFailure, TextField, type FieldErrors } from '../web/forms.js';
import { actor, adminFrame, guard } from '../accounts/accounts.guard.js';
import * as privacy from './privacy.service.js';

const SOURCE_LABELS: Record<string, string> = {
  newsletter: 'Nieuwsbrief',
  users: 'Accounts (beheer)',
  audit: 'Auditlog',
  contributions: 'Inzendingen (Doe je mee?)',
};

const LookupBody = Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 300 })), email: Type.Optional(Type.String({ maxLength: 1000 })), confirm: Type.Optional(Type.String({ maxLength: 10 })) });

export async function registerPrivacyAdmin(app: FastifyInstance, options: { db: Db; dataDir: string }): Promise<void> {
  const { db, dataDir } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  async function page(request: FastifyRequest, reply: FastifyReply, state: { email?: string; errors?: FieldErrors; message?: string; found?: { name: string; holds: boolean }[]; erased?: privacy.ErasureReport }, status = 200) {
    const csrf = request.csrfToken();
    return reply.html(
      () => (
        <AdminLayout title="Privacy" {...adminFrame(request, '/beheer/privacy')}>
          <h1>Persoonsgegevens</h1>
          <p>
            Zoek een e-mailadres op in alle delen van de site. Je kunt alles wat we erover bewaren downloaden (JSON) of wissen. Een wissing staat in het auditlog
            zonder het adres zelf.
          </p>
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          {state.erased ? (
            <div class="notice notice-info" role="status">
              <p>
                Gewist. Aangepaste gegevens:{' '}
                {Object.entries(state.erased.counts)
                  .map(([k, n]) => `${SOURCE_LABELS[k] ?? k}: ${n}`)
                  .join(', ')}
                ; mails in de outbox: {state.erased.outboxFiles}.
              </p>
            </div>
          ) : null}
          <form method="post" action="/beheer/privacy" class="stack">
            <CsrfField token={csrf} />
            <TextField name="email" label="E-mailadres" type="email" autocomplete="off" required maxLength={254} value={state.erased ? '' : state.email} error={state.errors?.email} />
            <button type="submit">Opzoeken</button>
          </form>
          {state.found && state.email ? (
            <>
              <h2>Wat we bewaren over {state.email}</h2>
              <DataTable caption={`Bronnen voor ${state.email}`} hideCaption columns={['Onderdeel', 'Gegevens']}>
                {state.found.map((f) => (
                  <tr>
                    <td>{SOURCE_LABELS[f.name] ?? f.name}</td>
                    <td>{f.holds ? 'Ja' : 'Niets'}</td>
                  </tr>
                ))}
              </DataTable>
              <form method="post" action="/beheer/privacy/export">
                <CsrfField token={csrf} />
                <input type="hidden" name="email" value={state.email} />
                <button type="submit">Alles downloaden (JSON)</button>
              </form>
              <h2>Wissen</h2>
              <form method="post" action="/beheer/privacy/wissen" class="stack">
                <CsrfField token={csrf} />
                <input type="hidden" name="email" value={state.email} />
                <CheckboxGroup
                  name="confirm"
                  label="Bevestig"
                  options={[{ value: 'ja', label: `Ja, wis alles over ${state.email}. Dit kan niet ongedaan worden.` }]}
                  values={[]}
                  error={state.errors?.confirm}
                />
                <button type="submit">Wissen</button>
              </form>
            </>
          ) : null}
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/privacy', { onRequest: guard('privacy.manage') }, async (request, reply) => page(request, reply, {}));

  r.post('/beheer/privacy', { schema: { body: LookupBody }, onRequest: guard('privacy.manage') }, async (request, reply) => {
    try {
      const result = await privacy.findPersonalData(db, request.body.email ?? '');
      return page(request, reply, { email: result.email, found: result.found });
    } catch (err) {
      return page(request, reply, { ...formFailure(err), email: request.body.email }, 400);
    }
  });

  r.post('/beheer/privacy/export', { schema: { body: LookupBody }, onRequest: guard('privacy.manage') }, async (request, reply) => {
    let data: privacy.PersonalDataExport;
    try {
      data = await privacy.exportPersonalData(db, request.body.email ?? '');
    } catch (err) {
      return page(request, reply, { ...formFailure(err), email: request.body.email }, 400);
    }
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="persoonsgegevens.json"')
      .send(JSON.stringify(data, null, 2));
  });

  r.post('/beheer/privacy/wissen', { schema: { body: LookupBody }, onRequest: guard('privacy.manage') }, async (request, reply) => {
    try {
      const email = privacy.checkEmail(request.body.email ?? '');
      if (request.body.confirm !== 'ja') {
        const result = await privacy.findPersonalData(db, email);
        return page(request, reply, { email, found: result.found, errors: { confirm: 'Vink aan dat je alles over dit adres wilt wissen.' } }, 400);
      }
      const erased = await privacy.erasePersonalData(db, actor(request), email, { dataDir });
      return page(request, reply, { erased });
    } catch (err) {
      return page(request, reply, { ...formFailure(err), email: request.body.email }, 400);
    }
  });
}
