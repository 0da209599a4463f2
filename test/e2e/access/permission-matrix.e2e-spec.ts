import { ROLES, permissionsOf, type Role } from '@app/kernel';
import { expectProblem, startTestApp, type TestApp } from '../../support/test-app';
import { routeTable, type Route } from '../../support/route-table';
import { API, headOf } from '../structure/structure-api';
import { call, personalDataRows, tokensByRole } from './access-api';

/**
 * Every route of the app × every role: what the guard enforces is what GET /me lists, and both
 * are the matrix of DOMAIN.md (see libs/kernel's permissions spec). Routes come from the app's
 * own table, so a route added later is checked here without anyone listing it.
 */
describe('who may do what, on every route', () => {
  let api: TestApp;
  let tokens: Record<Role, string>;
  let routes: Route[];
  beforeAll(async () => {
    api = await startTestApp();
    tokens = await tokensByRole(api);
    routes = routeTable(api.app).filter((route) => !route.isPublic);
  });
  afterAll(() => api.close());

  it.each(ROLES)('lets the role %s through exactly where GET /me says it may go', async (role) => {
    const me = await api.http.get(`${API}/me`).set('Authorization', `Bearer ${tokens[role]}`);
    expect(me.status).toBe(200);
    expect(me.body.permissions).toEqual(permissionsOf(role));
    const listed = new Set(
      (me.body.permissions as { permission: string }[]).map((p) => p.permission),
    );

    const before = { events: await headOf(api), names: await personalDataRows(api) };
    const wrong: string[] = [];
    for (const route of routes) {
      const response = await call(api, route, tokens[role]);
      const permission = route.declared!.permission;
      const forbidden = response.status === 403 && response.body.code === 'AUTH.FORBIDDEN';
      if (listed.has(permission) === forbidden) {
        wrong.push(`${route.method} ${route.path} (${permission}): ${response.status}`);
      } else if (forbidden) {
        expect(response.body).toMatchObject({ permission, role });
        expect(response.body.detail).toContain(permission);
      }
    }
    expect(wrong).toEqual([]);
    // Nothing a refused (or invalid) request sent was recorded.
    expect({ events: await headOf(api), names: await personalDataRows(api) }).toEqual(before);
  });

  it('refuses a well-formed command to a role without the permission, and records nothing', async () => {
    const organisation = {
      kind: 'administration',
      name: 'Socialförvaltningen',
      shortName: 'SOF',
      establishedOn: '2019-01-01',
    };
    const before = await headOf(api);
    const auditor = await api.http
      .post(`${API}/organisations`)
      .set('Authorization', `Bearer ${tokens.auditor}`)
      .send(organisation);
    expect(expectProblem(auditor, 403, 'AUTH.FORBIDDEN').permission).toBe('structure.write');
    expect(await headOf(api)).toBe(before);

    const sof = await api.http
      .post(`${API}/organisations`)
      .set('Authorization', `Bearer ${tokens.coordinator}`)
      .send(organisation);
    expect(sof.status).toBe(201);
    const names = await personalDataRows(api);
    const head = await headOf(api);
    const person = { name: 'Mikael Landberg', organisationId: sof.body.id, on: '2021-01-01' };
    for (const role of ['secretary', 'dashboard', 'auditor', 'head-of-administration'] as const) {
      const refused = await api.http
        .post(`${API}/people`)
        .set('Authorization', `Bearer ${tokens[role]}`)
        .send(person);
      expectProblem(refused, 403, 'AUTH.FORBIDDEN');
    }
    expect({ head: await headOf(api), names: await personalDataRows(api) }).toEqual({
      head,
      names,
    });
  });
});
