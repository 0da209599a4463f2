import { DomainError } from '@app/kernel';
import {
  certainlyNotAfter,
  notPlacedAfter,
  outOfOrder,
  placedBefore,
  type IsoDate,
} from '../shared/guards';
import type { ModelFacts, ModelState } from './model.state';

const P = 'MODEL';

/** Nothing happens to a model that was replaced or retired. */
export function active(state: ModelState, modelId: string): ModelFacts {
  switch (state.status) {
    case 'none':
      throw new DomainError(`${P}.NOT_FOUND`, 'No such collaboration model', 'not-found', {
        modelId,
      });
    case 'replaced':
      throw new DomainError(
        `${P}.REPLACED`,
        `The model was replaced on ${state.endedOn}`,
        'conflict',
        {
          successorId: state.successorId,
          endedOn: state.endedOn,
        },
      );
    case 'retired':
      throw new DomainError(
        `${P}.RETIRED`,
        `The model was retired on ${state.endedOn}`,
        'conflict',
        { endedOn: state.endedOn },
      );
    case 'active':
      return state;
  }
}

/** Dates as given compare by their first possible day: a group formed "2020" in a model of 2019. */
export function notBeforeEstablishment(model: ModelFacts, on: IsoDate): IsoDate {
  if (placedBefore(on, model.establishedOn)) {
    throw new DomainError(
      `${P}.BEFORE_ESTABLISHMENT`,
      `The model was established on ${model.establishedOn}`,
      'invalid',
      {
        establishedOn: model.establishedOn,
      },
    );
  }
  return on;
}

/**
 * A group leaves the roster when it ends: refused only when certainly not after it joined (a
 * group dissolved "2022" may leave on any day of that year).
 */
export function endsAfter(model: ModelFacts, since: IsoDate, on: IsoDate): IsoDate {
  if (certainlyNotAfter(on, since)) outOfOrder(P, on, since);
  return on;
}

/** A change takes effect after what it changes: strictly, so that no state lasts zero days. */
export function after(model: ModelFacts, since: IsoDate, on: IsoDate): IsoDate {
  notBeforeEstablishment(model, on);
  if (notPlacedAfter(on, since)) outOfOrder(P, on, since);
  return on;
}
