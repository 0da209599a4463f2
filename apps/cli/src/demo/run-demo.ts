import { loadConfig, loadOrCreateDevKeys, signDevToken } from '@app/platform';
import { createApp } from '../../../api/src/app.factory';
import { runningServer } from '../running-server';
import { recordNynashamnMinutes } from './nynashamn-minutes.demo';
import { recordNynashamn, type CommandAnswer, type SendCommand } from './nynashamn.demo';

const DEMO_IDENTITY = {
  actor: {
    id: 'samverkan-demo',
    name: 'Samverkan demo data',
    role: 'admin' as const,
    organisation: 'KS',
  },
  municipality: '0192',
};

/**
 * Records the Nynäshamn scenario (the structure, then both seed minutes) through the API itself:
 * through the server that holds the embedded database when one runs, otherwise through the app
 * started in this process on a loopback port. Every command goes through validation, identity,
 * the deciders and the store exactly as a client's would. Idempotency-Keys make a second run
 * add nothing.
 */
export async function runDemo(): Promise<void> {
  const config = loadConfig();
  // The operator running the CLI owns DATA_DIR, so the demo signs its own dev identity,
  // whatever AUTH_MODE the server uses.
  const keyDir = `${config.dataDir}/keys`;
  const token = await signDevToken(await loadOrCreateDevKeys(keyDir), DEMO_IDENTITY, '1h');
  const server = runningServer(config, 'run the demo');
  if (server) {
    // The embedded database is the server's: a second process on it would lose its writes.
    console.error(`Recording through the server on ${server.url}, which holds DATA_DIR.`);
    await recordDemo(`${server.url}/api/v1`, token);
    return;
  }
  const app = await createApp({
    ...config,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    auth: { mode: 'dev', keyDir, municipality: DEMO_IDENTITY.municipality },
  });
  await app.listen(0, '127.0.0.1');
  try {
    await recordDemo(`${await app.getUrl()}/api/v1`, token);
  } finally {
    await app.close();
  }
}

async function recordDemo(base: string, token: string): Promise<void> {
  const send: SendCommand = async (path, body, idempotencyKey) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'Idempotency-Key': idempotencyKey,
      },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as CommandAnswer;
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  const structure = await recordNynashamn(send);
  // The seed minutes need the structure's administrations and people, so they come after.
  const minutes = await recordNynashamnMinutes(send, structure);
  console.log(JSON.stringify({ ...structure, position: minutes.position, minutes }, null, 2));
}
