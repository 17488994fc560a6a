/** /beheer pages of accounts: sign in and out, password links (invitation and reset), users, the audit log. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { AppError, ValidationError } from '../errors.js';
import { AdminLayout, DataTable } from '../web/admin-layout.js';
import { CsrfField, ErrorSummary, formFailure, Select, TextField, type FieldErrors } from '../web/forms.js';
import { Pagination, withQuery } from '../web/components.js';
import { formatDate } from '../web/render.js';
import { RATE_LIMITS } from '../web/web.plugin.js';
import * as audit from '../audit/audit.service.js';
import { listOrganizationCards } from '../directory/directory.service.js';
import * as accounts from './accounts.service.js';
import { actor, adminFrame, guard, registerSessionLoader, SESSION_COOKIE } from './accounts.guard.js';
import { AuditQuery, BackQuery, CsrfBody, InviteBody, LoginBody, PasswordBody, ResetBody, TokenParams, UserParams, UserUpdateBody } from './accounts.schemas.js';

export interface AccountsAdminOptions {
  db: Db;
  env: accounts.AccountsEnv;
  sessionHours: number;
  /** cookies get Secure when the site runs on https */
  secureCookies: boolean;
}

const FLASH: Record<string, string> = {
  afgemeld: 'Je bent afgemeld.',
  'overal-afgemeld': 'Je bent op alle toestellen afgemeld.',
  wachtwoord: 'Je wachtwoord is ingesteld. Meld je nu aan.',
  uitgenodigd: 'De uitnodiging is verstuurd.',
  opgeslagen: 'De wijzigingen zijn opgeslagen.',
};

function safeBack(back: string | undefined): string {
  return back && /^\/beheer(\/|$|\?)/.test(back) && !back.startsWith('//') ? back : '/beheer';
}

const roleOptions = accounts.ROLES.map((r) => ({ value: r, label: accounts.ROLE_LABELS[r] }));

type OrganisationOption = { value: string; label: string };

/** The directory's organisations, for the partner's organisation field. */
async function organisationOptions(db: Db): Promise<OrganisationOption[]> {
  return [{ value: '', label: '(geen: kies voor een partner)' }, ...(await listOrganizationCards(db, { drafts: true })).map((o) => ({ value: o.id, label: o.name }))];
}

/** The organisation a form chose: one of the list, or none. */
function chosenOrganisation(options: OrganisationOption[], value: string | undefined): string | null {
  if (!value) return null;
  if (!options.some((o) => o.value === value)) throw new ValidationError('Onbekende organisatie.', { organisationId: 'Kies een organisatie uit de lijst.' });
  return value;
}

function OrganisationField({ options, value, error }: { options: OrganisationOption[]; value: string | null | undefined; error?: string }) {
  return <Select name="organisationId" label="Organisatie (voor een partner)" value={value ?? ''} options={options} error={error} hint="Een partner beheert alleen de gegevens van deze organisatie. Voor redacteurs en beheerders blijft dit leeg." />;
}

