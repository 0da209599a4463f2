import { UseCase } from '@app/event-store';
import type { AbolishPost } from '../../domain';

export type AbolishPostInput = Omit<AbolishPost['data'], 'seats'>;

export class AbolishPostCommand extends UseCase<AbolishPostInput> {}
