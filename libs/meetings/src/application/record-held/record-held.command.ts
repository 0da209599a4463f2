import { UseCase } from '@app/event-store';
import type { RecordHeld } from '../../domain';

/** The whole record of the sitting; a repeat before approval replaces it. */
export type RecordHeldInput = Omit<RecordHeld['data'], 'registered'>;

export class RecordHeldCommand extends UseCase<RecordHeldInput> {}
