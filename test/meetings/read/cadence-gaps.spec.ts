import { cadenceIntervals, cadencePeriods, periodsOverlapping } from '@app/meetings';

const cadence = { minWeeks: 4, maxWeeks: 6 };

describe('cadence intervals', () => {
  it('finds a gap longer than maxWeeks between meetings and at both edges', () => {
    const { gaps, short } = cadenceIntervals({
      held: ['2024-02-15', '2024-03-14', '2024-06-13'],
      start: '2024-01-01',
      end: '2024-08-01',
      ...cadence,
    });
    expect(gaps).toEqual([
      { from: '2024-01-01', to: '2024-02-15', days: 45, edge: 'start' },
      { from: '2024-03-14', to: '2024-06-13', days: 91, edge: 'between' },
      { from: '2024-06-13', to: '2024-08-01', days: 49, edge: 'end' },
    ]);
    expect(short).toEqual([]);
  });

  it('counts exactly maxWeeks as kept, one day more as a gap', () => {
    const window = { start: '2024-01-01', end: '2024-01-01', ...cadence };
    expect(
      cadenceIntervals({ ...window, held: ['2024-01-01', '2024-02-12'], end: '2024-02-12' }).gaps,
    ).toEqual([]);
    expect(
      cadenceIntervals({ ...window, held: ['2024-01-01', '2024-02-13'], end: '2024-02-13' }).gaps,
    ).toEqual([{ from: '2024-01-01', to: '2024-02-13', days: 43, edge: 'between' }]);
  });

  it('lists meetings closer than minWeeks, never the edges', () => {
    const { short } = cadenceIntervals({
      held: ['2024-01-02', '2024-01-09'],
      start: '2024-01-01',
      end: '2024-01-10',
      ...cadence,
    });
    expect(short).toEqual([{ from: '2024-01-02', to: '2024-01-09', days: 7, edge: 'between' }]);
  });

  it('with no meeting at all, the whole window is one gap', () => {
    expect(
      cadenceIntervals({ held: [], start: '2024-01-01', end: '2024-12-31', ...cadence }).gaps,
    ).toEqual([{ from: '2024-01-01', to: '2024-12-31', days: 365, edge: 'start' }]);
  });
});

describe('cadence per term or year', () => {
  const meetings = [
    { date: '2024-02-01', status: 'held' as const },
    { date: '2024-05-15', status: 'cancelled' as const },
    { date: '2024-07-10', status: 'held' as const },
    { date: '2024-09-05', status: 'held' as const },
    { date: '2024-11-20', status: 'scheduled' as const },
  ];

  it('counts held and booked meetings in every term overlapping the window (July is in none)', () => {
    expect(
      cadencePeriods({ count: 2, per: 'term' }, { from: '2024-03-01', to: '2024-10-01' }, meetings),
    ).toEqual([
      {
        period: 'VT 2024',
        from: '2024-01-01',
        to: '2024-06-30',
        expected: 2,
        held: 1,
        booked: 0,
        met: false,
        planned: false,
      },
      {
        period: 'HT 2024',
        from: '2024-08-01',
        to: '2024-12-31',
        expected: 2,
        held: 1,
        booked: 1,
        met: false,
        planned: true,
      },
    ]);
  });

  it('counts a year whole, and leaves out terms the window does not touch', () => {
    expect(
      cadencePeriods({ count: 3, per: 'year' }, { from: '2024-06-01', to: '2024-06-30' }, meetings),
    ).toMatchObject([{ period: '2024', held: 3, booked: 1, met: true, planned: true }]);
    expect(periodsOverlapping('term', '2024-07-01', '2024-07-31')).toEqual([]);
    expect(periodsOverlapping('term', '2023-12-01', '2024-01-31').map((p) => p.period)).toEqual([
      'HT 2023',
      'VT 2024',
    ]);
  });
});
