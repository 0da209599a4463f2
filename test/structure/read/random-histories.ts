import fc from 'fast-check';
import {
  modelDecider,
  organisationDecider,
  type ModelCommand,
  type OrganisationCommand,
} from '@app/structure';
import { groupAppends } from './random-group-history';

/** Established before any date the histories use: these histories test the read side. */
const organisation = (organisationId: string) => ({
  organisationId,
  establishedOn: '1900-01-01',
  dissolvedOn: null,
});
import {
  DATES,
  groupIntent,
  modelIntent,
  organisationIntent,
  run,
  stream,
  type Append,
  type ModelIntent,
  type OrganisationIntent,
  type Stream,
} from './random-intents';

export { DATES, type Append } from './random-intents';

/** Two groups, a model and an organisation, each with its own history, in one interleaving. */
export const histories = fc
  .record({
    groups: fc.tuple(stream(groupIntent), stream(groupIntent)),
    model: stream(modelIntent),
    organisation: stream(organisationIntent),
  })
  .map(({ groups, model, organisation }) =>
    inRecordOrder([
      ...groups.map((history, index) => groupAppends(`g-${index}`, history)),
      modelAppends(model),
      organisationAppends(organisation),
    ]),
  );

function modelAppends(history: Stream<ModelIntent>): Append[] {
  const modelId = 'm-0';
  const first: ModelCommand = {
    type: 'EstablishModel',
    data: {
      modelId,
      name: 'Modellen',
      purpose: 'Samverkan',
      participantIds: ['o-0', 'o-1'],
      participants: ['o-0', 'o-1'].map(organisation),
      adoptedBy: { description: 'Beslut' },
      establishedOn: history.first,
    },
  };
  const next = (intent: ModelIntent): ModelCommand => {
    switch (intent.kind) {
      case 'add':
        return {
          type: 'AddParticipant',
          data: {
            modelId,
            organisationId: `o-${intent.org}`,
            organisation: organisation(`o-${intent.org}`),
            from: intent.on,
          },
        };
      case 'leave':
        return {
          type: 'WithdrawParticipant',
          data: { modelId, organisationId: `o-${intent.org}`, on: intent.on },
        };
      case 'amend':
        return {
          type: 'AmendModel',
          data: {
            modelId,
            name: `Modellen ${intent.text}`,
            principles: [`P${intent.text}`],
            on: intent.on,
          },
        };
      case 'retire':
        return { type: 'RetireModel', data: { modelId, on: intent.on } };
      case 'replace': {
        const successor = {
          modelId: 'm-next',
          status: 'active' as const,
          establishedOn: DATES[0],
          groupIds: [],
        };
        return {
          type: 'ReplaceModel',
          data: { modelId, successorId: 'm-next', successor, effectiveOn: intent.on, groups: [] },
        };
      }
    }
  };
  return run(modelDecider, `model-${modelId}`, history, first, next as never);
}

function organisationAppends(history: Stream<OrganisationIntent>): Append[] {
  const organisationId = 'o-0';
  const first: OrganisationCommand = {
    type: 'RegisterOrganisation',
    data: {
      organisationId,
      kind: 'administration',
      name: 'Förvaltningen',
      shortName: 'F',
      establishedOn: history.first,
    },
  };
  const next = (intent: OrganisationIntent): OrganisationCommand =>
    intent.kind === 'rename'
      ? {
          type: 'RenameOrganisation',
          data: {
            organisationId,
            name: `Förvaltningen ${intent.text}`,
            shortName: `F${intent.text}`,
            on: intent.on,
          },
        }
      : { type: 'DissolveOrganisation', data: { organisationId, on: intent.on } };
  return run(organisationDecider, `organisation-${organisationId}`, history, first, next as never);
}

/** All streams' appends in the order a store would have committed them: by record time. */
function inRecordOrder(streams: Append[][]): Append[] {
  return streams.flat().sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
}
