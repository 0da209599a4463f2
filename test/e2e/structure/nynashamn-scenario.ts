import type { Response } from 'supertest';
import {
  recordNynashamn as recordDemo,
  type CommandAnswer,
  type Nynashamn as Recorded,
} from '../../../apps/cli/src/demo/nynashamn.demo';
import type { TestApp } from '../../support/test-app';

export const API = '/api/v1';

export interface Nynashamn extends Recorded {
  /** A moment after the old structure was recorded and before the replacement was. */
  beforeReplacement: string;
}

/** The demo scenario (`cli demo`), recorded through the test app's HTTP command endpoints. */
export async function recordNynashamn(api: TestApp): Promise<Nynashamn> {
  let beforeReplacement = '';
  const recorded = await recordDemo(
    async (path, body, idempotencyKey) => {
      const response: Response = await api.http
        .post(`${API}${path}`)
        .set('Idempotency-Key', idempotencyKey)
        .send(body);
      if (response.status !== 201 && response.status !== 200) {
        throw new Error(`POST ${path}: ${response.status} ${response.text}`);
      }
      return response.body as CommandAnswer;
    },
    {
      async beforeReplacement() {
        const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
        await pause();
        beforeReplacement = new Date().toISOString();
        await pause();
      },
    },
  );
  return { ...recorded, beforeReplacement };
}
