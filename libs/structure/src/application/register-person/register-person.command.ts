import { UseCase } from '@app/event-store';
import type { RegisterPerson } from '../../domain';

export type RegisterPersonInput = Omit<RegisterPerson['data'], 'personId' | 'organisation'> & {
  /** Personal data: stored in personal_data, never in an event. */
  name: string;
};

export class RegisterPersonCommand extends UseCase<RegisterPersonInput> {}
