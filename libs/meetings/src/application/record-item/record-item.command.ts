import { UseCase } from '@app/event-store';
import type { CommandResult } from '@app/kernel';
import type { ItemInput } from '../../domain';

export type RecordItemInput = ItemInput & { meetingId: string };

/** The answer names the new item besides the meeting (the stream it lives in). */
export type RecordItemResult = CommandResult & { itemId: string };

export class RecordItemCommand extends UseCase<RecordItemInput, RecordItemResult> {}
