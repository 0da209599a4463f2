import { StreamHeads } from './stream-heads';

describe('StreamHeads', () => {
  it('keeps the latest head per tenant and stream', () => {
    const heads = new StreamHeads(10);
    heads.remember('t1', 's', { revision: 0n, eventId: 'e', hash: 'a' });
    heads.remember('t1', 's', { revision: 1n, eventId: 'e', hash: 'b' });
    heads.remember('t2', 's', { revision: 5n, eventId: 'e', hash: 'c' });
    expect(heads.get('t1', 's')).toEqual({ revision: 1n, eventId: 'e', hash: 'b' });
    expect(heads.get('t2', 's')).toEqual({ revision: 5n, eventId: 'e', hash: 'c' });
    heads.forget('t1', 's');
    expect(heads.get('t1', 's')).toBeUndefined();
  });

  it('drops the least recently written stream beyond its capacity', () => {
    const heads = new StreamHeads(2);
    heads.remember('t', 'a', { revision: 0n, eventId: 'e', hash: 'a' });
    heads.remember('t', 'b', { revision: 0n, eventId: 'e', hash: 'b' });
    heads.remember('t', 'a', { revision: 1n, eventId: 'e', hash: 'a1' });
    heads.remember('t', 'c', { revision: 0n, eventId: 'e', hash: 'c' });
    expect(heads.size).toBe(2);
    expect(heads.get('t', 'b')).toBeUndefined();
    expect(heads.get('t', 'a')).toEqual({ revision: 1n, eventId: 'e', hash: 'a1' });
  });

  it('keeps nothing when its capacity is 0', () => {
    const heads = new StreamHeads(0);
    heads.remember('t', 'a', { revision: 0n, eventId: 'e', hash: 'a' });
    expect(heads.get('t', 'a')).toBeUndefined();
  });
});
