/**
 * /api/v1 reads of the directory, the activities calendar and the municipalities, with the same
 * filters as /ondersteuning and /activiteiten, through the features' services only.
 * Directory and municipality answers go through the page cache (dropped on every change); the
 * calendar's answers depend on the clock ("upcoming"), so, like /activiteiten, they are rendered
 * each time and get an ETag of their own bytes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import { AppError, ValidationError } from '../errors.js';
import { readErrors } from '../api/api.schemas.js';
import { sendWithEtag } from '../web/page-cache.js';
import * as directory from '../directory/directory.service.js';
import * as events from '../events/events.service.js';
import * as places from '../places/places.service.js';
import { KIND_INFO } from '../events/events.model.js';
import {
  ApiActivity,
  ApiActivityList,
  ApiActivityListQuery,
  ApiMunicipality,
  ApiMunicipalityList,
  ApiOrganisation,
  ApiOrganisationList,
  ApiPageQuery,
  ApiService,
  ApiServiceList,
  ApiServiceListQuery,
  ApiSlugParams,
} from './channels.schemas.js';

export interface ChannelsApiOptions {
  db: Db;
  baseUrl: string;
  now?: () => Date;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const DEFAULT_PAGE_SIZE = 20;

/** The services speak the pages' Dutch field names; the API's parameters are English. */
const API_FIELD: Record<string, string> = { soort: 'kind', doelgroep: 'audience', postcode: 'postcode', afstand: 'distance', van: 'from', tot: 'to', gemeente: 'municipality' };

async function withApiFields<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.status === 400 && error.fields) {
      throw new AppError(error.code, 400, error.message, Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [API_FIELD[k] ?? k, v])));
    }
    throw error;
  }
}

function paginate<T>(all: T[], page = 1, pageSize = DEFAULT_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  return { total: all.length, page, pageSize, pageCount, slice: all.slice((page - 1) * pageSize, page * pageSize) };
}

/** JSON rendered on every request (it depends on the clock), with an ETag of its bytes and a 304. */
function sendFresh(request: FastifyRequest, reply: FastifyReply, value: unknown): FastifyReply {
  return sendWithEtag(request, reply, JSON_TYPE, JSON.stringify(value));
}

