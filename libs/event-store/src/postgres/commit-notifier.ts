/**
 * Sends the "events committed" wake-up after appends commit, outside their transactions.
 *
 * Why not in the append's transaction: PostgreSQL serialises every committing transaction that
 * has notified through one cluster-wide lock, held until its commit record is flushed, so
 * concurrent appenders would commit one at a time. Sent afterwards, in its own statement, the
 * lock is taken by at most one notification per process at a time, and appends never wait on it.
 *
 * Coalesced: while one notification is in flight, any number of further commits ask for exactly
 * one more, sent when it returns. Every commit is therefore followed by a notification that
 * *starts after it*, which is what a subscriber needs to see it on its next read.
 *
 * What it gives up: a notification is sent after the append has answered. If the process dies
 * in between, or the statement fails (connection lost), no wake-up goes out for those commits;
 * subscribers then find the events at their next poll (CatchUpSubscription's pollIntervalMs,
 * 1 s by default). The events themselves are committed and read from the checkpoint, so a lost
 * wake-up delays a subscriber by at most one poll interval and never loses an event.
 */
export class CommitNotifier {
  private inFlight: Promise<void> | undefined;
  private again = false;

  /** `send` notifies once; `local` wakes this process's own subscribers without a round trip. */
  constructor(
    private readonly send: () => Promise<unknown>,
    private readonly local: () => void = () => undefined,
  ) {}

  /** Call after an append has committed. Never throws, never waits. */
  committed(): void {
    this.local();
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = this.drain().finally(() => (this.inFlight = undefined));
  }

  /** Resolves once no notification is in flight or owed (for a clean close). */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.send();
      } catch {
        // A failed wake-up is covered by the subscribers' polling (see above).
      }
    } while (this.again);
  }
}
