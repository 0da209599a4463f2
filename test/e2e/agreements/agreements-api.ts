import * as path from 'node:path';
import type { Response } from 'supertest';
import {
  recordNykopingAgreement,
  type NykopingAgreement,
} from '../../../apps/cli/src/demo/nykoping-agreement.demo';
import type { CommandAnswer } from '../../../apps/cli/src/demo/nynashamn.demo';
import { startTestApp, testEngines, type TestApp } from '../../support/test-app';

export { testEngines };

/** The app with token-less requests acting as an admin of Nyköping (0480). */
export function startNykopingApp(engine: 'pglite' | 'postgres'): Promise<TestApp> {
  return startTestApp({
    engine,
    config: {
      auth: {
        mode: 'dev',
        keyDir: path.join('/tmp', `samverkan-keys-${process.pid}`),
        municipality: '0480',
      },
    },
  });
}

export const API = '/api/v1';

/** POSTs a command and expects it recorded (200 or 201). */
export async function post(
  api: TestApp,
  url: string,
  body: object,
  key?: string,
): Promise<CommandAnswer> {
  let request = api.http.post(`${API}${url}`).send(body);
  if (key) request = request.set('Idempotency-Key', key);
  const response: Response = await request;
  if (response.status !== 200 && response.status !== 201) {
    throw new Error(`POST ${url}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as CommandAnswer;
}

/** The whole seed agreement recorded through HTTP, under keys of this run's own. */
export function recordSeed(api: TestApp, prefix = 'seed'): Promise<NykopingAgreement> {
  return recordNykopingAgreement((url, body, key) => post(api, url, body, `${prefix}-${key}`));
}

/** A read after every write before it: waits for the read models to pass the last event. */
export async function get(api: TestApp, url: string, query: object = {}) {
  await api.settled();
  return api.http.get(`${API}${url}`).query(query);
}
