import { appendCases } from './contract/append.cases';
import { chainCases } from './contract/chain.cases';
import type { EventStoreFactory, EventStoreFixture } from './contract/fixtures';
import { idempotencyCases } from './contract/idempotency.cases';
import { propertyCases } from './contract/property.cases';
import { readCases } from './contract/read.cases';
import { subscribeCases } from './contract/subscribe.cases';

export type { EventStoreFactory, EventStoreFixture } from './contract/fixtures';

export interface ContractOptions {
  /** False for an adapter whose stored events cannot be edited from outside (no tamper()). */
  canTamper?: boolean;
  /** Why the adapter cannot be tried here (no server): the whole contract is listed as skipped. */
  skipped?: string;
}

/**
 * The behaviour every EventStore adapter must show. One store per describe block; each test
 * works in tenants of its own, so tests cannot see each other's events.
 */
export function describeEventStoreContract(
  name: string,
  factory: EventStoreFactory,
  options: ContractOptions = {},
): void {
  const title = `EventStore contract: ${name}`;
  const suite = options.skipped ? describe.skip : describe;
  suite(options.skipped ? `${title} (skipped: ${options.skipped})` : title, () => {
    let fixture: EventStoreFixture | undefined;
    const current = (): EventStoreFixture => {
      if (!fixture) throw new Error('The event store fixture is not open');
      return fixture;
    };

    beforeAll(async () => {
      fixture = await factory();
    });
    afterAll(async () => {
      await fixture?.close();
    });

    appendCases(current);
    idempotencyCases(current);
    readCases(current);
    subscribeCases(current);
    chainCases(current, options.canTamper ?? true);
    propertyCases(current);
  });
}
