import { Upcasters } from '@app/event-store';
import { personDecider, type PersonRegistered } from '../domain';
import { structureUpcasters } from './upcasters';

const registered: PersonRegistered = {
  type: 'PersonRegistered',
  data: { personId: 'p-landberg', organisationId: 'org-sof', on: '2024-11-14' },
};

describe('structure upcasters', () => {
  const upcasters = Upcasters.of(...structureUpcasters);
  const v1 = {
    type: 'PersonRegistered',
    schemaVersion: 1,
    data: { ...registered.data, title: ' förvaltningschef ' },
  };

  it('reads a v1 registration as v2: the title leaves the data, handed over as personal data', () => {
    expect(upcasters.apply(v1)).toEqual({
      type: 'PersonRegistered',
      schemaVersion: 2,
      data: registered.data,
      personalData: { title: 'förvaltningschef' },
    });
  });

  it('hands over nothing for a v1 registration without a title', () => {
    const untitled = { ...v1, data: { ...registered.data, title: null } };
    expect(upcasters.apply(untitled)).toEqual({
      ...untitled,
      schemaVersion: 2,
      data: registered.data,
    });
  });

  it('folds an upcasted v1 registration like a v2 one', () => {
    const state = (event: PersonRegistered) =>
      personDecider.evolve(personDecider.initialState, event);
    expect(state(upcasters.apply(v1) as PersonRegistered)).toEqual(state(registered));
  });
});
