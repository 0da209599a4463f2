import { CommitNotifier } from './commit-notifier';

/** A send whose completion the test controls, recording what had committed when it started. */
class FakeChannel {
  committedSoFar = 0;
  /** For each send: how many commits had happened when it started. */
  sends: number[] = [];
  private finish: (() => void)[] = [];
  fail = false;

  send = (): Promise<void> => {
    this.sends.push(this.committedSoFar);
    if (this.fail) return Promise.reject(new Error('connection lost'));
    return new Promise((resolve) => this.finish.push(resolve));
  };

  /** Lets every send started so far return. */
  release(): void {
    this.finish.splice(0).forEach((resolve) => resolve());
  }
}

const ticks = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits (in timer turns, as the notifier does) until `count` sends have started. */
async function sendsStarted(channel: FakeChannel, count: number): Promise<void> {
  while (channel.sends.length < count) await ticks();
}

describe('CommitNotifier', () => {
  it('sends one notification for many commits, started after the last of them', async () => {
    const channel = new FakeChannel();
    const notifier = new CommitNotifier(channel.send, undefined, 0);
    for (let i = 0; i < 5; i++) {
      channel.committedSoFar++;
      notifier.committed();
    }
    await sendsStarted(channel, 1);
    channel.release();
    await notifier.settled();
    expect(channel.sends).toEqual([5]);
  });

  it('owes a commit made during a send another notification, sent after it', async () => {
    const channel = new FakeChannel();
    const notifier = new CommitNotifier(channel.send, undefined, 0);
    channel.committedSoFar++;
    notifier.committed();
    await sendsStarted(channel, 1);

    // These commit while the first notification is in flight: it may have started before them.
    channel.committedSoFar += 3;
    notifier.committed();
    notifier.committed();
    notifier.committed();
    channel.release();
    await sendsStarted(channel, 2);
    channel.release();
    await notifier.settled();
    expect(channel.sends).toEqual([1, 4]);
  });

  it('starts anew for a commit after it went idle', async () => {
    const channel = new FakeChannel();
    const notifier = new CommitNotifier(channel.send, undefined, 0);
    for (let round = 1; round <= 3; round++) {
      channel.committedSoFar++;
      notifier.committed();
      await sendsStarted(channel, round);
      channel.release();
      await notifier.settled();
    }
    expect(channel.sends).toEqual([1, 2, 3]);
  });

  it('swallows a failed notification and still notifies for later commits', async () => {
    const channel = new FakeChannel();
    const notifier = new CommitNotifier(channel.send, undefined, 0);
    channel.fail = true;
    channel.committedSoFar++;
    notifier.committed();
    await notifier.settled();
    channel.fail = false;
    channel.committedSoFar++;
    notifier.committed();
    await sendsStarted(channel, 2);
    channel.release();
    await notifier.settled();
    expect(channel.sends).toEqual([1, 2]);
  });

  it('wakes local subscribers at once, on every commit', () => {
    const channel = new FakeChannel();
    let woken = 0;
    const notifier = new CommitNotifier(channel.send, () => woken++, 0);
    notifier.committed();
    notifier.committed();
    expect(woken).toBe(2);
    expect(channel.sends).toEqual([]); // the database's notification waits for the delay
  });
});
