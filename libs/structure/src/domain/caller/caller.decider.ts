import { DomainError, type Decider } from '@app/kernel';
import { requireDate, type IsoDate } from '../shared/guards';

const P = 'CALLER';

/**
 * Erase a caller's display name (GDPR Art. 17). A caller is whoever a token names (its
 * subject): not a registered person, even where the ids coincide. `kept` is the handler's
 * fact: whether a name of this caller is kept at all (erased or not); the day is the server's.
 */
export type EraseCallerName = {
  type: 'EraseCallerName';
  data: { subject: string; on: IsoDate; kept: boolean };
};

export type CallerCommand = EraseCallerName;

/** That the name was erased, and when: no personal data beyond the subject every event has. */
export type CallerNameErased = {
  type: 'CallerNameErased';
  data: { subject: string; erasedOn: IsoDate };
};

export type CallerEvent = CallerNameErased;

export type CallerState = { erasedOn: IsoDate | null };

export const callerStream = (subject: string): string => `caller-${subject}`;

export const CALLER_EVENT_VERSIONS: Record<CallerEvent['type'], number> = {
  CallerNameErased: 1,
};

export const validFromOfCallerEvent = (event: CallerEvent): IsoDate => event.data.erasedOn;

export const callerDecider: Decider<CallerCommand, CallerEvent, CallerState> = {
  initialState: { erasedOn: null },
  evolve: (_state, event) => ({ erasedOn: event.data.erasedOn }),
  decide(command, state) {
    const { subject, kept } = command.data;
    const on = requireDate(P, 'on', command.data.on);
    if (state.erasedOn !== null) {
      throw new DomainError(
        `${P}.ALREADY_ERASED`,
        `The caller's name was erased on ${state.erasedOn}`,
        'conflict',
        { subject, erasedOn: state.erasedOn },
      );
    }
    if (!kept) {
      throw new DomainError(`${P}.NOT_FOUND`, 'No name of this caller is kept', 'not-found', {
        subject,
      });
    }
    return [{ type: 'CallerNameErased', data: { subject, erasedOn: on } }];
  },
};
