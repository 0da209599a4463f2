import { UseCase } from '@app/event-store';
import type { DeliverNotes } from '../../domain';

/** "Delges kommunstyrelsen": the notes delivered to another body, by name or organisation. */
export type DeliverNotesInput = Omit<DeliverNotes['data'], 'recipient'>;

export class DeliverNotesCommand extends UseCase<DeliverNotesInput> {}
