/** Dutch error pages. A 5xx never shows what went wrong inside: that goes to the log. */
import { Layout } from './layout.js';

export function NotFoundPage({ baseUrl, path }: { baseUrl: string; path: string }) {
  return (
    <Layout title="Pagina niet gevonden" path={path} baseUrl={baseUrl} noindex>
      <h1>Deze pagina vinden we niet</h1>
      <p>Misschien is de pagina verhuisd of bestaat ze niet meer. Probeer het zo:</p>
      <ul>
        <li>
          Ga naar de <a href="/">startpagina</a>.
        </li>
        <li>
          Bekijk <a href="/kennis">alle info</a> of de <a href="/thema">thema's</a>.
        </li>
      </ul>
      <form role="search" aria-label="Zoeken vanaf de foutpagina" action="/zoeken" method="get" class="search-form">
        <label for="q404">Zoek wat je nodig hebt</label>
        <input id="q404" name="q" type="search" maxLength={200} />
        <button type="submit">Zoeken</button>
      </form>
    </Layout>
  );
}

export function BadRequestPage({ baseUrl, path, message }: { baseUrl: string; path: string; message: string }) {
  return (
    <Layout title="Dat begrijpen we niet" path={path} baseUrl={baseUrl} noindex>
      <h1>Dat begrijpen we niet</h1>
      <p>{message}</p>
      <p>
        Ga terug en probeer het opnieuw, of begin bij de <a href="/">startpagina</a>.
      </p>
    </Layout>
  );
}

export function ServerErrorPage({ baseUrl, path, status }: { baseUrl: string; path: string; status: number }) {
  return (
    <Layout title="Er ging iets mis" path={path} baseUrl={baseUrl} noindex>
      <h1>Er ging iets mis</h1>
      <p>Dat is onze fout, niet de jouwe. Probeer het over enkele minuten opnieuw.</p>
      <p>
        Blijft het misgaan? Ga naar de <a href="/">startpagina</a>. (Foutcode {status})
      </p>
    </Layout>
  );
}

export function TooManyRequestsPage({ baseUrl, path }: { baseUrl: string; path: string }) {
  return (
    <Layout title="Even geduld" path={path} baseUrl={baseUrl} noindex>
      <h1>Even geduld</h1>
      <p>We kregen te veel vragen na elkaar. Wacht een minuut en probeer het dan opnieuw.</p>
    </Layout>
  );
}

export function ForbiddenPage({ baseUrl, path, message }: { baseUrl: string; path: string; message: string }) {
  return (
    <Layout title="Geen toegang" path={path} baseUrl={baseUrl} noindex>
      <h1>Geen toegang</h1>
      <p>{message}</p>
      <p>
        Ga terug naar het <a href="/beheer">beheer</a> of de <a href="/">startpagina</a>.
      </p>
    </Layout>
  );
}
