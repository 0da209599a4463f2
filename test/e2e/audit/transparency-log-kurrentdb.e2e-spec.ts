import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { leafHash, verifyInclusion } from '@app/audit';
import {
  EVENT_STORE,
  KurrentDbEventStore,
  NO_STREAM,
  RAW_EVENT_STORE,
  type EventStore,
} from '@app/event-store';
import { event } from '../../event-store/contract/fixtures';
import {
  startKurrentDbDouble,
  type KurrentDbDouble,
} from '../../event-store/kurrentdb-double/kurrentdb-double';
import { startTestApp, type TestApp } from '../../support/test-app';
import { tokensByRole } from '../access/access-api';
import { API } from '../structure/structure-api';
import { recordMeetingInWindow } from './meeting-in-window';
import { entriesOf } from './zip-entries';

const hex = (text: string) => Buffer.from(text, 'hex');

/** The tree, its proofs and the audit package with the events in KurrentDB (the gRPC double). */
describe('the transparency log and the audit package on KurrentDB', () => {
  let double: KurrentDbDouble;
  let api: TestApp;
  let dir: string;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  let meetingId: string;
  const get = (token: string, url: string, query: Record<string, string | number> = {}) =>
    api.http.get(`${API}/audit${url}`).query(query).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    double = await startKurrentDbDouble();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-kurrent-audit-'));
    const eventStore = { kind: 'kurrentdb' as const, url: double.connectionString };
    api = await startTestApp({ config: { eventStore } });
    // The application reads through the upcasters; the store beneath them is KurrentDB's.
    expect(api.app.get(RAW_EVENT_STORE)).toBeInstanceOf(KurrentDbEventStore);
    tokens = await tokensByRole(api);
    const store = api.app.get<EventStore>(EVENT_STORE);
    await store.append('0138', 'other', [event('Noted')], NO_STREAM);
    meetingId = await recordMeetingInWindow(api);
  }, 180_000);
  afterAll(async () => {
    await api.close();
    await double.stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('proves a meeting event included in a signed checkpoint', async () => {
    const issued = await api.http.post(`${API}/audit/checkpoints`).set('Authorization', `Bearer ${tokens.admin}`).expect(201); // prettier-ignore
    const checkpoint = issued.body.checkpoint;
    const [scheduled] = await api.app.get<EventStore>(EVENT_STORE).readStream('0192', `meeting-${meetingId}`); // prettier-ignore
    const { body } = await get(tokens.auditor, '/proofs/inclusion', { eventId: scheduled.id }).expect(200); // prettier-ignore
    expect(body.treeSize).toBe(checkpoint.treeSize);
    const path = (body.auditPath as string[]).map(hex);
    const leaf = leafHash(hex(scheduled.metadata.hash));
    expect(verifyInclusion(body.leafIndex, body.treeSize, leaf, path, hex(checkpoint.rootHash))).toBe(true); // prettier-ignore
  });

  it('packages the window with its minutes, and the package verifies offline', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const response = await get(tokens.auditor, '/package', { from: today, to: today })
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const entries = await entriesOf(response.body as Buffer);
    expect(entries.get(`minutes/${meetingId}.html`)!.toString()).toContain('Närvaro i skolan');
    const lines = entries.get('events.ndjson')!.toString().trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).event.tenant)).not.toContain('0138');
    await fs.writeFile(path.join(dir, 'verify.js'), entries.get('verify.js')!);
    await fs.writeFile(path.join(dir, 'package.zip'), response.body as Buffer);
    const run = spawnSync(process.execPath, ['verify.js', 'package.zip'], { cwd: dir, encoding: 'utf8' }); // prettier-ignore
    expect(run.stdout).toContain(`OK: ${lines.length} events`);
    expect(run.status).toBe(0);
  });
});
