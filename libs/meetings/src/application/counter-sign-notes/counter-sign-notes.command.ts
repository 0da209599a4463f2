import { UseCase } from '@app/event-store';
import type { CounterSignNotes } from '../../domain';

/** The chair signs the notes and another member counter-signs them: from then on only corrections. */
export type CounterSignNotesInput = Omit<CounterSignNotes['data'], 'registered'>;

export class CounterSignNotesCommand extends UseCase<CounterSignNotesInput> {}
