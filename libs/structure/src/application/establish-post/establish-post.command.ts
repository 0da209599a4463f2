import { UseCase } from '@app/event-store';
import type { EstablishPost } from '../../domain';

export type EstablishPostInput = Omit<EstablishPost['data'], 'postId' | 'organisation'>;

export class EstablishPostCommand extends UseCase<EstablishPostInput> {}
