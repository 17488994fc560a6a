/**
 * /privacy in plain Dutch (B1): what the site keeps, why, how long, your rights and whom to ask.
 * Written in code, not as editable content, because it describes what this software does: the
 * numbers come from the configuration.
 */
import type { FastifyInstance } from 'fastify';
import { Layout } from '../web/layout.js';
import { PENDING_DAYS } from '../newsletter/newsletter.service.js';

export interface PrivacyPageOptions {
  baseUrl: string;
  contact: string;
  sessionHours: number;
  /** days after a contribution was handled before its submitter's contact details are erased */
  contributionRetentionDays: number;
}

export async function registerPrivacyPages(app: FastifyInstance, options: PrivacyPageOptions): Promise<void> {
  const { baseUrl, contact, sessionHours, contributionRetentionDays } = options;
  app.get('/privacy', async (_request, reply) =>
    reply.html(() => (
      <Layout title="Privacy" path="/privacy" baseUrl={baseUrl} breadcrumbs={[{ label: 'Start', href: '/' }]} description="Welke gegevens we bewaren, waarom, hoe lang, en wat je rechten zijn.">
        <h1>Privacy</h1>
        <p class="lead">Deze site volgt je niet. We bewaren alleen wat nodig is, en niet langer dan nodig.</p>

        <h2>Als je de site bekijkt</h2>
        <ul>
          <li>
            We zetten <strong>geen cookies</strong> als je de site bekijkt, zoekt of een formulier invult.
          </li>
          <li>We gebruiken geen tracking, geen advertenties en geen knoppen of lettertypes van andere bedrijven.</li>
          <li>
            Zoekvragen houden we bij om de zoekfunctie te verbeteren. Daarbij bewaren we geen IP-adres en niets anders dat naar jou leidt.
          </li>
          <li>
            Onze server schrijft bij elke vraag van je browser een regel in het <strong>serverlog</strong>: het tijdstip, de pagina en hoe lang het antwoord duurde.
            Je IP-adres en je persoonlijke links (zoals die naar je nieuwsbrief) staan daar niet in. We gebruiken het log alleen om fouten op te sporen.
          </li>
          <li>
            Om misbruik te stoppen, tellen we hoe vaak een IP-adres een formulier verstuurt. Die telling verdwijnt na enkele minuten.
          </li>
        </ul>

        <h2>Als je je inschrijft op de nieuwsbrief</h2>
        <ul>
          <li>
            <strong>Wat:</strong> je e-mailadres, wat je wilt lezen (doelgroepen, thema's, provincie of gemeente), wanneer je je inschreef en bevestigde, en welke
            nieuwsbrieven we je stuurden.
          </li>
          <li>
            <strong>Waarom:</strong> om je de nieuwsbrief te sturen. Dat doen we alleen als je het zelf vraagt en bevestigt via de link in je mail.
          </li>
          <li>
            <strong>Hoe lang:</strong> tot je je uitschrijft. Bevestig je je inschrijving niet, dan wissen we je adres na {PENDING_DAYS} dagen. Schrijf je je uit,
            dan wissen we je adres en je keuzes meteen.
          </li>
          <li>
            In elke nieuwsbrief staat een link naar je eigen pagina. Daar kies je wat je wilt lezen, en daar schrijf je je uit. Onze mails bevatten geen
            tracking: we zien niet of je ze opent.
          </li>
        </ul>

        <h2>Als je iets instuurt via Doe je mee?</h2>
        <ul>
          <li>
            <strong>Wat:</strong> wat je in het formulier invult. Je naam en e-mailadres alleen als je ze zelf opgeeft.
          </li>
          <li>
            <strong>Waarom:</strong> om je inzending te bekijken, om je een vraag te stellen als iets niet duidelijk is, en om je te laten weten wat we ermee deden.
          </li>
          <li>
            <strong>Hoe lang:</strong> je naam, je e-mailadres en het internetadres van waar je het stuurde wissen we automatisch {contributionRetentionDays} dagen nadat we je inzending hebben afgehandeld. Wat we publiceren, staat op de
            site zonder je naam, tenzij je daar zelf om vraagt.
          </li>
        </ul>

        <h2>Als je de site mee beheert</h2>
        <p>Redacteurs, beheerders en partnerorganisaties hebben een account.</p>
        <ul>
          <li>
            <strong>Wat:</strong> je naam, je e-mailadres, je rol en je wachtwoord. Je wachtwoord bewaren we alleen versleuteld: niemand kan het lezen. We houden
            ook bij wie wat veranderde op de site, en wanneer.
          </li>
          <li>
            <strong>Waarom:</strong> om je te laten inloggen, en om te weten wie welke wijziging deed.
          </li>
          <li>
            <strong>Hoe lang:</strong> zolang je account bestaat. Als je inlogt, krijg je één cookie. Die onthoudt dat je ingelogd bent en verdwijnt na{' '}
            {sessionHours} uur of als je afmeldt. Wordt je account gewist, dan blijven de wijzigingen bestaan, maar staat er niet meer bij dat jij ze deed.
          </li>
        </ul>

        <h2>We geven je gegevens aan niemand</h2>
        <p>We verkopen je gegevens niet en geven ze niet door aan andere organisaties.</p>

        <h2>Je rechten</h2>
        <p>Je mag altijd:</p>
        <ul>
          <li>vragen welke gegevens we over jou hebben; je krijgt ze dan in een bestand;</li>
          <li>vragen om ze te verbeteren;</li>
          <li>vragen om ze te wissen;</li>
          <li>je toestemming intrekken, bijvoorbeeld door je uit te schrijven van de nieuwsbrief.</li>
        </ul>
        <p>
          Stuur je vraag naar <a href={`mailto:${contact}`}>{contact}</a>. We antwoorden binnen een maand. Ben je niet tevreden over ons antwoord? Dan kun je
          klacht indienen bij de <a href="https://www.gegevensbeschermingsautoriteit.be">Gegevensbeschermingsautoriteit</a>.
        </p>

        <h2>Dit is een demosite</h2>
        <p>
          Deze site is een demonstratie van de open-source software expertisepunt. Wie de software zelf gebruikt, is zelf verantwoordelijk voor de privacy op de
          eigen site.
        </p>
      </Layout>
    )),
  );
}
