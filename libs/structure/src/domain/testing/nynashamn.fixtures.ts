/**
 * The 2024 replacement of Nynäshamnsmodellen, from the seeds: the NAN AU minutes of 2023-11-06
 * (§ 42/23: NAF, BUF and SOF; a steering group and a coordination group meeting every 4-6 weeks;
 * working groups per focus area booking their own meetings; an analysis group after the May 2023
 * analysis day) and the joint AU minutes of 2024-11-14 (§ 79/24: "Samverkansmodell för barn och
 * unga i riskzon" replaces it; a strategic steering group of the three heads of administration
 * with Patrik Forshage, senior project manager, as chair; a tactical steering group and
 * operational groups; three principles). Dates the seeds do not give are assumptions, marked.
 */
import { fold } from '../shared/fold';
import { existing, registered } from './reference.fixtures';
import type { FormGroupData } from '../group/group.commands';
import { groupDecider } from '../group/group.decider';
import type { GroupState } from '../group/group.state';
import type { EstablishModelData } from '../model/model.commands';
import { modelDecider } from '../model/model.decider';
import type { ModelState } from '../model/model.state';
import { decideFormation } from '../processes/roster';
import { factsIn } from '../processes/tree';
import { nynashamnsmodellen } from './model.fixtures';

// Names are personal data: the events know people by opaque ids only.
export const person = { olsson: 'p-101', kalback: 'p-102', landberg: 'p-103', forshage: 'p-104' };
export const OLD = 'm-nynashamn';
export const NEW = 'm-riskzon';

export const riskzon: EstablishModelData = {
  modelId: NEW,
  name: 'Samverkansmodell för barn och unga i riskzon',
  purpose: 'Systematiserad samverkan mellan förvaltningarna för barn och unga i riskzon',
  participantIds: ['org-naf', 'org-buf', 'org-sof'],
  principles: ['Tydlig samarbetsstruktur', 'Fokus främjande och förebyggande', 'Skyddsfaktorer'],
  focusAreas: [
    'Tobak, nikotin, alkohol, narkotika, spel om pengar',
    'Brott',
    'Otrygghet i bostadsområdet',
    'Psykisk ohälsa',
  ],
  // Assumed: the seeds name no adopting decision; § 79/24 reports the model, it does not adopt it.
  adoptedBy: {
    description:
      'Förvaltningscheferna för BUF, NAF och SOF; redovisat för gemensamt AU 2024-11-14 § 79/24',
  },
  // Assumed: the first day the seeds show the model and its steering group at work.
  establishedOn: '2024-11-14',
};

export class World {
  models = new Map<string, ModelState>();
  groups = new Map<string, GroupState>();

  establish(data: EstablishModelData): void {
    const state = this.models.get(data.modelId) ?? modelDecider.initialState;
    this.models.set(
      data.modelId,
      fold(
        modelDecider,
        modelDecider.decide(
          {
            type: 'EstablishModel',
            data: { ...data, participants: data.participantIds.map((id) => existing(id)) },
          },
          state,
        ),
        state,
      ),
    );
  }

  form(data: Omit<FormGroupData, 'parent' | 'records'> & { records?: 'minutes' | 'notes' }): void {
    const model = this.models.get(data.modelId!)!;
    const command = {
      type: 'FormGroup' as const,
      data: {
        records: 'notes' as const,
        ...data,
        parent: factsIn(this.groups, data.parentId ?? null),
      },
    };
    const decided = decideFormation(command, groupDecider.initialState, model);
    this.models.set(data.modelId!, fold(modelDecider, decided.model, model));
    this.groups.set(data.groupId, fold(groupDecider, decided.group));
  }

  member(
    groupId: string,
    membershipId: string,
    personId: string,
    organisationId: string,
    role: 'chair' | 'member',
    from: string,
  ): void {
    const state = this.groups.get(groupId)!;
    const events = groupDecider.decide(
      {
        type: 'AddMember',
        data: {
          ...{ groupId, membershipId, personId, organisationId, role, from },
          person: registered(personId),
          organisation: existing(organisationId),
        },
      },
      state,
    );
    this.groups.set(groupId, fold(groupDecider, events, state));
  }
}

export function nynashamn2024(): World {
  const world = new World();
  world.models.set(OLD, fold(modelDecider, [nynashamnsmodellen]));
  const every4to6 = { minWeeks: 4, maxWeeks: 6 };
  world.form({
    groupId: 'g-steering',
    modelId: OLD,
    kind: 'steering',
    name: 'Styrgruppen',
    cadence: every4to6,
    formedOn: '2021-01-01',
  });
  world.form({
    groupId: 'g-coordination',
    modelId: OLD,
    kind: 'coordination',
    name: 'Samordningsgruppen',
    parentId: 'g-steering',
    cadence: every4to6,
    formedOn: '2021-01-01',
  });
  // Formed dates assumed: the preschool work began in 2022, the analysis group after May 2023.
  const working = (groupId: string, name: string, formedOn: string) =>
    world.form({
      groupId,
      modelId: OLD,
      kind: 'working',
      name,
      focusArea: name,
      parentId: 'g-coordination',
      formedOn,
    });
  working('g-preschool', 'Närvaro i förskolan', '2022-01-01');
  working('g-school', 'Närvaro i skolan', '2023-01-01');
  working('g-violence', 'Våldsprevention', '2023-01-01');
  working('g-analysis', 'Analysgruppen', '2023-05-31');

  world.establish(riskzon);
  world.form({
    groupId: 'g-strategic',
    modelId: NEW,
    kind: 'strategic-steering',
    name: 'Strategisk styrgrupp',
    formedOn: '2024-11-14',
  });
  world.form({
    groupId: 'g-tactical',
    modelId: NEW,
    kind: 'tactical-steering',
    name: 'Taktisk styrgrupp',
    parentId: 'g-strategic',
    formedOn: '2024-11-14',
  });
  world.member('g-strategic', 'ms-olsson', person.olsson, 'org-buf', 'member', '2024-11-14');
  world.member('g-strategic', 'ms-kalback', person.kalback, 'org-naf', 'member', '2024-11-14');
  world.member('g-strategic', 'ms-landberg', person.landberg, 'org-sof', 'member', '2024-11-14');
  // The seeds do not say whom the project manager represents; the municipality is assumed.
  world.member('g-strategic', 'ms-forshage', person.forshage, 'org-0192', 'chair', '2024-11-14');
  return world;
}

/** Assumed: the minutes say the new model "will replace" the old one; the specs take New Year's Day. */
export const EFFECTIVE = '2025-01-01';

/** The groups on a model's roster, in the order they were attached. */
export function rosterOf(state: ModelState): string[] {
  return state.status === 'none' ? [] : Object.keys(state.groups);
}

/** Each seat as [person (or post), organisation represented, first role]. */
export function seatsOf(state: GroupState): [string, string, string][] {
  if (state.status === 'none') return [];
  return [...state.memberships.values()].map((seat) => [
    seat.personId ?? seat.postId ?? '',
    seat.organisationId,
    seat.roles[0]!.role,
  ]);
}
