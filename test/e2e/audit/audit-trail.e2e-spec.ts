import * as path from 'node:path';
import { loadOrCreateDevKeys, signDevToken } from '@app/platform';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { recordNynashamn, type Nynashamn } from '../structure/nynashamn-scenario';
import { reader } from '../structure/queries-http';

describe.each(testEngines)('the audit trail on %s', (engine) => {
  let api: TestApp;
  let n: Nynashamn;
  let position: string;
  let lateGroup: string;
  const get = (query: Record<string, string> = {}) =>
    reader(api, () => position)('/audit/events', query);

  beforeAll(async () => {
    api = await startTestApp({ engine });
    n = await recordNynashamn(api);
    // A fact recorded years after the day it holds from, by a coordinator of SOF.
    const keys = await loadOrCreateDevKeys(path.join(api.config.dataDir, 'keys'));
    const token = await signDevToken(keys, {
      actor: { id: 'samordnare-1', name: 'Eva Ek', role: 'coordinator', organisation: 'SOF' },
      municipality: '0192',
    });
    const formed = await api.http
      .post('/api/v1/groups')
      .set('Authorization', `Bearer ${token}`)
      .send({
        modelId: n.newModel,
        kind: 'working',
        name: 'Föräldrastöd',
        parentId: n.strategic,
        records: 'notes',
        formedOn: '2025-03-01',
        reason: 'Import av gamla minnesanteckningar',
        onBehalfOf: n.sof,
      });
    expect(formed.body).toMatchObject({ id: expect.any(String) });
    lateGroup = formed.body.id;
    position = formed.body.position;
  }, 180_000);
  afterAll(() => api.close());

  it('lists every event oldest first with who, when, on whose behalf, why and a link', async () => {
    const response = await get({ limit: '3' });
    expect(response.status).toBe(200);
    expect(response.body.events).toHaveLength(3);
    const [first] = response.body.events;
    expect(first).toMatchObject({
      type: 'OrganisationRegistered',
      entity: {
        kind: 'organisation',
        id: n.municipality,
        href: `/api/v1/organisations/${n.municipality}`,
        historyHref: `/api/v1/organisations/${n.municipality}/history`,
      },
      revision: 0,
      validFrom: expect.any(String),
      recordedAt: expect.any(String),
      actor: { id: 'local-developer', role: 'admin', organisation: 'DEV' },
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(first.actor)).not.toContain('Local developer');
    const positions = response.body.events.map((event: any) => BigInt(event.position));
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
    expect(response.body.next).toMatch(/^\/api\/v1\/audit\/events\?.*cursor=/);
    expect(response.headers.link).toBe(`<${response.body.next}>; rel="next"`);
  });

  it('walks the whole trail page by page, newest first as well, without gaps or repeats', async () => {
    const walk = async (order: string) => {
      const seen: string[] = [];
      let next: string | null = `/api/v1/audit/events?limit=7&order=${order}`;
      while (next) {
        const page: any = await api.http.get(next);
        expect(page.status).toBe(200);
        seen.push(...page.body.events.map((event: any) => event.eventId));
        next = page.body.next;
      }
      return seen;
    };
    const oldest = await walk('oldest');
    const newest = await walk('newest');
    expect(new Set(oldest).size).toBe(oldest.length);
    expect(newest).toEqual([...oldest].reverse());
    const all = await get({ limit: '500' });
    expect(all.body.events.map((event: any) => event.eventId)).toEqual(oldest);
    expect(all.body.next).toBeNull();
  });

  it('filters by actor, entity, kind, type and organisation concerned', async () => {
    const byActor = await get({ actorId: 'samordnare-1' });
    // Forming a group writes to its own stream and to its model's, in one command.
    expect(byActor.body.events.map((event: any) => event.type)).toEqual([
      'GroupAttached',
      'GroupFormed',
    ]);
    expect(byActor.body.events[1]).toMatchObject({
      actor: { id: 'samordnare-1', role: 'coordinator', organisation: 'SOF' },
      reason: 'Import av gamla minnesanteckningar',
      entity: { kind: 'group', id: lateGroup, href: `/api/v1/groups/${lateGroup}` },
    });

    const forSof = await get({ onBehalfOf: n.sof, limit: '500' });
    expect(forSof.body.events.map((event: any) => [event.type, event.entity.id])).toEqual([
      ['GroupAttached', n.newModel],
      ['GroupFormed', lateGroup],
    ]);
    expect(forSof.body.events[1]).toMatchObject({ onBehalfOf: n.sof });
    const forOther = await get({ onBehalfOf: n.municipality, limit: '500' });
    expect(forOther.body.events).toEqual([]);

    const byEntity = await get({ entityId: n.steering });
    expect(byEntity.body.events.length).toBeGreaterThan(1);
    expect(byEntity.body.events.every((event: any) => event.entity.id === n.steering)).toBe(true);

    const people = await get({ entityKind: 'person', limit: '500' });
    expect(people.body.events.length).toBeGreaterThan(3);
    expect(people.body.events.every((event: any) => event.type === 'PersonRegistered')).toBe(true);

    const types = await get({ type: 'GroupDissolved,ModelReplaced', limit: '500' });
    expect(types.body.events.length).toBeGreaterThan(0);
    expect(
      types.body.events.every((event: any) =>
        ['GroupDissolved', 'ModelReplaced'].includes(event.type),
      ),
    ).toBe(true);

    const sof = await get({ organisationId: n.sof, limit: '500' });
    const sofTypes = new Set(sof.body.events.map((event: any) => event.type));
    expect(sofTypes).toContain('OrganisationRegistered'); // SOF itself
    expect(sofTypes).toContain('MemberAdded'); // seats held for SOF
    for (const event of sof.body.events) {
      expect(event.entity.id === n.sof || JSON.stringify(event.data).includes(n.sof)).toBe(true);
    }
  });

  it('finds what was recorded late, and filters by valid and record time', async () => {
    const late = await get({ recordedLateByMoreThan: '180', limit: '500' });
    expect(late.body.events.map((event: any) => event.entity.id)).toContain(lateGroup);
    for (const event of late.body.events) expect(event.recordedLateByDays).toBeGreaterThan(180);

    const in2023 = await get({ validFrom: '2023-01-01', validTo: '2023-12-31', limit: '500' });
    expect(in2023.body.events.length).toBeGreaterThan(0);
    for (const event of in2023.body.events) expect(event.validFrom.slice(0, 4)).toBe('2023');

    const future = await get({ recordedFrom: '2999-01-01T00:00:00Z' });
    expect(future.body).toEqual({ events: [], next: null });
    const past = await get({ recordedTo: '2000-01-01T00:00:00Z' });
    expect(past.body.events).toEqual([]);

    // A window ending before it starts is a mistake, as on /audit/changes, not an empty answer.
    const reversed: Record<string, string>[] = [
      { validFrom: '2024-01-01', validTo: '2023-12-31' },
      { recordedFrom: '2025-01-01T00:00:00Z', recordedTo: '2025-01-01T01:00:00+02:00' },
    ];
    for (const window of reversed) {
      expectProblem(await get(window), 400, 'REQUEST.VALIDATION_FAILED');
    }
  });

  it('refuses malformed filters, limits and cursors with 400', async () => {
    expectProblem(await get({ limit: '0' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get({ limit: '501' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get({ order: 'sideways' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get({ recordedFrom: '2024-01-01' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get({ recordedLateByMoreThan: '-1' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get({ unknown: 'x' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await get({ cursor: 'bm90LWEtcG9zaXRpb24' }), 400, 'PAGE.CURSOR_INVALID');
    // Past what a bigint holds: the database's out-of-range error was a 500.
    const huge = Buffer.from('9999999999999999999').toString('base64url');
    expectProblem(await get({ cursor: huge }), 400, 'PAGE.CURSOR_INVALID');
    expectProblem(
      await get({ recordedLateByMoreThan: '99999999999999999999' }),
      400,
      'REQUEST.VALIDATION_FAILED',
    );
  });

  it('shows another municipality nothing', async () => {
    const keys = await loadOrCreateDevKeys(path.join(api.config.dataDir, 'keys'));
    const token = await signDevToken(keys, {
      actor: { id: 'revisor-tyreso', name: 'R', role: 'auditor', organisation: 'REV' },
      municipality: '0138',
    });
    const other = await reader(api, () => position, token)('/audit/events');
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ events: [], next: null });
  });
});
