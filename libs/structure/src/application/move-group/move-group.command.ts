import { UseCase } from '@app/event-store';
import type { MoveGroup } from '../../domain';

export type MoveGroupInput = Omit<MoveGroup['data'], 'parent'>;

export class MoveGroupCommand extends UseCase<MoveGroupInput> {}
