import { UseCase } from '@app/event-store';
import type { AppointPostHolder } from '../../domain';

export type AppointPostHolderInput = Omit<AppointPostHolder['data'], 'person'>;

export class AppointPostHolderCommand extends UseCase<AppointPostHolderInput> {}
