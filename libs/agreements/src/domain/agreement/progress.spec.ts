import { progressOf } from './progress';

describe('progress against a desired result', () => {
  const halve = { text: 'halveras', direction: 'decrease' as const, target: null };
  const hundred = { text: '100 personer', direction: 'increase' as const, target: 100 };

  it('judges the latest value against the target, else against the period before', () => {
    expect(progressOf(hundred, [{ period: '2024', value: 104 }]).progress).toBe('achieved');
    expect(
      progressOf(hundred, [
        { period: '2023', value: 80 },
        { period: '2024', value: 90 },
      ]),
    ).toMatchObject({
      latest: { period: '2024', value: 90 },
      previous: { period: '2023', value: 80 },
      progress: 'improving',
    });
    expect(
      progressOf(halve, [
        { period: '2024', value: 300 },
        { period: '2023', value: 280 },
      ]).progress,
    ).toBe('worsening');
    expect(
      progressOf(halve, [
        { period: '2023', value: 280 },
        { period: '2024', value: 280 },
      ]).progress,
    ).toBe('unchanged');
  });

  it('says when there is nothing to judge by', () => {
    expect(progressOf(halve, []).progress).toBe('no-data');
    expect(progressOf(halve, [{ period: '2024', value: 1 }]).progress).toBe('no-data');
    expect(progressOf({ ...halve, direction: null }, []).progress).toBe('not-measurable');
  });
});
