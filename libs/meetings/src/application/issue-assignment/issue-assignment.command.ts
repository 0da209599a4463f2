import { UseCase } from '@app/event-store';
import type { IssueAssignment } from '../../domain';

/** The source's and the debtors' facts are read by the handler; the id is made there. */
export type IssueAssignmentInput = Omit<
  IssueAssignment['data'],
  'assignmentId' | 'sourceFacts' | 'owedByFacts'
>;

export class IssueAssignmentCommand extends UseCase<IssueAssignmentInput> {}
