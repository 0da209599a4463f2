/**
 * Sends the "events committed" wake-up after appends commit, outside their transactions.
 *
 * Why not in the append's transaction: PostgreSQL serialises every committing transaction that
 * has notified through one cluster-wide lock, held until its commit record is flushed, so
 * concurrent appenders would commit one at a time. Sent afterwards, in its own statement, the
 * lock is taken by at most one notification per process at a time, and appends never wait on it.
 *
 * Coalesced and throttled: a commit owes a notification; the notifier waits `delayMs`, then sends
 * one for everything owed so far, and commits made meanwhile (or while it is being sent) owe the
 * next one. So there is at most one notification statement in flight per process and at most
 * one per `delayMs`, rather than one per append, which on a busy server is work taken from the
 * appends themselves. Every commit is still followed by a notification that *starts after it*,
 * which is what a subscriber needs to see it on its next read. This process's own subscribers
 * are woken at once, without the database (`local`).
 *
 * What it gives up: a notification is sent after the append has answered. If the process dies
 * in between, or the statement fails (connection lost), no wake-up goes out for those commits;
 * subscribers then find the events at their next poll (CatchUpSubscription's pollIntervalMs,
 * 1 s by default). The events themselves are committed and read from the checkpoint, so a lost
 * wake-up delays a subscriber by at most one poll interval and never loses an event. When
 * nothing fails, another process's subscriber is woken within `delayMs` plus the time the
 * notification statement and the one before it take.
 */
export class CommitNotifier {
  /** The running drain; cleared by the drain itself, in the same step as its last check. */
  private inFlight: Promise<void> | undefined;
  /** Some commit has no notification that started after it. */
  private owed = false;

  /** `send` notifies once; `local` wakes this process's own subscribers without a round trip. */
  constructor(
    private readonly send: () => Promise<unknown>,
    private readonly local: () => void = () => undefined,
    private readonly delayMs = 5,
  ) {}

  /** Call after an append has committed. Never throws, never waits. */
  committed(): void {
    this.local();
    this.owed = true;
    this.inFlight ??= this.drain();
  }

  /** Resolves once no notification is in flight or owed (for a clean close). */
  async settled(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private async drain(): Promise<void> {
    // No await between the last `owed` check and clearing inFlight: a commit in between would
    // otherwise find a drain that is about to end and start none.
    while (this.owed) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      // Cleared before sending: a commit from now on is owed the next notification.
      this.owed = false;
      try {
        await this.send();
      } catch {
        // A failed wake-up is covered by the subscribers' polling (see above).
      }
    }
    this.inFlight = undefined;
  }
}
