import { CheckpointService, currentTreeHead, leafOfEvent } from '@app/audit';
import type { TestApp } from '../../support/test-app';

/**
 * Waits (bounded) until the tree holds what a test needs: on PostgreSQL a committed event may
 * stay out of readAll a moment, and so out of the tree; a log not built yet (its runner starts
 * after the app there) counts as not caught up.
 */
async function until(what: string, holds: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await holds().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the transparency log did not ${what}`);
}

export function waitForTree(api: TestApp, tenant: string, size: number): Promise<void> {
  const service = api.app.get(CheckpointService);
  return until(`reach ${size} leaves`, async () => {
    const head = await currentTreeHead(await service.log(), tenant);
    return head.size >= size;
  });
}

export function waitForLeaf(api: TestApp, tenant: string, eventId: string): Promise<void> {
  const service = api.app.get(CheckpointService);
  return until(`take in ${eventId}`, async () => {
    return (await leafOfEvent(await service.log(), tenant, eventId)) !== undefined;
  });
}
