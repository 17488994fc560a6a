/**
 * The HSDS 3.0 API (read only) under /api/hsds: '/', /services, /services/{id}, /organizations,
 * /organizations/{id}, paginated as the specification's openapi.json describes
 * (total_items, total_pages, page_number, size, first_page, last_page, empty, contents).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../db/database.js';
import * as directory from './directory.service.js';
import { HSDS_OPENAPI_URL, HSDS_PROFILE, HSDS_VERSION, toHsdsOrganization, toHsdsOrganizationBasic, toHsdsService, toHsdsServiceBasic } from './directory.hsds.js';
import { HsdsBase, HsdsDetailQuery, HsdsIdParams, HsdsListQuery, HsdsOne, HsdsPage } from './directory.schemas.js';

export const HSDS_DEFAULT_PER_PAGE = 20;

type HsdsObject = { id: string } & Record<string, unknown>;

export interface DirectoryApiOptions {
  db: Db;
  baseUrl: string;
}

function page<T>(p: directory.Paged<unknown>, contents: T[]) {
  return {
    total_items: p.total,
    total_pages: p.pageCount,
    page_number: p.page,
    size: contents.length,
    first_page: p.page === 1,
    last_page: p.page >= p.pageCount,
    empty: contents.length === 0,
    contents: contents as unknown as HsdsObject[],
  };
}

export async function registerDirectoryApi(app: FastifyInstance, options: DirectoryApiOptions): Promise<void> {
  const { db, baseUrl } = options;
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = () => directory.hsdsContext(baseUrl);

  r.get('/api/hsds', { schema: { summary: 'HSDS version and profile of this API', tags: ['directory'], response: { 200: HsdsBase } } }, async () => ({ version: HSDS_VERSION, profile: HSDS_PROFILE, openapi_url: HSDS_OPENAPI_URL }));

  r.get('/api/hsds/services', { schema: { summary: 'Services (HSDS 3.0), paginated', tags: ['directory'], querystring: HsdsListQuery, response: { 200: HsdsPage } } }, async (request) => {
    const q = request.query;
    const p = await directory.pageServices(db, { page: q.page ?? 1, perPage: q.per_page ?? HSDS_DEFAULT_PER_PAGE, organizationId: q.organization_id, search: q.search });
    const orgs = new Map((await directory.loadOrganizations(db, [...new Set(p.items.map((s) => s.organization.id))])).map((o) => [o.id, o]));
    const c = ctx();
    return page(p, p.items.map((s) => (q.full ? toHsdsService(s, c, orgs.get(s.organization.id)) : toHsdsServiceBasic(s, c, orgs.get(s.organization.id)))));
  });

  r.get('/api/hsds/services/:id', { schema: { summary: 'One service, fully nested (HSDS 3.0)', tags: ['directory'], params: HsdsIdParams, response: { 200: HsdsOne } } }, async (request) => {
    const service = await directory.getServiceById(db, request.params.id);
    const org = await directory.getOrganizationById(db, service.organization.id);
    return toHsdsService(service, ctx(), org) as HsdsObject;
  });

  r.get('/api/hsds/organizations', { schema: { summary: 'Organisations (HSDS 3.0), paginated', tags: ['directory'], querystring: HsdsListQuery, response: { 200: HsdsPage } } }, async (request) => {
    const q = request.query;
    const p = await directory.pageOrganizations(db, { page: q.page ?? 1, perPage: q.per_page ?? HSDS_DEFAULT_PER_PAGE, search: q.search });
    const c = ctx();
    return page(p, p.items.map((o) => (q.full ? toHsdsOrganization(o, c) : toHsdsOrganizationBasic(o, c))));
  });

  r.get('/api/hsds/organizations/:id', { schema: { summary: 'One organisation with its services (HSDS 3.0)', tags: ['directory'], params: HsdsIdParams, querystring: HsdsDetailQuery, response: { 200: HsdsOne } } }, async (request) => {
    const org = await directory.getOrganizationById(db, request.params.id);
    const c = ctx();
    // The organisation's services, fully nested when full_service=true, else their one-to-one fields.
    const services = await directory.loadServices(db, org.services.map((s) => s.id));
    const json = toHsdsOrganization(org, c, request.query.full_service ? services : undefined);
    if (!request.query.full_service && services.length) json.services = services.map((s) => toHsdsServiceBasic(s, c));
    return json as HsdsObject;
  });
}
