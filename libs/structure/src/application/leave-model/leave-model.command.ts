import { UseCase } from '@app/event-store';
import type { LeaveModel } from '../../domain';

export type LeaveModelInput = LeaveModel['data'];

export class LeaveModelCommand extends UseCase<LeaveModelInput> {}
