import { UseCase } from '@app/event-store';
import type { RemoveItem } from '../../domain';

export type RemoveItemInput = RemoveItem['data'];

export class RemoveItemCommand extends UseCase<RemoveItemInput> {}
