import type { NewEvent } from '@app/event-store';
import { newEvent } from './events';

/** One stream's append: the store writes these in order, each after its stream's last revision. */
export interface StreamAppend {
  stream: string;
  events: NewEvent[];
}

export const GROUPS_PER_MODEL = 10;
export const SEATS_PER_GROUP = 20;
const ORGANISATIONS = ['org-naf', 'org-buf', 'org-sof'];

/** Events one model brings: its establishment, its groups, their seats. */
export const EVENTS_PER_MODEL = 1 + GROUPS_PER_MODEL * (1 + SEATS_PER_GROUP);

/**
 * A valid structure history of about `events` events: three organisations, then model after
 * model (each with the same shape: a steering group, working groups under it, twenty seats
 * each). Model m-0 and its group g-0-0 stay the same size whatever the total, so that a read of
 * them measures what history costs, not what a bigger answer costs.
 */
export function* structureHistory(events: number): Generator<StreamAppend> {
  for (const [index, organisationId] of ORGANISATIONS.entries()) {
    yield {
      stream: `organisation-${organisationId}`,
      events: [
        newEvent(
          'OrganisationRegistered',
          {
            organisationId,
            kind: 'administration',
            name: ['Näringsliv, arbete och fritid', 'Barn och utbildning', 'Socialförvaltningen'][
              index
            ],
            shortName: organisationId.slice(4).toUpperCase(),
            parentId: null,
            establishedOn: '2019-01-01',
          },
          '2019-01-01',
        ),
      ],
    };
  }
  const models = Math.max(1, Math.round(events / EVENTS_PER_MODEL));
  for (let model = 0; model < models; model++) yield* modelHistory(model);
}

function* modelHistory(model: number): Generator<StreamAppend> {
  const modelId = `m-${model}`;
  yield {
    stream: `model-${modelId}`,
    events: [
      newEvent(
        'ModelEstablished',
        {
          modelId,
          name: `Samverkansmodell ${model}`,
          purpose: 'Långsiktigt hälsofrämjande och förebyggande arbete för barn och unga',
          participantIds: ORGANISATIONS,
          principles: [],
          focusAreas: ['Närvaro i förskolan', 'Närvaro i skolan'],
          adoptedBy: { caseNumber: null, meetingId: null, item: null, description: 'Beslut' },
          establishedOn: '2021-01-01',
          predecessorId: null,
        },
        '2021-01-01',
      ),
    ],
  };
  for (let group = 0; group < GROUPS_PER_MODEL; group++) {
    const groupId = `g-${model}-${group}`;
    const formed = newEvent(
      'GroupFormed',
      {
        groupId,
        modelId,
        kind: group === 0 ? 'steering' : 'working',
        name: group === 0 ? 'Styrgruppen' : `Arbetsgrupp ${group}`,
        parentId: group === 0 ? null : `g-${model}-0`,
        mandate: null,
        focusArea: group === 0 ? null : 'Närvaro i förskolan',
        cadence: null,
        records: 'notes',
        formedOn: '2021-02-01',
      },
      '2021-02-01',
    );
    // Seats begin on different days, so that an asOf between them has work to do.
    const seats = Array.from({ length: SEATS_PER_GROUP }, (_, seat) => {
      const from = `2022-${String(1 + (seat % 12)).padStart(2, '0')}-01`;
      return newEvent(
        'MemberAdded',
        {
          groupId,
          membershipId: `ms-${model}-${group}-${seat}`,
          personId: `p-${(model * 31 + group * 7 + seat) % 2000}`,
          organisationId: ORGANISATIONS[seat % 3],
          role: seat === 0 ? 'chair' : 'member',
          from,
        },
        from,
      );
    });
    yield { stream: `group-${groupId}`, events: [formed, ...seats] };
  }
}
