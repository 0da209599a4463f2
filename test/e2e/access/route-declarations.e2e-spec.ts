import { startTestApp, type TestApp } from '../../support/test-app';
import { expressRoutes, routeTable } from '../../support/route-table';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** The Swagger UI and its document: static pages, public by design. */
const DOCS = /^(GET|HEAD) \/api\/docs/;

describe('every route declares who may call it', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('finds every route Express serves in the route table', () => {
    const table = new Set(routeTable(api.app).map((route) => `${route.method} ${route.path}`));
    const served = expressRoutes(api.app as NestExpressApplication).filter((r) => !DOCS.test(r));
    expect(served.filter((route) => !table.has(route))).toEqual([]);
    expect(table.size).toBeGreaterThan(40);
  });

  it('has a permission, or is marked public, on every route (a new endpoint cannot ship open)', () => {
    const undeclared = routeTable(api.app)
      .filter((route) => !route.declared && !route.isPublic)
      .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('keeps public to the health probes', () => {
    const open = routeTable(api.app).filter((route) => route.isPublic);
    expect(open.map((route) => route.path)).toEqual(['/health/live', '/health/ready']);
  });
});
