import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  CheckpointScheduler,
  CheckpointService,
  STALE_AFTER_MS,
  VerificationJobs,
  leafHash,
  parseVerifierKey,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@app/audit';
import { EVENT_STORE, NO_STREAM, exactly, type EventStore } from '@app/event-store';
import { event } from '../../event-store/contract/fixtures';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { identityOf, tokensByRole } from '../access/access-api';
import { API, Structure, tokenFor } from '../structure/structure-api';
import { waitForLeaf, waitForTree } from './transparency-log-waits';

const hex = (text: string) => Buffer.from(text, 'hex');

describe.each(testEngines)('the transparency log over HTTP on %s', (engine) => {
  let api: TestApp;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let store: EventStore;
  const ids: string[] = [];
  const hashes = new Map<string, string>();

  const as = (token: string) => ({
    get: (path: string, query: Record<string, string | number> = {}) =>
      api.http.get(`${API}/audit${path}`).query(query).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) =>
      api.http.post(`${API}/audit${path}`).send(body).set('Authorization', `Bearer ${token}`),
  });

  /** Appends `count` events to 0192's stream, and waits until the tree has taken them in. */
  async function record(count: number, tenant = '0192'): Promise<void> {
    for (let i = 0; i < count; i++) {
      const stream = `group-${tenant}`;
      const revision = (await store.readStream(tenant, stream)).length;
      const next = event('Noted', { i });
      await store.append(
        tenant,
        stream,
        [next],
        revision === 0 ? NO_STREAM : exactly(revision - 1),
      );
      if (tenant === '0192') ids.push(next.id);
    }
    const recorded = await store.readStream('0192', 'group-0192');
    for (const e of recorded) hashes.set(e.id, e.metadata.hash);
    await waitForTree(api, '0192', ids.length);
  }

  beforeAll(async () => {
    api = await startTestApp({ engine });
    store = api.app.get<EventStore>(EVENT_STORE);
    tokens = await tokensByRole(api);
    await record(5);
    await record(2, '0138');
  }, 120_000);
  afterAll(() => api.close());

  it('answers the public key as a verifier key an auditor can keep', async () => {
    const response = await as(tokens.auditor).get('/public-key').expect(200);
    expect(response.body).toMatchObject({ algorithm: 'Ed25519', keyName: 'samverkan.local' });
    expect(parseVerifierKey(response.body.verifierKey).name).toBe('samverkan.local');
    expect(response.body.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expectProblem(await as(tokens.dashboard).get('/public-key'), 403, 'AUTH.FORBIDDEN');
  });

  it('issues a checkpoint on demand (admin only), once per tree size', async () => {
    expectProblem(await as(tokens.auditor).get('/checkpoints/latest'), 404, 'AUDIT.NO_CHECKPOINT');
    expectProblem(await as(tokens.auditor).post('/checkpoints'), 403, 'AUTH.FORBIDDEN');
    const issued = await as(tokens.admin).post('/checkpoints').expect(201);
    expect(issued.body).toMatchObject({ issued: true, checkpoint: { treeSize: 5 } });
    const again = await as(tokens.admin).post('/checkpoints').expect(200);
    expect(again.body).toEqual({ ...issued.body, issued: false });
    const latest = await as(tokens.secretary).get('/checkpoints/latest').expect(200);
    expect(latest.body).toEqual(issued.body.checkpoint);
    const key = parseVerifierKey((await as(tokens.auditor).get('/public-key')).body.verifierKey);
    const check = verifyCheckpoint(latest.body.note, key);
    expect(check).toMatchObject({
      ok: true,
      checkpoint: { origin: 'samverkan.local/0192', size: 5 },
    });
    expect(check.ok && check.checkpoint.root.toString('hex')).toBe(latest.body.rootHash);
  });

  it('proves every event included in the latest checkpoint', async () => {
    const { body: checkpoint } = await as(tokens.auditor).get('/checkpoints/latest');
    for (const [index, id] of ids.slice(0, 5).entries()) {
      const { body } = await as(tokens['head-of-administration'])
        .get('/proofs/inclusion', { eventId: id })
        .expect(200);
      const leaf = leafHash(hex(hashes.get(id)!));
      expect(body).toMatchObject({ eventId: id, leafIndex: index, treeSize: 5, leafHash: leaf.toString('hex'), checkpoint }); // prettier-ignore
      const path = (body.auditPath as string[]).map(hex);
      expect(verifyInclusion(index, 5, leaf, path, hex(checkpoint.rootHash))).toBe(true);
    }
  });

  it('proves a later checkpoint consistent with an earlier one, and lists the history', async () => {
    await record(6);
    const { body: second } = await as(tokens.admin).post('/checkpoints').expect(201);
    expect(second.checkpoint.treeSize).toBe(11);
    const { body } = await as(tokens.auditor).get('/proofs/consistency', { from: 5 }).expect(200);
    expect(body).toMatchObject({ from: 5, to: 11, toCheckpoint: second.checkpoint, fromCheckpoint: { treeSize: 5 } }); // prettier-ignore
    const first = body.fromCheckpoint;
    const proof = (body.proof as string[]).map(hex);
    expect(verifyConsistency(5, 11, hex(first.rootHash), hex(second.checkpoint.rootHash), proof)).toBe(true); // prettier-ignore
    const inclusion = await as(tokens.auditor).get('/proofs/inclusion', {
      eventId: ids[2],
      treeSize: 5,
    });
    expect(inclusion.body).toMatchObject({ treeSize: 5, checkpoint: first });

    // Paged as every list: follow `next` (also the Link header) until it is null.
    const page = await as(tokens.auditor).get('/checkpoints', { limit: 1 }).expect(200);
    expect(page.body).toEqual({ checkpoints: [second.checkpoint], next: expect.stringMatching(/^\/api\/v1\/audit\/checkpoints\?.*cursor=/) }); // prettier-ignore
    expect(page.headers.link).toBe(`<${page.body.next}>; rel="next"`);
    const rest = await api.http.get(page.body.next).set('Authorization', `Bearer ${tokens.auditor}`).expect(200); // prettier-ignore
    expect(rest.body).toEqual({ checkpoints: [first], next: null });
    const whole = await as(tokens.auditor).get('/checkpoints').expect(200);
    expect(whole.body).toEqual({ checkpoints: [second.checkpoint, first], next: null });
  });

  it('refuses what it cannot prove with a clear problem', async () => {
    const auditor = as(tokens.auditor);
    expectProblem(await auditor.get('/proofs/inclusion', { eventId: 'nope' }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await auditor.get('/proofs/inclusion', { eventId: '00000000-0000-4000-8000-000000000000' }), 404, 'AUDIT.EVENT_NOT_FOUND');
    expectProblem(await auditor.get('/proofs/inclusion', { eventId: ids[0], treeSize: 7 }), 404, 'AUDIT.CHECKPOINT_NOT_FOUND');
    expectProblem(await auditor.get('/proofs/consistency', { from: 12 }), 422, 'AUDIT.SIZES_OUT_OF_ORDER');
    expectProblem(await auditor.get('/proofs/consistency', { from: 1, to: 500 }), 404, 'AUDIT.TREE_SIZE_UNKNOWN');
    expectProblem(await auditor.get('/checkpoints', { limit: 0 }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await auditor.get('/checkpoints', { limit: 501 }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await auditor.get('/checkpoints', { before: 11 }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await auditor.get('/checkpoints', { cursor: Buffer.from('eleven').toString('base64url') }), 400, 'PAGE.CURSOR_INVALID');
    await record(1);
    expectProblem(await auditor.get('/proofs/inclusion', { eventId: ids[ids.length - 1] }), 409, 'AUDIT.NOT_YET_CHECKPOINTED');
    // Another municipality's reader proves nothing of Nynäshamn's.
    const tyreso = await tokenFor(api, identityOf('auditor', 'SOC', '0138'));
    expectProblem(await as(tyreso).get('/proofs/inclusion', { eventId: ids[0] }), 404, 'AUDIT.EVENT_NOT_FOUND');
  }); // prettier-ignore

  it('issues checkpoints on schedule: after M minutes with anything new', async () => {
    const scheduler = api.app.get(CheckpointScheduler);
    expect(await scheduler.tick()).toEqual([]);
    const later = Date.now() + 61 * 60_000;
    expect((await scheduler.tick(later)).sort()).toEqual(['0138', '0192']);
    expect(await scheduler.tick(later)).toEqual([]);
  });

  it('verifies the log as a background job, with the checkpoint the auditor kept', async () => {
    const auditor = as(tokens.auditor);
    const { body: kept } = await auditor.get('/checkpoints/latest');
    const started = await auditor.post('/verifications', { checkpoint: kept.note }).expect(202);
    expect(started.body).toMatchObject({ id: expect.any(String), state: 'running' });
    const done = await untilFinished(started.body.id);
    expect(done).toMatchObject({ state: 'passed', result: { ok: true, events: 12, breaks: [] } });
    expect(done.progress).toMatchObject({ eventsRead: 12, eventsExpected: 12 });

    const forged = kept.note.replace(/\n\d+\n/, '\n99\n');
    const failed = await auditor.post('/verifications', { checkpoint: forged }).expect(202);
    expect(await untilFinished(failed.body.id)).toMatchObject({
      state: 'failed',
      result: { ok: false, breaks: [expect.objectContaining({ problem: 'kept-checkpoint' })] },
    });
    expectProblem(await as(tokens.secretary).post('/verifications'), 403, 'AUTH.FORBIDDEN');
    expectProblem(await auditor.get('/verifications/not-a-uuid'), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(
      await auditor.get(`/verifications/${ids[0]}`),
      404,
      'AUDIT.VERIFICATION_NOT_FOUND',
    );
  });

  it('answers a job whose process died as interrupted, not running forever', async () => {
    const db = api.app.get(CheckpointService).db;
    const row = (id: string) => ({
      id,
      tenant: '0192',
      requested_by: 'auditor',
      state: 'running',
      progress: JSON.stringify({ eventsRead: 3, eventsExpected: 12 }),
      result: null,
      kept_checkpoint: null,
    });
    const [dead, alive] = [randomUUID(), randomUUID()];
    await db.insertInto('audit_verifications').values([row(dead), row(alive)]).execute();
    // The dead one's process last beat longer ago than STALE_AFTER_MS; the other's just now.
    await sql`update audit_verifications set heartbeat_at = now() - ${`${STALE_AFTER_MS + 1000} milliseconds`}::interval where id = ${dead}`.execute(db);
    const auditor = as(tokens.auditor);
    expect((await auditor.get(`/verifications/${dead}`).expect(200)).body).toMatchObject({
      state: 'interrupted',
      finishedAt: expect.any(String),
      progress: { eventsRead: 3 },
      result: { error: expect.stringMatching(/process .* stopped/) },
    });
    expect((await auditor.get(`/verifications/${alive}`).expect(200)).body.state).toBe('running');
    await sql`update audit_verifications set heartbeat_at = now() - interval '1 day' where id = ${alive}`.execute(db);
    await api.app.get(VerificationJobs).onApplicationBootstrap();
    const swept = await db.selectFrom('audit_verifications').select('state').where('id', '=', alive).executeTakeFirstOrThrow();
    expect(swept.state).toBe('interrupted');
  }); // prettier-ignore

  it("erasing a person's personal data through HTTP leaves every proof and checkpoint valid", async () => {
    const structure = new Structure(api);
    const person = await structure.person(await structure.organisation('NAF'), 'Petra Kålbäck');
    const [registered] = await store.readStream('0192', `person-${person}`);
    await waitForLeaf(api, '0192', registered.id);
    const admin = as(tokens.admin);
    const before = (await admin.post('/checkpoints').expect(201)).body.checkpoint;
    const proven = async (treeSize: number, root: string) => {
      const { body } = await as(tokens.auditor).get('/proofs/inclusion', { eventId: registered.id, treeSize }).expect(200);
      const [stored] = await store.readStream('0192', `person-${person}`);
      return verifyInclusion(body.leafIndex, treeSize, leafHash(hex(stored.metadata.hash)), (body.auditPath as string[]).map(hex), hex(root));
    }; // prettier-ignore
    expect(await proven(before.treeSize, before.rootHash)).toBe(true);

    const erased = await api.http.post(`${API}/people/${person}/erase`).set('Authorization', `Bearer ${tokens.admin}`).send({ reason: 'Begäran om radering' }); // prettier-ignore
    expect(erased.status).toBe(200);
    expect((await api.http.get(`${API}/people/${person}`).query({ consistentWith: erased.body.position })).body).toMatchObject({ name: '[name erased]' }); // prettier-ignore
    const [, erasure] = await store.readStream('0192', `person-${person}`);
    await waitForLeaf(api, '0192', erasure.id);
    const after = (await admin.post('/checkpoints').expect(201)).body.checkpoint;

    // The event registered before still gives its hash, its leaf and both roots.
    expect(await proven(before.treeSize, before.rootHash)).toBe(true);
    expect(await proven(after.treeSize, after.rootHash)).toBe(true);
    const { body } = await as(tokens.auditor)
      .get('/proofs/consistency', { from: before.treeSize })
      .expect(200);
    expect(verifyConsistency(before.treeSize, after.treeSize, hex(before.rootHash), hex(after.rootHash), (body.proof as string[]).map(hex))).toBe(true); // prettier-ignore
    const started = await as(tokens.auditor)
      .post('/verifications', { checkpoint: before.note })
      .expect(202);
    expect(await untilFinished(started.body.id)).toMatchObject({ state: 'passed', result: { ok: true, breaks: [] } }); // prettier-ignore
  });

  async function untilFinished(id: string) {
    for (let tries = 0; tries < 200; tries++) {
      const { body } = await as(tokens.auditor).get(`/verifications/${id}`).expect(200);
      if (body.state !== 'running') return body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the verification did not finish');
  }
});
