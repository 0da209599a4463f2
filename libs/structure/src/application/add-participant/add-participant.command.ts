import { UseCase } from '@app/event-store';
import type { AddParticipant } from '../../domain';

export type AddParticipantInput = Omit<AddParticipant['data'], 'organisation'>;

export class AddParticipantCommand extends UseCase<AddParticipantInput> {}
