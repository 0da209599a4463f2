import { given } from '@app/testing';
import {
  added,
  coordination,
  dissolved,
  factsOf,
  formPreschool,
  steering,
} from '../testing/group.fixtures';
import type { GroupCommand } from './group.commands';
import { groupDecider as decider } from './group.decider';
import { CADENCE_LIMITS, validFromOfGroupEvent } from './group.events';

describe('group decider: forming and mandates', () => {
  describe('FormGroup', () => {
    it('forms a working group under its coordination group, with no cadence of its own', () => {
      given(decider)
        .when(formPreschool())
        .then([
          {
            type: 'GroupFormed',
            data: {
              groupId: 'g-preschool',
              modelId: 'm-nynashamn',
              kind: 'working',
              name: 'Närvaro i förskolan',
              parentId: 'g-coordination',
              mandate: null,
              focusArea: 'Närvaro i förskolan',
              cadence: null,
              records: 'notes',
              formedOn: '2022-01-01',
            },
          },
        ]);
    });

    it.each([
      ['working-committee', 'minutes'],
      ['steering', 'notes'],
      ['coordination', 'notes'],
      ['working', 'notes'],
      ['network', 'notes'],
      ['forum', 'notes'],
    ] as const)(
      'keeps, when forming does not say, what its kind keeps: a %s group %s',
      (kind, records) => {
        const { records: _r, ...data } = formPreschool().data;
        expect(
          given(decider)
            .when({ type: 'FormGroup', data: { ...data, kind } })
            .events()[0]!.data,
        ).toMatchObject({ kind, records });
      },
    );

    it('keeps what forming says, whatever the kind', () => {
      const data = {
        ...formPreschool().data,
        kind: 'working-committee' as const,
        records: 'notes' as const,
      };
      expect(given(decider).when({ type: 'FormGroup', data }).events()[0]!.data).toMatchObject({
        records: 'notes',
      });
    });

    it.each([
      ['twice per term', { count: 2, per: 'term' }],
      ['eight meetings a year', { count: 8, per: 'year' }],
    ] as const)('keeps a cadence stated as a count: %s', (_what, cadence) => {
      const data = { ...formPreschool().data, cadence };
      expect(given(decider).when({ type: 'FormGroup', data }).events()[0]!.data).toMatchObject({
        cadence,
      });
    });

    it('forms a top-level group without parent facts', () => {
      const { parentId: _p, parent: _f, ...data } = formPreschool().data;
      expect(given(decider).when({ type: 'FormGroup', data }).events()[0]!.data).toMatchObject({
        parentId: null,
      });
    });

    it.each([
      ['an unknown kind', { kind: 'committee' as never }, 'GROUP.INVALID_KIND'],
      ['a blank name', { name: '' }, 'GROUP.NAME_REQUIRED'],
      ['an unknown records regime', { records: 'video' as never }, 'GROUP.INVALID_RECORDS'],
      [
        'a cadence with min above max',
        { cadence: { minWeeks: 6, maxWeeks: 4 } },
        'GROUP.INVALID_CADENCE',
      ],
      [
        'a cadence of zero weeks',
        { cadence: { minWeeks: 0, maxWeeks: 4 } },
        'GROUP.INVALID_CADENCE',
      ],
      [
        'a cadence of part weeks',
        { cadence: { minWeeks: 1.5, maxWeeks: 4 } },
        'GROUP.INVALID_CADENCE',
      ],
      [
        'a cadence longer than a year',
        { cadence: { minWeeks: 4, maxWeeks: CADENCE_LIMITS.maxWeeks + 1 } },
        'GROUP.INVALID_CADENCE',
      ],
      [
        'more meetings a period than a year has weeks',
        { cadence: { count: CADENCE_LIMITS.maxCount + 1, per: 'year' as const } },
        'GROUP.INVALID_CADENCE',
      ],
      [
        'a cadence both in weeks and per term',
        { cadence: { minWeeks: 4, maxWeeks: 6, count: 2, per: 'term' } as never },
        'GROUP.INVALID_CADENCE',
      ],
      [
        'a count cadence per month',
        { cadence: { count: 2, per: 'month' } as never },
        'GROUP.INVALID_CADENCE',
      ],
      [
        'a count cadence of no meetings',
        { cadence: { count: 0, per: 'year' as const } },
        'GROUP.INVALID_CADENCE',
      ],
      ['an impossible date', { formedOn: '2022-13-01' }, 'GROUP.INVALID_DATE'],
      ['a parent the handler did not find', { parent: null }, 'GROUP.PARENT_NOT_FOUND'],
      ['facts of another parent', { parent: factsOf(steering) }, 'GROUP.PARENT_NOT_FOUND'],
      [
        'a date before the parent was formed',
        { formedOn: '2020-12-31' },
        'GROUP.BEFORE_PARENT_FORMED',
      ],
      [
        'a parent in another model',
        { parent: factsOf(coordination, { modelId: 'm-other' }) },
        'GROUP.PARENT_IN_OTHER_MODEL',
      ],
    ])('refuses %s', (_what, data, code) => {
      given(decider).when(formPreschool(data)).thenFails(code, 'invalid');
    });

    it('accepts a cadence of exactly min = max, and a group formed the day its parent was', () => {
      expect(
        given(decider)
          .when(formPreschool({ cadence: { minWeeks: 4, maxWeeks: 4 }, formedOn: '2021-01-01' }))
          .events(),
      ).toHaveLength(1);
    });

    it('refuses a dissolved parent, whatever the dates', () => {
      given(decider)
        .when(formPreschool({ parent: factsOf(coordination, { dissolvedOn: '2024-01-01' }) }))
        .thenFails('GROUP.PARENT_DISSOLVED', 'conflict');
    });

    it('refuses a group as its own parent', () => {
      given(decider)
        .when(formPreschool({ parentId: 'g-preschool' }))
        .thenFails('GROUP.CYCLE', 'conflict');
    });

    it('refuses to form a group twice', () => {
      given(decider, [steering])
        .when(formPreschool({ groupId: 'g-steering' }))
        .thenFails('GROUP.ALREADY_FORMED', 'conflict');
    });
  });

  describe('ReMandateGroup', () => {
    const remandate = (data: Record<string, unknown>) =>
      ({
        type: 'ReMandateGroup',
        data: {
          groupId: 'g-steering',
          mandate: 'Strategisk inriktning',
          on: '2023-01-01',
          ...data,
        },
      }) as GroupCommand;

    it('records the whole mandate from a date, keeping what it does not mention', () => {
      given(decider, [steering])
        .when(remandate({ cadence: null }))
        .then([
          {
            type: 'GroupReMandated',
            data: {
              groupId: 'g-steering',
              mandate: 'Strategisk inriktning',
              focusArea: null,
              cadence: null,
              records: 'notes',
              on: '2023-01-01',
            },
          },
        ]);
    });

    it('refuses a date before formation or not after the current mandate, and a blank mandate', () => {
      given(decider, [steering])
        .when(remandate({ on: '2020-01-01' }))
        .thenFails('GROUP.BEFORE_FORMED', 'invalid');
      given(decider, [steering])
        .when(remandate({ on: '2021-01-01' }))
        .thenFails('GROUP.CHANGE_OUT_OF_ORDER', 'invalid');
      given(decider, [steering])
        .when(remandate({ mandate: ' ' }))
        .thenFails('GROUP.MANDATE_REQUIRED');
      given(decider, [steering])
        .when(remandate({ cadence: { minWeeks: 3, maxWeeks: 2 } }))
        .thenFails('GROUP.INVALID_CADENCE');
    });

    it('refuses a group that was never formed', () => {
      given(decider).when(remandate({})).thenFails('GROUP.NOT_FOUND', 'not-found');
    });
  });

  it('dates every event for the envelope', () => {
    const dates = [
      steering,
      added('m1', 'chair', '2022-02-02'),
      dissolved('g-steering', '2025-01-01'),
    ].map(validFromOfGroupEvent);
    expect(dates).toEqual(['2021-01-01', '2022-02-02', '2025-01-01']);
    expect(
      validFromOfGroupEvent({
        type: 'MembershipEnded',
        data: { groupId: 'g', membershipId: 'm', to: '2023-03-03', cause: 'ended' },
      }),
    ).toBe('2023-03-03');
  });
});