export async function registerAccountsAdmin(app: FastifyInstance, options: AccountsAdminOptions): Promise<void> {
  const { db, env } = options;
  registerSessionLoader(app, db);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const cookieOptions = { path: '/beheer', httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies };

  function loginPage(request: FastifyRequest, reply: FastifyReply, state: { email?: string; back?: string; error?: string; flash?: string }, status = 200) {
    return reply.html(
      () => (
        <AdminLayout title="Aanmelden" flash={state.flash}>
          <h1>Aanmelden in het beheer</h1>
          <ErrorSummary errors={{}} message={state.error} />
          <form method="post" action={withQuery('/beheer/aanmelden', { terug: state.back && state.back !== '/beheer' ? state.back : undefined })} class="stack">
            <CsrfField token={request.csrfToken('login')} />
            <TextField name="email" label="E-mailadres" type="email" value={state.email} required maxLength={254} autocomplete="username" />
            <TextField name="password" label="Wachtwoord" type="password" required maxLength={200} autocomplete="current-password" />
            <button type="submit">Aanmelden</button>
          </form>
          <p>
            <a href="/beheer/wachtwoord-vergeten">Wachtwoord vergeten?</a>
          </p>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/aanmelden', { schema: { querystring: BackQuery } }, async (request, reply) => {
    if (request.user) return reply.redirect(safeBack(request.query.terug), 303);
    return loginPage(request, reply, { back: request.query.terug, flash: FLASH[request.query.gelukt ?? ''] });
  });

  r.post(
    '/beheer/aanmelden',
    { schema: { querystring: BackQuery, body: LoginBody }, config: { csrf: { form: 'login' }, rateLimit: RATE_LIMITS.login } },
    async (request, reply) => {
      const { email, password } = request.body;
      const result = await accounts.logIn(db, env, { email, password, previousToken: request.cookies[SESSION_COOKIE], sessionHours: options.sessionHours });
      if (!result.ok) {
        const error =
          result.reason === 'locked'
            ? `Je account is tijdelijk vergrendeld na te veel mislukte pogingen. Probeer het over ${accounts.LOCKOUT_MINUTES} minuten opnieuw of kies een nieuw wachtwoord.`
            : 'Dit e-mailadres en wachtwoord horen niet bij elkaar, of het account is uitgeschakeld.';
        return loginPage(request, reply, { email, back: request.query.terug, error }, 400);
      }
      reply.setCookie(SESSION_COOKIE, result.token, { ...cookieOptions, maxAge: options.sessionHours * 3600 });
      return reply.redirect(safeBack(request.query.terug), 303);
    },
  );

  r.post('/beheer/afmelden', { schema: { body: CsrfBody } }, async (request, reply) => {
    if (request.sessionToken) await accounts.logOut(db, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.redirect('/beheer/aanmelden?gelukt=afgemeld', 303);
  });

  r.post('/beheer/afmelden-overal', { schema: { body: CsrfBody }, onRequest: guard('backoffice.enter') }, async (request, reply) => {
    await accounts.logOutEverywhere(db, request.user!.id);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.redirect('/beheer/aanmelden?gelukt=overal-afgemeld', 303);
  });

  r.get('/beheer/account', { onRequest: guard('backoffice.enter') }, async (request, reply) => {
    const user = request.user!;
    return reply.html(() => (
      <AdminLayout title="Mijn account" {...adminFrame(request, '/beheer/account')}>
        <h1>Mijn account</h1>
        <dl class="details">
          <dt>Naam</dt>
          <dd>{user.name}</dd>
          <dt>E-mailadres</dt>
          <dd>{user.email}</dd>
          <dt>Rol</dt>
          <dd>{accounts.ROLE_LABELS[user.role]}</dd>
        </dl>
        <h2>Afmelden op alle toestellen</h2>
        <p>Ben je ergens aangemeld gebleven, bijvoorbeeld op een gedeelde computer? Dan meld je je hier overal af.</p>
        <form method="post" action="/beheer/afmelden-overal">
          <CsrfField token={request.csrfToken()} />
          <button type="submit">Overal afmelden</button>
        </form>
        <h2>Wachtwoord wijzigen</h2>
        <p>
          Vraag een <a href="/beheer/wachtwoord-vergeten">link voor een nieuw wachtwoord</a> aan.
        </p>
      </AdminLayout>
    ));
  });

  function resetPage(request: FastifyRequest, reply: FastifyReply, state: { sent?: boolean; email?: string; error?: string }, status = 200) {
    return reply.html(
      () => (
        <AdminLayout title="Wachtwoord vergeten">
          <h1>Wachtwoord vergeten</h1>
          {state.sent ? (
            <p role="status">Als dit e-mailadres een account heeft, krijg je binnen enkele minuten een mail met een link. De link werkt {accounts.RESET_MINUTES} minuten.</p>
          ) : (
            <>
              <ErrorSummary errors={{ email: state.error }} />
              <p>Geef je e-mailadres. Je krijgt een link om een nieuw wachtwoord te kiezen.</p>
              <form method="post" action="/beheer/wachtwoord-vergeten" class="stack">
                <CsrfField token={request.csrfToken('reset')} />
                <TextField name="email" label="E-mailadres" type="email" value={state.email} error={state.error} required maxLength={254} autocomplete="username" />
                <button type="submit">Stuur de link</button>
              </form>
            </>
          )}
          <p>
            <a href="/beheer/aanmelden">Terug naar aanmelden</a>
          </p>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/wachtwoord-vergeten', async (request, reply) => resetPage(request, reply, {}));

  r.post(
    '/beheer/wachtwoord-vergeten',
    { schema: { body: ResetBody }, config: { csrf: { form: 'reset' }, rateLimit: RATE_LIMITS.passwordReset } },
    async (request, reply) => {
      const email = request.body.email.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return resetPage(request, reply, { email, error: 'Geef een geldig e-mailadres.' }, 400);
      await accounts.requestPasswordReset(db, env, email);
      return resetPage(request, reply, { sent: true });
    },
  );

  function passwordPage(request: FastifyRequest, reply: FastifyReply, token: string, state: { purpose?: 'invite' | 'reset'; name?: string; errors?: FieldErrors; invalid?: boolean }, status = 200) {
    const title = state.purpose === 'invite' ? 'Kies je wachtwoord' : 'Nieuw wachtwoord';
    return reply.html(
      () => (
        <AdminLayout title={state.invalid ? 'Link werkt niet' : title}>
          {state.invalid ? (
            <>
              <h1>Deze link werkt niet (meer)</h1>
              <p>
                Een link werkt maar één keer en maar een beperkte tijd. <a href="/beheer/wachtwoord-vergeten">Vraag een nieuwe link aan</a>.
              </p>
            </>
          ) : (
            <>
              <h1>{title}</h1>
              {state.name ? <p>Dag {state.name}, kies een wachtwoord van minstens {accounts.MIN_PASSWORD_LENGTH} tekens. Een zin van enkele woorden is sterk en makkelijk te onthouden.</p> : null}
              <ErrorSummary errors={state.errors ?? {}} />
              <form method="post" action={`/beheer/wachtwoord/${token}`} class="stack">
                <CsrfField token={request.csrfToken('password')} />
                <TextField name="password" label="Nieuw wachtwoord" type="password" error={state.errors?.password} required maxLength={200} autocomplete="new-password" />
                <TextField name="password2" label="Herhaal het wachtwoord" type="password" error={state.errors?.password2} required maxLength={200} autocomplete="new-password" />
                <button type="submit">Wachtwoord instellen</button>
              </form>
            </>
          )}
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/wachtwoord/:token', { schema: { params: TokenParams } }, async (request, reply) => {
    const found = await accounts.checkPasswordToken(db, request.params.token);
    if (!found) return passwordPage(request, reply, request.params.token, { invalid: true }, 404);
    return passwordPage(request, reply, request.params.token, { purpose: found.purpose, name: found.user.name });
  });

  r.post(
    '/beheer/wachtwoord/:token',
    { schema: { params: TokenParams, body: PasswordBody }, config: { csrf: { form: 'password' }, rateLimit: RATE_LIMITS.passwordReset } },
    async (request, reply) => {
      const { token } = request.params;
      const found = await accounts.checkPasswordToken(db, token);
      if (!found) return passwordPage(request, reply, token, { invalid: true }, 400);
      const { password, password2 } = request.body;
      const problem = accounts.checkPassword(password);
      const errors: FieldErrors = problem ? { password: problem } : password !== password2 ? { password2: 'De twee wachtwoorden zijn niet gelijk.' } : {};
      if (problem || errors.password2) return passwordPage(request, reply, token, { purpose: found.purpose, name: found.user.name, errors }, 400);
      try {
        await accounts.setPasswordWithToken(db, token, password);
      } catch (err) {
        if (err instanceof AppError && err.code === 'token_invalid') return passwordPage(request, reply, token, { invalid: true }, 400);
        throw err;
      }
      return reply.redirect('/beheer/aanmelden?gelukt=wachtwoord', 303);
    },
  );

  async function usersPage(request: FastifyRequest, reply: FastifyReply, users: accounts.User[], state: { form?: Partial<InviteBody>; errors?: FieldErrors; flash?: string }, status = 200) {
    const organisations = await organisationOptions(db);
    return reply.html(
      () => (
        <AdminLayout title="Gebruikers" {...adminFrame(request, '/beheer/gebruikers')} flash={state.flash}>
          <h1>Gebruikers</h1>
          <DataTable caption="Alle gebruikers" hideCaption columns={['Naam', 'E-mailadres', 'Rol', 'Status']}>
              {users.map((u) => (
                <tr>
                  <td>
                    <a href={`/beheer/gebruikers/${u.id}`}>{u.name}</a>
                  </td>
                  <td>{u.email}</td>
                  <td>{accounts.ROLE_LABELS[u.role]}</td>
                  <td>{u.disabled ? 'Uitgeschakeld' : u.hasPassword ? 'Actief' : 'Uitgenodigd'}</td>
                </tr>
              ))}
            </DataTable>
          <h2>Iemand uitnodigen</h2>
          <p>De persoon krijgt een mail met een link om een wachtwoord te kiezen. De link werkt {accounts.INVITE_DAYS} dagen.</p>
          <ErrorSummary errors={state.errors ?? {}} />
          <form method="post" action="/beheer/gebruikers" class="stack">
            <CsrfField token={request.csrfToken()} />
            <TextField name="name" label="Naam" value={state.form?.name} error={state.errors?.name} required maxLength={200} />
            <TextField name="email" label="E-mailadres" type="email" value={state.form?.email} error={state.errors?.email} required maxLength={254} />
            <Select name="role" label="Rol" value={state.form?.role ?? 'editor'} options={roleOptions} error={state.errors?.role} />
            <OrganisationField options={organisations} value={state.form?.organisationId} error={state.errors?.organisationId} />
            <button type="submit">Uitnodigen</button>
          </form>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/gebruikers', { schema: { querystring: BackQuery }, onRequest: guard('user.manage') }, async (request, reply) =>
    usersPage(request, reply, await accounts.listUsers(db), { flash: FLASH[request.query.gelukt ?? ''] }),
  );

  r.post('/beheer/gebruikers', { schema: { body: InviteBody }, onRequest: guard('user.manage') }, async (request, reply) => {
    const { email, name, role } = request.body;
    try {
      const organisationId = chosenOrganisation(await organisationOptions(db), request.body.organisationId);
      await accounts.createUser(db, env, actor(request), { email, name, role, organisationId });
    } catch (err) {
      const failure = formFailure(err);
      return usersPage(request, reply, await accounts.listUsers(db), { form: request.body, errors: failure.errors }, 400);
    }
    return reply.redirect('/beheer/gebruikers?gelukt=uitgenodigd', 303);
  });

  async function userPage(request: FastifyRequest, reply: FastifyReply, user: accounts.User, state: { errors?: FieldErrors; message?: string; form?: Partial<UserUpdateBody> }, status = 200) {
    const organisations = await organisationOptions(db);
    return reply.html(
      () => (
        <AdminLayout title={user.name} {...adminFrame(request, '/beheer/gebruikers')}>
          <h1>{user.name}</h1>
          <p>
            {user.email} · aangemaakt op {formatDate(user.createdAt)}
          </p>
          <ErrorSummary errors={state.errors ?? {}} message={state.message} />
          <form method="post" action={`/beheer/gebruikers/${user.id}`} class="stack">
            <CsrfField token={request.csrfToken()} />
            <TextField name="name" label="Naam" value={state.form?.name ?? user.name} error={state.errors?.name} required maxLength={200} />
            <Select name="role" label="Rol" value={state.form?.role ?? user.role} options={roleOptions} error={state.errors?.role} />
            <OrganisationField options={organisations} value={state.form ? state.form.organisationId : user.organisationId} error={state.errors?.organisationId} />
            <div class="field">
              <input type="checkbox" id="f-disabled" name="disabled" value="ja" checked={state.form ? state.form.disabled === 'ja' : user.disabled} />
              <label for="f-disabled">Account uitgeschakeld (kan niet meer aanmelden)</label>
            </div>
            <button type="submit">Opslaan</button>
          </form>
          <p>
            <a href="/beheer/gebruikers">Terug naar alle gebruikers</a>
          </p>
        </AdminLayout>
      ),
      { status },
    );
  }

  r.get('/beheer/gebruikers/:id', { schema: { params: UserParams }, onRequest: guard('user.manage') }, async (request, reply) =>
    userPage(request, reply, await accounts.getUser(db, request.params.id), {}),
  );

  r.post('/beheer/gebruikers/:id', { schema: { params: UserParams, body: UserUpdateBody }, onRequest: guard('user.manage') }, async (request, reply) => {
    const { name, role, disabled } = request.body;
    try {
      const organisationId = chosenOrganisation(await organisationOptions(db), request.body.organisationId);
      await accounts.updateUser(db, actor(request), request.params.id, { name, role, disabled: disabled === 'ja', organisationId });
    } catch (err) {
      const failure = formFailure(err);
      return userPage(request, reply, await accounts.getUser(db, request.params.id), { ...failure, form: request.body }, 400);
    }
    return reply.redirect('/beheer/gebruikers?gelukt=opgeslagen', 303);
  });

  r.get('/beheer/audit', { schema: { querystring: AuditQuery }, onRequest: guard('audit.view') }, async (request, reply) => {
    const page = request.query.pagina ?? 1;
    const { entries, total } = await audit.listChanges(db, { page, pageSize: 50 });
    const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 1));
    return reply.html(() => (
      <AdminLayout title="Auditlog" {...adminFrame(request, '/beheer/audit')}>
        <h1>Auditlog</h1>
        <p>Elke wijziging in het beheer: wie, wat, wanneer, en de gegevens ervoor en erna. {total} wijzigingen.</p>
        <DataTable caption="Wijzigingen, nieuwste eerst" hideCaption class="audit-table" columns={['Wanneer', 'Wie', 'Wat', 'Ervoor', 'Erna']}>
            {entries.map((e) => (
              <tr>
                <td>
                  <time dateTime={e.createdAt}>{e.createdAt.replace('T', ' ').slice(0, 19)}</time>
                </td>
                <td>{e.userLabel}</td>
                <td>
                  <code>{e.action}</code> {e.entityType} {e.entityId ?? ''}
                </td>
                <td>
                  <pre>{json(e.before)}</pre>
                </td>
                <td>
                  <pre>{json(e.after)}</pre>
                </td>
              </tr>
            ))}
          </DataTable>
        <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / 50))} hrefFor={(p) => withQuery('/beheer/audit', { pagina: p })} />
      </AdminLayout>
    ));
  });
}
