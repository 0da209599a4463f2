import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { EVENT_STORE, NO_STREAM, exactly, type EventStore } from '@app/event-store';
import { CheckpointService } from '@app/audit';
import { event } from '../../event-store/contract/fixtures';
import { expectProblem, startTestApp, testEngines, type TestApp } from '../../support/test-app';
import { runSource } from '../../support/run-source';
import { tokensByRole } from '../access/access-api';
import { API } from '../structure/structure-api';
import { recordMeetingInWindow } from './meeting-in-window';
import { waitForTree } from './transparency-log-waits';
import { entriesOf, repack } from './zip-entries';

describe.each(testEngines)('the audit package on %s', (engine) => {
  let api: TestApp;
  let dir: string;
  let zip: Buffer;
  let tokens: Awaited<ReturnType<typeof tokensByRole>>;
  const today = new Date().toISOString().slice(0, 10);

  const download = (token: string, query: Record<string, string>) =>
    api.http
      .get(`${API}/audit/package`)
      .query(query)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

  const refused = (token: string, query: Record<string, string>) =>
    api.http.get(`${API}/audit/package`).query(query).set('Authorization', `Bearer ${token}`);

  /** Runs the package's own verify.js with plain node. */
  async function verifyWithNode(bytes: Buffer, ...args: string[]) {
    const file = path.join(dir, `package-${Math.random()}.zip`);
    await fs.writeFile(file, bytes);
    return spawnSync(process.execPath, [path.join(dir, 'verify.js'), file, ...args], {
      encoding: 'utf8',
      cwd: dir,
    });
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'samverkan-package-'));
    api = await startTestApp({ engine });
    tokens = await tokensByRole(api);
    const store = api.app.get<EventStore>(EVENT_STORE);
    for (let i = 0; i < 12; i++) {
      const stream = `group-${i % 3}`;
      await store.append('0192', stream, [event('Noted', { i, text: `händelse ${i}` })], i < 3 ? NO_STREAM : exactly(Math.floor(i / 3) - 1));
      if (i === 4) {
        await waitForTree(api, '0192', 5);
        await api.app.get(CheckpointService).issue('0192');
      }
    } // prettier-ignore
    await store.append('0138', 'other', [event('Noted')], NO_STREAM);
    await waitForTree(api, '0192', 12);
    const response = await download(tokens.auditor, { from: today, to: today }).expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    zip = response.body as Buffer;
    await fs.writeFile(path.join(dir, 'verify.js'), (await entriesOf(zip)).get('verify.js')!);
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('holds the events, their proofs, the checkpoints, the key, a Swedish README and the verifier', async () => {
    const entries = await entriesOf(zip);
    expect([...entries.keys()].sort()).toEqual([
      'README.txt',
      'checkpoints/000000000005.txt',
      'checkpoints/000000000012.txt',
      'consistency.ndjson',
      'events.ndjson',
      'manifest.json',
      'public-key.pem',
      'public-key.txt',
      'verify.js',
    ]);
    expect(entries.get('README.txt')!.toString()).toMatch(/SÅ HÄR VERIFIERAR DU PAKETET/);
    const lines = entries.get('events.ndjson')!.toString().trim().split('\n');
    expect(lines).toHaveLength(12);
    expect(JSON.parse(lines[4])).toMatchObject({ leafIndex: 4, event: { tenant: '0192', stream: 'group-1' } });
    expect(JSON.parse(entries.get('manifest.json')!.toString())).toMatchObject({ events: 12, closingTreeSize: 12, origin: 'samverkan.local/0192' });
  }); // prettier-ignore

  it('verifies offline with plain node, and with the key the auditor kept', async () => {
    const kept = path.join(dir, 'kept-key.txt');
    await fs.writeFile(kept, (await api.http.get(`${API}/audit/public-key`).set('Authorization', `Bearer ${tokens.auditor}`)).body.verifierKey); // prettier-ignore
    const result = await verifyWithNode(zip, '--public-key', kept);
    expect(result.stdout).toContain(
      'OK: 12 events, each included in the signed checkpoint of 12 leaves; 2 checkpoint(s)',
    );
    expect(result.status).toBe(0);
  });

  it("fails naming the event when one byte of an event's content changes", async () => {
    const damaged = Buffer.from(zip);
    const at = damaged.indexOf('händelse 7');
    damaged[at + 'händelse '.length + 1] = '8'.charCodeAt(0);
    const result = await verifyWithNode(damaged);
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(
      /event at leaf 7 \(line 8, stream group-1, revision 2\): its content does not give its hash/,
    );
  });

  it('fails naming the event when one byte of its inclusion proof changes', async () => {
    const damaged = Buffer.from(zip);
    // Canonical JSON sorts keys: a line begins with its audit path and ends with its leaf index.
    const line = damaged.lastIndexOf('\n', damaged.indexOf('"leafIndex":3}'));
    const proof = damaged.indexOf('"auditPath":["', line) + '"auditPath":["'.length;
    damaged[proof] = damaged[proof] === 0x30 ? 0x31 : 0x30;
    const result = await verifyWithNode(damaged);
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/event at leaf 3 .*: the inclusion proof does not verify/);
  });

  it('fails on a checkpoint signed by another key', async () => {
    const other = path.join(dir, 'other-key.txt');
    await fs.writeFile(other, 'samverkan.local+00000000+AQ==');
    const wrongKey = await verifyWithNode(zip, '--public-key', other);
    expect(wrongKey.status).not.toBe(0);
  });

  it('holds no events for a window nothing was recorded in, and still verifies', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const empty = (await download(tokens.auditor, { from: yesterday, to: yesterday }).expect(200)).body as Buffer;
    expect((await entriesOf(empty)).get('events.ndjson')!.length).toBe(0);
    const result = await verifyWithNode(empty);
    expect(result.stdout).toContain('OK: 0 events');
    expect(result.status).toBe(0);
  }); // prettier-ignore

  it('runs the same verifier from the cli', async () => {
    const file = path.join(dir, 'cli.zip');
    await fs.writeFile(file, zip);
    const result = runSource('apps/cli/src/main.ts', ['audit', 'verify-package', file], { DATA_DIR: dir });
    expect(result.stdout).toContain('OK: 12 events');
    expect(result.status).toBe(0);
  }); // prettier-ignore

  describe('with meetings in the window', () => {
    let withMinutes: Buffer;
    let entries: Map<string, Buffer>;
    let meetingId: string;

    beforeAll(async () => {
      meetingId = await recordMeetingInWindow(api);
      const response = await download(tokens.auditor, { from: today, to: today }).expect(200);
      withMinutes = response.body as Buffer;
      entries = await entriesOf(withMinutes);
    }, 120_000); // prettier-ignore

    it('holds the printable minutes of each meeting, listed in the README and the manifest', () => {
      const file = `minutes/${meetingId}.html`;
      const html = entries.get(file)!.toString();
      expect(html).toContain('<title>Styrgruppen, minnesanteckningar 2024-02-07</title>');
      expect(html).toContain('Närvaro i skolan &lt;lägesbild&gt;');
      expect(entries.get('README.txt')!.toString()).toContain(`${file}  Styrgruppen, minnesanteckningar 2024-02-07`);
      const manifest = JSON.parse(entries.get('manifest.json')!.toString());
      expect(manifest.files[file]).toMatch(/^[0-9a-f]{64}$/);
      const last = entries.get('events.ndjson')!.toString().trim().split('\n').map((line) => JSON.parse(line)).filter((line) => line.event.stream === `meeting-${meetingId}`).at(-1); // prettier-ignore
      expect(manifest.minutes).toEqual([{ file, meetingId, stream: `meeting-${meetingId}`, revision: '1', hash: last.hash }]);
    }); // prettier-ignore

    it('verifies offline, and fails naming the minutes when a byte of them changes or they are gone', async () => {
      const ok = await verifyWithNode(withMinutes);
      expect(ok.stdout).toContain('OK: ');
      expect(ok.status).toBe(0);

      const damaged = Buffer.from(withMinutes);
      damaged[damaged.indexOf('Närvaro i skolan &lt;')] = 'M'.charCodeAt(0);
      const changed = await verifyWithNode(damaged);
      expect(changed.status).toBe(3);
      expect(changed.stdout).toContain(`file minutes/${meetingId}.html is damaged`);

      const file = `minutes/${meetingId}.html`;
      const missing = await verifyWithNode(await repack(entries, {}, [file]));
      expect(missing.stdout).toContain(`file ${file} is missing`);
      // Gone from the manifest too: the meeting's events in the package still ask for minutes.
      const manifest = JSON.parse(entries.get('manifest.json')!.toString());
      delete manifest.files[file];
      const rewritten = { 'manifest.json': JSON.stringify({ ...manifest, minutes: [] }) };
      const gone = await verifyWithNode(await repack(entries, rewritten, [file]));
      expect(gone.status).toBe(3);
      expect(gone.stdout).toContain(`meeting stream meeting-${meetingId} has events in the package but no minutes`);
    }); // prettier-ignore
  });

  it('refuses a reversed or malformed window, and callers without the audit permission', async () => {
    expectProblem(await refused(tokens.auditor, { from: today, to: '2000-01-01' }), 422, 'AUDIT.WINDOW_REVERSED');
    expectProblem(await refused(tokens.auditor, { from: 'yesterday', to: today }), 400, 'REQUEST.VALIDATION_FAILED');
    expectProblem(await refused(tokens.secretary, { from: today, to: today }), 403, 'AUTH.FORBIDDEN');
  }); // prettier-ignore
});
