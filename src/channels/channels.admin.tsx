/** /beheer/widgets: the widgets' snippet generator in the back office (the same as on /widgets), for editors and partners. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { AdminLayout } from '../web/admin-layout.js';
import { adminFrame, guard } from '../accounts/accounts.guard.js';
import { SnippetMaker, widgetSnippet } from './channels.widgets.js';
import { WidgetSnippetQuery } from './channels.schemas.js';

export async function registerChannelsAdmin(app: FastifyInstance, options: { db: Db; baseUrl: string }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  r.get('/beheer/widgets', { schema: { querystring: WidgetSnippetQuery }, onRequest: guard('backoffice.enter') }, async (request, reply) => {
    const made = await widgetSnippet(options.db, options.baseUrl, request.query);
    return reply.html(
      () => (
        <AdminLayout title="Widgets" {...adminFrame(request, '/beheer/widgets')}>
          <h1>Widgets</h1>
          <p>
            Maak de code voor een widget op je eigen website of die van een partner. Meer uitleg voor websitebeheerders staat op{' '}
            <a href="/widgets">de pagina over widgets</a>.
          </p>
          <SnippetMaker action="/beheer/widgets" q={request.query} {...made} />
        </AdminLayout>
      ),
      { status: Object.keys(made.errors).length ? 400 : 200 },
    );
  });
}
