import { UseCase } from '@app/event-store';
import type { JoinModel } from '../../domain';

export type JoinModelInput = JoinModel['data'];

export class JoinModelCommand extends UseCase<JoinModelInput> {}
