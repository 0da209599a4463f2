import type { EventStore, ExpectedRevision, NewEvent } from '@app/event-store';

/** A store whose next append to a matching stream fails as if the process died right there. */
export class CrashingStore {
  crashOn: RegExp | null = null;
  constructor(readonly inner: EventStore) {}
  append(tenant: string, stream: string, events: readonly NewEvent[], expected: ExpectedRevision) {
    if (this.crashOn?.test(stream)) {
      this.crashOn = null;
      return Promise.reject(new Error(`crashed before appending to ${stream}`));
    }
    return this.inner.append(tenant, stream, events, expected);
  }
  readStream: EventStore['readStream'] = (...args) => this.inner.readStream(...args);
  readAll: EventStore['readAll'] = (...args) => this.inner.readAll(...args);
  head: EventStore['head'] = () => this.inner.head();
  subscribe: EventStore['subscribe'] = (from) => this.inner.subscribe(from);
  close: EventStore['close'] = () => this.inner.close();
}
