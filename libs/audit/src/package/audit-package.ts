import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { ZipFile } from 'yazl';
import { canonicalLink, linkOf, type EventStore, type RecordedEvent } from '@app/event-store';
import { canonicalJson } from '@app/kernel';
import { meetingOfStream } from '@app/meetings';
import type { CheckpointService } from '../checkpoints/checkpoint.service';
import { listCheckpoints, type StoredCheckpoint } from '../checkpoints/checkpoint.store';
import { inclusionRanges } from '../merkle/merkle';
import { leavesRecordedIn } from '../log/leaf-window';
import { consistencyProof, rangeHashes } from '../log/proofs';
import { OFFLINE_VERIFIER } from './offline-verifier.script';
import { packageReadme } from './package-readme';

export interface PackageWindow {
  tenant: string;
  /** Record time, inclusive dates (UTC). */
  from: string;
  to: string;
}

/** A meeting's minutes printed as recorded by `knownAt`; undefined when there was no meeting. */
export type PrintMinutes = (
  meetingId: string,
  knownAt: string,
) => Promise<{ title: string; html: string } | undefined>;

/** The minutes of one meeting in the package, and the event they were printed as of. */
export interface PackagedMinutes {
  file: string;
  title: string;
  meetingId: string;
  stream: string;
  revision: string;
  hash: string;
}

const PAGE = 1000;

/**
 * Streams an audit package (ZIP) of the events recorded in the window into `output`: the events
 * with their hashes and an inclusion proof each against the closing checkpoint (issued now if
 * the latest does not cover the log), the window's checkpoints with consistency proofs between
 * them, the public key, the printable minutes of every meeting with events in the window (as
 * recorded by its last event there), a Swedish README and the offline verifier. Memory stays
 * flat: events are read, proven and written a page at a time; minutes one meeting at a time.
 */
export async function writeAuditPackage(
  store: EventStore,
  checkpoints: CheckpointService,
  printMinutes: PrintMinutes,
  window: PackageWindow,
  output: Writable,
): Promise<void> {
  const { tenant } = window;
  const closing = (await checkpoints.issue(tenant)).checkpoint;
  const log = await checkpoints.log();
  const kept = await windowCheckpoints(checkpoints, window, closing);
  const origin = checkpoints.originOf(tenant);
  const key = checkpoints.publicKey();

  const zip = new ZipFile();
  const digests: Record<string, string> = {};
  const add = (name: string, text: string, options?: { compress: boolean }) => {
    digests[name] = sha256(text);
    zip.addBuffer(Buffer.from(text, 'utf8'), name, options);
  };
  add('verify.js', OFFLINE_VERIFIER.trimStart());
  add('public-key.txt', `${key.verifierKey}\n`);
  add('public-key.pem', key.publicKeyPem);
  for (const checkpoint of kept) {
    add(`checkpoints/${String(checkpoint.treeSize).padStart(12, '0')}.txt`, checkpoint.note);
  }
  const consistency: string[] = [];
  for (let i = 1; i < kept.length; i++) {
    const [from, to] = [kept[i - 1].treeSize, kept[i].treeSize];
    const proof = await consistencyProof(log, tenant, from, to);
    consistency.push(canonicalJson({ from, to, proof: proof.map((h) => h.toString('hex')) })!);
  }
  add('consistency.ndjson', consistency.map((line) => `${line}\n`).join(''));

  const eventsDigest = createHash('sha256');
  let events = 0;
  // Each meeting's last event in the window: its minutes are printed as of that event.
  const meetings = new Map<string, RecordedEvent>();
  const lines = Readable.from(
    eventLines(store, log, window, closing.treeSize, (line, event) => {
      eventsDigest.update(line);
      events++;
      const meetingId = meetingOfStream(event.stream);
      if (meetingId !== undefined) meetings.set(meetingId, event);
    }),
  );
  // Stored, not deflated: a damaged byte spoils its own line, not the rest of the file.
  zip.addReadStream(lines, 'events.ndjson', { compress: false });

  // What follows the events is known only once they are read; the ZIP waits for it.
  const finish = async () => {
    digests['events.ndjson'] = eventsDigest.digest('hex');
    const minutes: PackagedMinutes[] = [];
    for (const [meetingId, last] of meetings) {
      const printout = await printMinutes(meetingId, last.metadata.recordedAt);
      if (!printout) continue;
      const file = `minutes/${meetingId}.html`;
      add(file, printout.html, { compress: false }); // as the events
      const { stream, revision, metadata } = last;
      minutes.push({
        file,
        title: printout.title,
        meetingId,
        stream,
        revision: String(revision),
        hash: metadata.hash,
      });
    }
    const readme = { ...window, origin, closingTreeSize: closing.treeSize, minutes };
    add('README.txt', packageReadme(readme));
    const manifest = {
      format: 'samverkan-audit-package/1',
      tenant,
      origin,
      from: window.from,
      to: window.to,
      events,
      closingTreeSize: closing.treeSize,
      files: digests,
      minutes: minutes.map(({ title: _title, ...entry }) => entry),
    };
    zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), 'manifest.json');
    zip.end();
  };
  const fail = (error: unknown) => (zip.outputStream as Readable).destroy(error as Error);
  lines.on('end', () => finish().catch(fail));
  lines.on('error', fail);
  zip.outputStream.pipe(output);
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.on('end', resolve);
    zip.outputStream.on('error', reject);
  });
}