export async function registerChannelsApi(app: FastifyInstance, options: ChannelsApiOptions): Promise<void> {
  const { db, baseUrl } = options;
  const now = options.now ?? (() => new Date());
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const json = (value: unknown) => JSON.stringify(value);

  const ref = (t: { slug: string; name: string }) => ({ slug: t.slug, name: t.name });
  const location = (l: directory.Location) => ({
    name: l.name,
    type: l.locationType,
    address: l.address ? { street: [l.address.address1, l.address.address2].filter(Boolean).join(', '), postalCode: l.address.postalCode, city: l.address.city } : null,
    municipality: l.municipality ? ref(l.municipality) : null,
    latitude: l.latitude,
    longitude: l.longitude,
  });
  const serviceCard = (s: directory.ServiceCard) => ({
    slug: s.slug,
    name: s.name,
    url: `${baseUrl}/ondersteuning/${s.slug}`,
    description: s.description,
    status: s.status,
    organisation: { slug: s.organization.slug, name: s.organization.name, url: `${baseUrl}/organisatie/${s.organization.slug}` },
    kinds: s.kinds.map(ref),
    audiences: s.audiences.map(ref),
    fees: s.feesDescription,
    lastVerifiedOn: s.lastVerifiedOn,
    updatedAt: s.updatedAt,
  });
  const match = (m: directory.ServiceMatch) => ({ ...serviceCard(m.service), distanceKm: m.nearest ? Math.round(m.nearest.distanceKm * 10) / 10 : null });
  const organisationCard = (o: directory.OrganizationCard) => ({ slug: o.slug, name: o.name, url: `${baseUrl}/organisatie/${o.slug}`, description: o.description, kind: o.kind, updatedAt: o.updatedAt });
  const municipalityCard = (m: places.Municipality, premium: directory.CarerPremium | null | undefined) => ({
    slug: m.slug,
    name: m.name,
    nameFr: m.nameFr,
    nisCode: m.nisCode,
    province: m.province,
    region: m.region,
    url: `${baseUrl}/gemeente/${m.slug}`,
    carerPremium: premium?.status ?? ('unknown' as const),
  });
  const activityBase = (a: events.Activity) => ({
    slug: a.slug,
    url: `${baseUrl}/activiteiten/${a.slug}`,
    kind: KIND_INFO[a.kind].slug,
    organiser: a.organiser,
    place: a.place ? { venue: a.place.venue, address: a.place.address, postcode: a.place.postcode, municipality: a.place.municipality, latitude: a.place.lat, longitude: a.place.lon } : null,
    online: a.onlineUrl !== null,
    allDay: a.allDay,
    price: a.priceCents === null ? a.priceNote : a.priceCents === 0 ? 'gratis' : `€ ${(a.priceCents / 100).toFixed(2)}`,
    audiences: a.audiences,
  });

  // ---- organisations ----
  r.get(
    '/api/v1/organisations',
    { schema: { summary: 'Organisations that support carers, by name', tags: ['directory'], querystring: ApiPageQuery, response: { 200: ApiOrganisationList, ...readErrors } } },
    async (request, reply) =>
      reply.sendCachedText(JSON_TYPE, async () => {
        const all = (await directory.listOrganizationCards(db)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
        const p = paginate(all, request.query.page, request.query.pageSize);
        return json({ total: p.total, page: p.page, pageSize: p.pageSize, pageCount: p.pageCount, organisations: p.slice.map(organisationCard) });
      }),
  );

  r.get(
    '/api/v1/organisations/:slug',
    { schema: { summary: 'One organisation with its services', tags: ['directory'], params: ApiSlugParams, response: { 200: ApiOrganisation, ...readErrors } } },
    async (request, reply) =>
      reply.sendCachedText(JSON_TYPE, async () => {
        const o = await directory.getOrganization(db, request.params.slug);
        return json({
          ...organisationCard(o),
          website: o.website,
          email: o.email,
          phones: o.phones.map((p) => p.number),
          locations: o.locations.map(location),
          services: o.services.map((s) => ({ slug: s.slug, name: s.name, url: `${baseUrl}/ondersteuning/${s.slug}` })),
        });
      }),
  );

  // ---- services ----
  r.get(
    '/api/v1/services',
    {
      schema: {
        summary: 'Support services; with postcode or municipality: those serving it, nearest first (as /ondersteuning)',
        tags: ['directory'],
        querystring: ApiServiceListQuery,
        response: { 200: ApiServiceList, ...readErrors },
      },
    },
    async (request, reply) =>
      reply.sendCachedText(JSON_TYPE, () =>
        withApiFields(async () => {
          const q = request.query;
          const filter = { kind: q.kind, audience: q.audience };
          let municipality: places.Municipality | null = null;
          let matches: directory.ServiceMatch[];
          if (q.municipality || q.postcode?.trim()) {
            const answer = await directory.findSupport(db, { municipality: q.municipality, place: q.postcode, ...filter });
            if (answer.kind === 'unknown') {
              throw new ValidationError('We kennen deze plaats niet.', q.municipality ? { municipality: 'Deze gemeente kennen we niet.' } : { postcode: 'We kennen deze postcode of gemeente niet.' });
            }
            if (answer.kind === 'outside') throw new ValidationError('Deze postcode ligt buiten Vlaanderen en Brussel.', { postcode: `Postcode ${answer.postcode} ligt in Wallonië.` });
            if (answer.kind === 'choose') {
              throw new ValidationError('Deze postcode hoort bij meer dan één gemeente.', {
                postcode: `Kies een gemeente met municipality=: ${answer.municipalities.map((m) => m.slug).join(', ')}.`,
              });
            }
            if (answer.kind !== 'results') throw new ValidationError('Geef een postcode of gemeente.', { postcode: 'Geef een postcode of gemeente.' });
            municipality = answer.municipality;
            matches = answer.matches;
          } else {
            // No place: every active service, by name, with the same kind and audience filters.
            const { kinds, audiences } = await directory.listTerms(db);
            const fields: Record<string, string> = {};
            if (q.kind && !kinds.some((k) => k.slug === q.kind)) fields.kind = 'Deze soort hulp kennen we niet.';
            if (q.audience && !audiences.some((a) => a.slug === q.audience)) fields.audience = 'Deze doelgroep kennen we niet.';
            if (Object.keys(fields).length) throw new ValidationError('Een filter klopt niet.', fields);
            const { services } = await directory.loadWholeDirectory(db);
            matches = services
              .filter((s) => s.status === 'active' && (!q.kind || s.kinds.some((k) => k.slug === q.kind)) && (!q.audience || s.audiences.some((a) => a.slug === q.audience)))
              .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
              .map((service) => ({ service, nearest: null }));
          }
          const p = paginate(matches, q.page, q.pageSize);
          return json({ total: p.total, page: p.page, pageSize: p.pageSize, pageCount: p.pageCount, municipality: municipality ? ref(municipality) : null, services: p.slice.map(match) });
        }),
      ),
  );

  r.get(
    '/api/v1/services/:slug',
    { schema: { summary: 'One service in full', tags: ['directory'], params: ApiSlugParams, response: { 200: ApiService, ...readErrors } } },
    async (request, reply) =>
      reply.sendCachedText(JSON_TYPE, async () => {
        const s = await directory.getService(db, request.params.slug);
        return json({
          ...serviceCard(s),
          website: s.url,
          email: s.email,
          applicationProcess: s.applicationProcess,
          eligibility: s.eligibilityDescription,
          areas: s.areas.map((a) => a.label),
          phones: s.phones.map((p) => p.number),
          locations: s.locations.map((l) => location(l.location)),
        });
      }),
  );

  // ---- municipalities ----
  r.get(
    '/api/v1/municipalities',
    { schema: { summary: 'Municipalities of Flanders and Brussels, by name', tags: ['municipalities'], querystring: ApiPageQuery, response: { 200: ApiMunicipalityList, ...readErrors } } },
    async (request, reply) =>
      reply.sendCachedText(JSON_TYPE, async () => {
        const [all, premiums] = await Promise.all([places.listMunicipalities(db), directory.listCarerPremiums(db)]);
        const byNis = new Map(premiums.map((p) => [p.nisCode, p]));
        const sorted = [...all].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
        const p = paginate(sorted, request.query.page, request.query.pageSize);
        return json({ total: p.total, page: p.page, pageSize: p.pageSize, pageCount: p.pageCount, municipalities: p.slice.map((m) => municipalityCard(m, byNis.get(m.nisCode))) });
      }),
  );

  r.get(
    '/api/v1/municipalities/:slug',
    { schema: { summary: 'One municipality: its carer premium where known and the services serving it, nearest first', tags: ['municipalities'], params: ApiSlugParams, response: { 200: ApiMunicipality, ...readErrors } } },
    async (request, reply) =>
      reply.sendCachedText(JSON_TYPE, async () => {
        const m = await places.getMunicipality(db, request.params.slug);
        const [premium, matches] = await Promise.all([directory.getCarerPremium(db, m.nisCode), directory.listServicesServing(db, m)]);
        return json({
          ...municipalityCard(m, premium),
          latitude: m.lat,
          longitude: m.lon,
          premium: premium
            ? { status: premium.status, name: premium.name, amount: premium.amount, conditions: premium.conditions, howToApply: premium.howToApply, validFrom: premium.validFrom, sourceUrl: premium.sourceUrl, checkedOn: premium.checkedOn }
            : null,
          services: matches.map(match),
        });
      }),
  );

  // ---- activities (depend on the clock: no page cache) ----
  r.get(
    '/api/v1/activities',
    { schema: { summary: 'Upcoming occurrences of activities, earliest first (as /activiteiten)', tags: ['activities'], querystring: ApiActivityListQuery, response: { 200: ApiActivityList, ...readErrors } } },
    async (request, reply) => {
      const q = request.query;
      const { filter } = await withApiFields(() =>
        events.resolveActivityQuery(db, { soort: q.kind, postcode: q.postcode?.trim() || undefined, afstand: q.distance, doelgroep: q.audience, van: q.from, tot: q.to }, now()),
      );
      const pageSize = q.pageSize ?? DEFAULT_PAGE_SIZE;
      const list = await events.listOccurrences(db, filter, { page: q.page ?? 1, pageSize });
      return sendFresh(request, reply, {
        total: list.total,
        page: list.page,
        pageSize,
        pageCount: list.pageCount,
        activities: list.items.map((o) => ({ ...activityBase(o.activity), title: o.title, start: o.start, end: o.end, distanceKm: o.distanceKm === undefined ? null : Math.round(o.distanceKm * 10) / 10 })),
      });
    },
  );

  r.get(
    '/api/v1/activities/:slug',
    { schema: { summary: 'One activity with its next occurrences', tags: ['activities'], params: ApiSlugParams, response: { 200: ApiActivity, ...readErrors } } },
    async (request, reply) => {
      const a = await events.getActivity(db, request.params.slug);
      return sendFresh(request, reply, {
        ...activityBase(a),
        title: a.title,
        summary: a.summary,
        description: a.description,
        ical: `${baseUrl}/activiteiten/${a.slug}.ics`,
        registrationUrl: a.registrationUrl,
        accessibility: a.accessibility,
        recurrence: a.rrule,
        upcoming: events.nextOccurrences(a, now(), 10).map((o) => ({ title: o.title, start: o.start, end: o.end })),
      });
    },
  );
}
