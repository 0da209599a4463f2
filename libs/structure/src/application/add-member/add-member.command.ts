import type { CommandResult } from '@app/kernel';
import { UseCase } from '@app/event-store';
import type { AddMember } from '../../domain';

/** The seat's id is made by the handler, the person's, post's and organisation's facts loaded by it. */
export type AddMemberInput = Omit<
  AddMember['data'],
  'membershipId' | 'person' | 'post' | 'organisation'
>;
export type AddMemberResult = CommandResult & { membershipId: string };

export class AddMemberCommand extends UseCase<AddMemberInput, AddMemberResult> {}
