/**
 * The offline verifier put in every audit package as verify.js, and run by
 * `npm run cli -- audit verify-package`: one plain-Node script (no dependencies, no database,
 * no server), kept as its source text so that what the cli runs is what the package holds.
 * Tested by test/audit/audit-package.spec.ts, which runs it with node on real packages.
 */
export const OFFLINE_VERIFIER = String.raw`
'use strict';
// Samverkan: verifierar ett revisionspaket utan databas, server eller beroenden.
// Körs med: node verify.js PAKET.zip [--public-key NYCKELFIL]
// Verifies an audit package offline: every event's hash, its inclusion in the closing signed
// checkpoint (RFC 9162), the checkpoints' Ed25519 signatures (C2SP signed note) and the
// consistency between them. Exit code 0: everything holds; 3: something is broken (named).
const fs = require('node:fs');
const zlib = require('node:zlib');
const crypto = require('node:crypto');

const problems = [];
const broken = (text) => problems.push(text);

function main(argv) {
  const args = argv.slice(2);
  const keyAt = args.indexOf('--public-key');
  const keyFile = keyAt >= 0 ? args[keyAt + 1] : undefined;
  const file = args.filter((a, i) => keyAt < 0 || (i !== keyAt && i !== keyAt + 1))[0];
  if (!file || (keyAt >= 0 && !keyFile)) {
    console.error('usage: node verify.js PACKAGE.zip [--public-key FILE]');
    return 2;
  }
  const files = readZip(fs.readFileSync(file));
  const text = (name) => {
    if (!files.has(name)) throw new Error('the package holds no ' + name);
    return files.get(name).toString('utf8');
  };
  const manifest = JSON.parse(text('manifest.json'));
  const keyText = keyFile ? fs.readFileSync(keyFile, 'utf8') : text('public-key.txt');
  if (!keyFile) console.log('NOTE: using the public key inside the package; pass --public-key with the key you kept.');
  const key = parseVerifierKey(keyText);

  const listed = manifest.files || {};
  for (const [name, digest] of Object.entries(listed)) {
    if (!files.has(name)) broken('file ' + name + ' is missing');
    else if (sha256(files.get(name)).toString('hex') !== digest) broken('file ' + name + ' does not match its digest in manifest.json');
  }
  for (const name of files.keys()) {
    if (name !== 'manifest.json' && !(name in listed)) broken('file ' + name + ' is not listed in manifest.json');
  }

  const checkpoints = [];
  for (const name of [...files.keys()].filter((n) => n.startsWith('checkpoints/')).sort()) {
    const checked = verifyNote(text(name), key);
    if (!checked.ok) { broken('checkpoint ' + name + ': ' + checked.problem); continue; }
    if (checked.checkpoint.origin !== manifest.origin) { broken('checkpoint ' + name + ' is of ' + checked.checkpoint.origin + ', not ' + manifest.origin); continue; }
    checkpoints.push(checked.checkpoint);
  }
  checkpoints.sort((a, b) => a.size - b.size);
  const closing = checkpoints.find((c) => c.size === manifest.closingTreeSize);
  if (!closing) { broken('no valid closing checkpoint of size ' + manifest.closingTreeSize); return report(0); }

  for (const line of text('consistency.ndjson').split('\n').filter(Boolean)) {
    let c;
    try { c = JSON.parse(line); } catch (e) { broken('consistency.ndjson: a line is not JSON'); continue; }
    const first = checkpoints.find((k) => k.size === c.from);
    const second = checkpoints.find((k) => k.size === c.to);
    if (!first || !second) { broken('consistency proof ' + c.from + '→' + c.to + ': no valid checkpoint of that size'); continue; }
    if (!verifyConsistency(c.from, c.to, first.root, second.root, (c.proof || []).map(hex))) broken('consistency proof ' + c.from + '→' + c.to + ' does not verify');
  }

  const heads = new Map();
  const recorded = new Map();
  let events = 0;
  text('events.ndjson').split('\n').forEach((line, at) => {
    if (!line) return;
    events++;
    let entry;
    try { entry = JSON.parse(line); } catch (e) { broken('events.ndjson line ' + (at + 1) + ' is not JSON'); return; }
    const e = entry.event || {};
    const where = 'event at leaf ' + entry.leafIndex + ' (line ' + (at + 1) + ', stream ' + e.stream + ', revision ' + e.revision + ')';
    const hash = sha256(Buffer.from(canonical(e), 'utf8')).toString('hex');
    if (hash !== entry.hash) { broken(where + ': its content does not give its hash'); return; }
    const path = Array.isArray(entry.auditPath) ? entry.auditPath.map(hex) : [];
    if (!verifyInclusion(entry.leafIndex, closing.size, leafHash(hex(hash)), path, closing.root)) broken(where + ': the inclusion proof does not verify against the closing checkpoint');
    const head = heads.get(e.stream);
    if (head && BigInt(head.revision) + 1n === BigInt(e.revision) && head.hash !== e.prevHash) broken(where + ': its previous hash is not the hash of revision ' + head.revision);
    heads.set(e.stream, { revision: e.revision, hash });
    recorded.set(e.stream + '@' + e.revision, hash);
  });
  if (events !== manifest.events) broken('events.ndjson holds ' + events + ' events; the manifest says ' + manifest.events);
  checkMinutes(manifest, listed, heads, recorded);
  return report(events, checkpoints.length, closing);
}

// The minutes are a printout, not a proof: each must name the event it shows (one of the
// package's, by its hash) and every meeting with events in the package must have one.
function checkMinutes(manifest, listed, heads, recorded) {
  const printed = new Set();
  for (const m of Array.isArray(manifest.minutes) ? manifest.minutes : []) {
    printed.add(m.stream);
    if (!(m.file in listed)) broken('minutes ' + m.file + ' have no digest in manifest.json');
    const hash = recorded.get(m.stream + '@' + m.revision);
    if (hash === undefined) broken('minutes ' + m.file + ' show ' + m.stream + ' at revision ' + m.revision + ', an event the package does not hold');
    else if (hash !== m.hash) broken('minutes ' + m.file + ' show ' + m.stream + ' at revision ' + m.revision + ' with another hash than the event in events.ndjson');
  }
  for (const stream of heads.keys()) {
    if (stream.startsWith('meeting-') && !printed.has(stream)) broken('meeting stream ' + stream + ' has events in the package but no minutes');
  }
}

function report(events, checkpoints, closing) {
  if (problems.length === 0) {
    console.log('OK: ' + events + ' events, each included in the signed checkpoint of ' + closing.size + ' leaves; ' + checkpoints + ' checkpoint(s) signed and consistent.');
    return 0;
  }
  console.log('BROKEN: ' + problems.length + ' problem(s):');
  for (const p of problems) console.log('  ' + p);
  return 3;
}

// RFC 8785 (JCS) for what the events hold: strings, finite numbers, booleans, null, arrays, objects.
function canonical(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
  return '{' + Object.keys(value).sort().filter((k) => value[k] !== undefined).map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
}

const sha256 = (...parts) => { const h = crypto.createHash('sha256'); for (const p of parts) h.update(p); return h.digest(); };
const hex = (s) => Buffer.from(String(s), 'hex');
const leafHash = (entry) => sha256(Buffer.from([0]), entry);
const nodeHash = (l, r) => sha256(Buffer.from([1]), l, r);
const odd = (n) => n % 2 === 1;
const half = (n) => Math.floor(n / 2);
const isHash = (h) => h.length === 32;

// RFC 9162 §2.1.3.2
function verifyInclusion(index, size, leaf, path, root) {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index, sn = size - 1, r = leaf;
  for (const p of path) {
    if (sn === 0 || !isHash(p)) return false;
    if (odd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!odd(fn) && fn !== 0) { fn = half(fn); sn = half(sn); }
    } else r = nodeHash(r, p);
    fn = half(fn); sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

// RFC 9162 §2.1.4.2
function verifyConsistency(first, second, firstRoot, secondRoot, proof) {
  if (!(first >= 0 && first <= second) || !proof.every(isHash)) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPow2(first) ? [firstRoot, ...proof] : proof;
  let fn = first - 1, sn = second - 1;
  while (odd(fn)) { fn = half(fn); sn = half(sn); }
  let fr = path[0], sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (odd(fn) || fn === sn) {
      fr = nodeHash(c, fr); sr = nodeHash(c, sr);
      while (!odd(fn) && fn !== 0) { fn = half(fn); sn = half(sn); }
    } else sr = nodeHash(sr, c);
    fn = half(fn); sn = half(sn);
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}
function isPow2(n) { let k = 1; while (k < n) k *= 2; return k === n; }

// C2SP signed note with an Ed25519 key: name+keyid+base64(0x01 || key)
function parseVerifierKey(text) {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/]+=*)$/.exec(text.trim());
  if (!m) throw new Error('not a verifier key');
  const key = Buffer.from(m[3], 'base64');
  if (key.length !== 33 || key[0] !== 1) throw new Error('not an Ed25519 verifier key');
  const id = sha256(Buffer.from(m[1] + '\n'), key).subarray(0, 4);
  if (id.toString('hex') !== m[2]) throw new Error('the verifier key id does not match its key');
  const publicKey = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.subarray(1).toString('base64url') }, format: 'jwk' });
  return { name: m[1], id, publicKey };
}

function verifyNote(note, key) {
  const split = note.indexOf('\n\n');
  if (split < 0 || !note.endsWith('\n')) return { ok: false, problem: 'not a signed note' };
  const body = note.slice(0, split + 1);
  let verified = false;
  for (const line of note.slice(split + 2, -1).split('\n')) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/]+=*)$/.exec(line);
    if (!m) return { ok: false, problem: 'malformed signature line' };
    const bytes = Buffer.from(m[2], 'base64');
    if (m[1] !== key.name || !bytes.subarray(0, 4).equals(key.id)) continue;
    if (!crypto.verify(null, Buffer.from(body, 'utf8'), key.publicKey, bytes.subarray(4))) return { ok: false, problem: 'the signature does not verify' };
    verified = true;
  }
  if (!verified) return { ok: false, problem: 'no signature by ' + key.name };
  const [origin, size, root] = body.split('\n');
  const hash = Buffer.from(root || '', 'base64');
  if (!origin || !/^(0|[1-9]\d{0,15})$/.test(size || '') || hash.length !== 32) return { ok: false, problem: 'not a checkpoint' };
  return { ok: true, checkpoint: { origin, size: Number(size), root: hash } };
}

// ZIP (PKWARE APPNOTE): the central directory names each entry; stored or deflated.
function readZip(zip) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a ZIP file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('the ZIP directory is damaged');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    let data;
    try {
      const raw = zip.subarray(start, start + compressed);
      data = method === 0 ? raw : zlib.inflateRawSync(raw);
    } catch (e) { broken('file ' + name + ' is damaged: ' + e.message); continue; }
    if (name.endsWith('/')) continue;
    if (crc32(data) !== crc) broken('file ' + name + ' is damaged (its checksum does not match)');
    files.set(name, data);
  }
  return files;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
function crc32(data) { let c = 0xffffffff; for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }

try {
  process.exitCode = main(process.argv);
} catch (error) {
  console.error('Error: ' + error.message);
  process.exitCode = 1;
}
`;
