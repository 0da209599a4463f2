import { UseCase } from '@app/event-store';
import type { AmendItem } from '../../domain';

/** Fields left out of `changes` keep their value; null clears an optional one. */
export type AmendItemInput = Omit<AmendItem['data'], 'numberTakenBy' | 'facts'>;

export class AmendItemCommand extends UseCase<AmendItemInput> {}
