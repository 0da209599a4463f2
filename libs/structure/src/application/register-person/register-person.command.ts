import { UseCase } from '@app/event-store';
import type { RegisterPerson } from '../../domain';

export type RegisterPersonInput = Omit<RegisterPerson['data'], 'personId' | 'organisation'> & {
  /** Personal data: stored in personal_data, never in an event. */
  name: string;
  /** Personal data too (it can single a person out): kept and erased with the name. */
  title?: string | null;
};

export class RegisterPersonCommand extends UseCase<RegisterPersonInput> {}
