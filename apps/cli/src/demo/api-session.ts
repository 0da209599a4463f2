import { loadConfig, loadOrCreateDevKeys, signDevToken, type AppConfig } from '@app/platform';
import { createApp } from '../../../api/src/app.factory';
import { runningServer } from '../running-server';

/** The API as an admin of one municipality: commands (POST) and queries (GET) under /api/v1. */
export interface ApiSession {
  post(path: string, body: object, idempotencyKey?: string): Promise<Record<string, unknown>>;
  get(path: string, query?: Record<string, string>): Promise<Record<string, unknown>>;
  /** The same API acting in another municipality. */
  as(municipality: string): Promise<ApiSession>;
}

/** A refusal from the API: its status and the problem's stable code, for a caller that handles one. */
export class ApiProblem extends Error {
  readonly code: string | undefined;

  constructor(
    method: string,
    readonly path: string,
    readonly status: number,
    answer: Record<string, unknown>,
  ) {
    super(`${method} ${path}: ${status} ${JSON.stringify(answer)}`);
    this.code = typeof answer.code === 'string' ? answer.code : undefined;
  }
}

const identityIn = (municipality: string) => ({
  actor: { id: 'samverkan-cli', name: 'Samverkan cli', role: 'admin' as const, organisation: 'KS' },
  municipality,
});

/**
 * Runs `work` against the API itself: through the server that holds the embedded database when
 * one runs, otherwise through the app started in this process on a loopback port. Every command
 * goes through validation, identity, the deciders and the store exactly as a client's would.
 * The operator running the cli owns DATA_DIR, so it signs its own dev identity.
 */
export async function withApi<T>(
  doing: string,
  municipality: string,
  work: (api: ApiSession) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const keyDir = `${config.dataDir}/keys`;
  const server = runningServer(config, doing);
  if (server) {
    console.error(`Working through the server on ${server.url}, which holds DATA_DIR.`);
    return work(await sessionOf(`${server.url}/api/v1`, keyDir, municipality));
  }
  const app = await createApp(appConfig(config, keyDir, municipality));
  await app.listen(0, '127.0.0.1');
  try {
    return await work(await sessionOf(`${await app.getUrl()}/api/v1`, keyDir, municipality));
  } finally {
    await app.close();
  }
}

function appConfig(config: AppConfig, keyDir: string, municipality: string): AppConfig {
  return {
    ...config,
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    auth: { mode: 'dev', keyDir, municipality },
  };
}

async function sessionOf(base: string, keyDir: string, municipality: string): Promise<ApiSession> {
  const token = await signDevToken(
    await loadOrCreateDevKeys(keyDir),
    identityIn(municipality),
    '1h',
  );
  const call = async (method: string, path: string, body?: object, key?: string) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${token}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new ApiProblem(method, path, response.status, answer);
    return answer;
  };
  return {
    post: (path, body, key) => call('POST', path, body, key),
    get: (path, query = {}) => call('GET', `${path}?${new URLSearchParams(query).toString()}`),
    as: (other) => sessionOf(base, keyDir, other),
  };
}
