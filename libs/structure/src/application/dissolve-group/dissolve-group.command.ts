import { UseCase } from '@app/event-store';
import type { DissolveGroup } from '../../domain';

/** A client dissolves by decision; a replacement dissolves with its own cause. */
export type DissolveGroupInput = Omit<DissolveGroup['data'], 'cause'>;

export class DissolveGroupCommand extends UseCase<DissolveGroupInput> {}
