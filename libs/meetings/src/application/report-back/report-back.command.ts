import { UseCase } from '@app/event-store';
import type { ReportBack } from '../../domain';

/** The assignment is delivered: when, in which meeting, how. */
export type ReportBackInput = Omit<ReportBack['data'], 'meetingFacts'>;

export class ReportBackCommand extends UseCase<ReportBackInput> {}
