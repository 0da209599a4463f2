import { UseCase } from '@app/event-store';
import type { FormGroupData } from '../../domain';

export type FormGroupInput = Omit<FormGroupData, 'groupId' | 'parent'>;

export class FormGroupCommand extends UseCase<FormGroupInput> {}
