import { UseCase } from '@app/event-store';
import type { EstablishModelData } from '../../domain';

/** A client establishes a model from scratch; a replacement names the predecessor itself. */
export type EstablishModelInput = Omit<EstablishModelData, 'modelId' | 'predecessorId'>;

export class EstablishModelCommand extends UseCase<EstablishModelInput> {}
