import type { StreamAppend } from './structure-history';
import { newEvent } from './events';

export const YEAR_MODEL = 'm-year';
export const YEAR_GROUPS = 50;
const SEATS_PER_GROUP = 12;
const ORGANISATIONS = ['org-naf', 'org-buf', 'org-sof'];

const day = (month: number, date: number) =>
  `2024-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

/**
 * A model of 50 groups and a year (2024) of changes to it: each group formed before the year,
 * twelve seats started on days spread over the year, a third of them ending later in the year
 * and a quarter changing role: 950 changes in the year, 1,051 events.
 */
export function* yearOfChanges(): Generator<StreamAppend> {
  yield {
    stream: `model-${YEAR_MODEL}`,
    events: [
      newEvent(
        'ModelEstablished',
        {
          modelId: YEAR_MODEL,
          name: 'Samverkansmodell med femtio grupper',
          purpose: 'Ett år av förändringar att rapportera',
          participantIds: ORGANISATIONS,
          principles: [],
          focusAreas: [],
          adoptedBy: { caseNumber: null, meetingId: null, item: null, description: 'Beslut' },
          establishedOn: '2023-01-01',
          predecessorId: null,
        },
        '2023-01-01',
      ),
      // As forming a group records it: the model lists its groups (the report finds them so).
      ...Array.from({ length: YEAR_GROUPS }, (_, group) =>
        newEvent(
          'GroupAttached',
          { modelId: YEAR_MODEL, groupId: `gy-${group}`, on: '2023-06-01', fromModelId: null },
          '2023-06-01',
        ),
      ),
    ],
  };
  for (let group = 0; group < YEAR_GROUPS; group++) {
    const groupId = `gy-${group}`;
    const events = [
      newEvent(
        'GroupFormed',
        {
          groupId,
          modelId: YEAR_MODEL,
          kind: group === 0 ? 'steering' : 'working',
          name: group === 0 ? 'Styrgruppen' : `Arbetsgrupp ${group}`,
          parentId: group === 0 ? null : 'gy-0',
          mandate: null,
          focusArea: null,
          cadence: null,
          records: 'notes',
          formedOn: '2023-06-01',
        },
        '2023-06-01',
      ),
    ];
    for (let seat = 0; seat < SEATS_PER_GROUP; seat++) {
      const membershipId = `msy-${group}-${seat}`;
      const month = 1 + ((group + seat) % 8);
      const from = day(month, 1 + (seat % 28));
      events.push(
        newEvent(
          'MemberAdded',
          {
            groupId,
            membershipId,
            personId: `py-${(group * 13 + seat) % 400}`,
            organisationId: ORGANISATIONS[seat % 3],
            role: 'member',
            from,
          },
          from,
        ),
      );
      if (seat % 4 === 0) {
        const on = day(month + 2, 15);
        events.push(
          newEvent('MemberRoleChanged', { groupId, membershipId, role: 'chair', on }, on),
        );
      }
      if (seat % 3 === 0) {
        const to = day(month + 4, 1);
        events.push(newEvent('MembershipEnded', { groupId, membershipId, to, cause: 'ended' }, to));
      }
    }
    yield { stream: `group-${groupId}`, events };
  }
}