/** The checkpoint before the window (if any), those issued in it, and the closing one. */
async function windowCheckpoints(
  checkpoints: CheckpointService,
  window: PackageWindow,
  closing: StoredCheckpoint,
): Promise<StoredCheckpoint[]> {
  const { from, to } = bounds(window);
  const db = checkpoints.db;
  const [opening] = await listCheckpoints(db, window.tenant, { to: from, limit: 1 });
  const within = await listCheckpoints(db, window.tenant, { from, to, limit: 10_000 });
  const all = new Map<number, StoredCheckpoint>();
  for (const checkpoint of [opening, ...within, closing]) {
    if (checkpoint && checkpoint.treeSize <= closing.treeSize)
      all.set(checkpoint.treeSize, checkpoint);
  }
  return [...all.values()].sort((a, b) => a.treeSize - b.treeSize);
}

function bounds(window: PackageWindow) {
  const to = new Date(`${window.to}T00:00:00.000Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: `${window.from}T00:00:00.000Z`, to: to.toISOString() };
}

/**
 * One canonical line per event of the window: leaf index, hash, envelope, audit path. Reads
 * only the span of the log the window's leaves lie in (found on the tree's record-time index),
 * so a small window of a big log costs its own events, not the log before it.
 */
async function* eventLines(
  store: EventStore,
  log: Awaited<ReturnType<CheckpointService['log']>>,
  window: PackageWindow,
  treeSize: number,
  onLine: (line: string, event: RecordedEvent) => void,
): AsyncGenerator<string> {
  const { from, to } = bounds(window);
  const span = await leavesRecordedIn(log, window.tenant, [from, to], treeSize);
  if (!span) return;
  let leafIndex = span.first;
  for (let position = span.after; ;) {
    const page = await store.readAll(position, PAGE);
    const chosen: { event: RecordedEvent; leaf: number }[] = [];
    for (const event of page) {
      position = event.position;
      if (event.metadata.tenant !== window.tenant) continue;
      const leaf = leafIndex++;
      if (leaf === span.first && event.id !== span.firstEventId) {
        throw new Error(
          `The transparency log has event ${span.firstEventId} at leaf ${leaf}; the store delivers ${event.id} there`,
        );
      }
      if (leaf > span.last) break;
      const at = event.metadata.recordedAt;
      if (at >= from && at < to) chosen.push({ event, leaf });
    }
    const paths = await auditPaths(
      log,
      window.tenant,
      chosen.map((c) => c.leaf),
      treeSize,
    );
    const text = chosen
      .map(({ event, leaf }, i) => {
        const line = `${canonicalJson({
          leafIndex: leaf,
          hash: event.metadata.hash,
          event: JSON.parse(canonicalLink(linkOf(event))) as unknown,
          auditPath: paths[i].map((hash) => hash.toString('hex')),
        })}\n`;
        onLine(line, event);
        return line;
      })
      .join('');
    if (text) yield text;
    if (page.length < PAGE || leafIndex > span.last) return;
  }
}

/** Every leaf's audit path, reading the nodes of the whole page in one query. */
async function auditPaths(
  log: Awaited<ReturnType<CheckpointService['log']>>,
  tenant: string,
  leaves: readonly number[],
  treeSize: number,
): Promise<Buffer[][]> {
  const ranges = leaves.map((leaf) => inclusionRanges(leaf, treeSize));
  const hashes = await rangeHashes(log, tenant, ranges.flat());
  let at = 0;
  return ranges.map((path) => hashes.slice(at, (at += path.length)));
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
