import { given, run } from '@app/testing';
import {
  indicatorDecider as decider,
  type DefineIndicator,
  type IndicatorEvent,
  type RecordIndicatorValues,
} from './indicator.decider';
import { periodStart } from './period';

const facts = {
  agreementId: 'agr-1',
  assignmentIds: ['asg-1'],
  goals: [{ goalId: 'kf-1', desiredResults: 3 }],
};
const define = (over: Partial<DefineIndicator['data']> = {}): DefineIndicator => ({
  type: 'DefineIndicator',
  data: {
    indicatorId: 'ind-1',
    name: 'Långtidsarbetslöshet 16-24 år',
    source: { kind: 'kolada', kpiId: 'N00955' },
    unit: 'procent',
    dividedByGender: true,
    periodicity: 'year',
    attachedTo: { agreementId: 'agr-1', goalId: 'kf-1', desiredResult: 1 },
    targetFacts: facts,
    ...over,
  },
});
const values = (over: Partial<RecordIndicatorValues['data']> = {}): RecordIndicatorValues => ({
  type: 'RecordIndicatorValues',
  data: {
    indicatorId: 'ind-1',
    values: [
      { period: '2023', municipality: '0480', gender: 'T', value: 31.2, status: null, count: 1 },
      {
        period: '2023',
        municipality: '0480',
        gender: 'M',
        value: null,
        status: 'Missing',
        count: 0,
      },
    ],
    provenance: {
      source: 'kolada',
      retrievedAt: '2025-03-01T10:00:00Z',
      sha256: 'a'.repeat(64),
      document: null,
    },
    ...over,
  },
});
const defined: IndicatorEvent[] = run(decider, [define()]);

describe('indicator decider', () => {
  it('defines an indicator attached to a goal’s desired result, or to an assignment', () => {
    expect(given(decider).when(define()).events()[0]!.data).toMatchObject({
      source: { kind: 'kolada', kpiId: 'N00955' },
      attachedTo: { agreementId: 'agr-1', assignmentId: null, goalId: 'kf-1', desiredResult: 1 },
    });
    const own = define({
      source: { kind: 'own' },
      attachedTo: { agreementId: 'agr-1', assignmentId: 'asg-1' },
    });
    expect(given(decider).when(own).events()[0]!.data).toMatchObject({
      source: { kind: 'own', kpiId: null },
    });
  });

  it.each([
    ['an agreement not found', { targetFacts: null }, 'INDICATOR.TARGET_NOT_FOUND'],
    [
      'an assignment the agreement lacks',
      { attachedTo: { agreementId: 'agr-1', assignmentId: 'asg-x' } },
      'INDICATOR.TARGET_NOT_FOUND',
    ],
    [
      'a desired result the goal lacks',
      { attachedTo: { agreementId: 'agr-1', goalId: 'kf-1', desiredResult: 3 } },
      'INDICATOR.TARGET_NOT_FOUND',
    ],
    [
      'both an assignment and a goal',
      { attachedTo: { agreementId: 'agr-1', goalId: 'kf-1', assignmentId: 'asg-1' } },
      'INDICATOR.TARGET_AMBIGUOUS',
    ],
    [
      'a Kolada source without its KPI',
      { source: { kind: 'kolada' as const } },
      'INDICATOR.KPI_ID_REQUIRED',
    ],
    [
      'a periodicity of no known kind',
      { periodicity: 'week' as never },
      'INDICATOR.INVALID_PERIODICITY',
    ],
  ])('refuses %s', (_what, over, code) => {
    given(decider).when(define(over)).thenFails(code, 'invalid');
  });

  it('records values with the gender split and provenance, a null value with its status', () => {
    const [event] = given(decider, defined).when(values()).events();
    expect(event!.data).toHaveProperty('values.1', {
      period: '2023',
      municipality: '0480',
      gender: 'M',
      value: null,
      status: 'Missing',
      count: 0,
    });
  });

  it.each([
    [
      'a period that does not exist',
      [{ period: '2023-13', gender: 'T', value: 1 }],
      'INDICATOR.PERIOD_NOT_FOUND',
    ],
    [
      'a period not begun when retrieved',
      [{ period: '2026', gender: 'T', value: 1 }],
      'INDICATOR.PERIOD_NOT_FOUND',
    ],
    [
      'the same period and gender twice',
      [
        { period: '2023', gender: 'T', value: 1 },
        { period: '2023', gender: 'T', value: 2 },
      ],
      'INDICATOR.VALUE_REPEATED',
    ],
    ['no values', [], 'INDICATOR.VALUES_REQUIRED'],
  ])('refuses %s', (_what, list, code) => {
    given(decider, defined)
      .when(values({ values: list as never }))
      .thenFails(code, 'invalid');
  });

  it('refuses a gender split of a total-only indicator, another source, and a bad hash', () => {
    const totals = run(decider, [define({ dividedByGender: false })]);
    given(decider, totals).when(values()).thenFails('INDICATOR.NOT_DIVIDED_BY_GENDER', 'invalid');
    const provenance = {
      source: 'own' as const,
      retrievedAt: '2025-03-01T10:00:00Z',
      sha256: 'a'.repeat(64),
      document: null,
    };
    given(decider, defined).when(values({ provenance })).thenFails('INDICATOR.SOURCE_MISMATCH');
    given(decider, defined)
      .when(values({ provenance: { ...provenance, source: 'kolada', sha256: 'xyz' } }))
      .thenFails('INDICATOR.INVALID_SHA256');
    given(decider).when(values()).thenFails('INDICATOR.NOT_FOUND', 'not-found');
  });

  it('knows the periods that exist', () => {
    expect(periodStart('tertial', '2024-T2')).toBe('2024-05-01');
    expect(periodStart('tertial', '2024-T4')).toBeNull();
    expect(periodStart('month', '2024-02')).toBe('2024-02-01');
    expect(periodStart('month', '2024-00')).toBeNull();
    expect(periodStart('year', '24')).toBeNull();
  });
});
