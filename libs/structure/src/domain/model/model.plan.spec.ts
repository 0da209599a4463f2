import fc from 'fast-check';
import { failureOf } from '@app/testing';
import { attached, nynashamnsmodellen } from '../testing/model.fixtures';
import { fold } from '../shared/fold';
import { modelDecider } from './model.decider';

describe('a replacement plan (property)', () => {
  it('is accepted exactly when it names every group of the model once, and nothing else', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom<string>('g-a', 'g-b', 'g-c', 'g-d', 'g-e'), {
          maxLength: 5,
        }),
        fc.array(fc.constantFrom<string>('g-a', 'g-b', 'g-c', 'g-d', 'g-e', 'g-x', 'g-y'), {
          maxLength: 8,
        }),
        (roster, named) => {
          const model = fold(modelDecider, [
            nynashamnsmodellen,
            ...roster.map((id) => attached(id)),
          ]);
          const expected =
            new Set(named).size < named.length
              ? 'MODEL.REPLACEMENT_DUPLICATE_GROUP'
              : named.some((id) => !roster.includes(id))
                ? 'MODEL.REPLACEMENT_UNKNOWN_GROUP'
                : roster.some((id) => !named.includes(id))
                  ? 'MODEL.REPLACEMENT_MISSING_GROUP'
                  : 'accepted';
          const replace = () =>
            modelDecider.decide(
              {
                type: 'ReplaceModel',
                data: {
                  modelId: 'm-nynashamn',
                  successorId: 'm-next',
                  successor: {
                    modelId: 'm-next',
                    status: 'active',
                    establishedOn: '2024-01-01',
                    groupIds: [],
                  },
                  effectiveOn: '2025-01-01',
                  groups: named.map((groupId) => ({ groupId, action: 'dissolve' as const })),
                },
              },
              model,
            );
          const outcome =
            expected === 'accepted' ? (replace(), 'accepted') : failureOf(replace).code;
          expect(outcome).toBe(expected);
          outcomes.add(outcome);
        },
      ),
      { numRuns: 500 },
    );
    expect(outcomes.size).toBe(4);
  });
});
