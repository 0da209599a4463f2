import { UseCase } from '@app/event-store';
import type { RegisterOrganisation } from '../../domain';

export type RegisterOrganisationInput = Omit<
  RegisterOrganisation['data'],
  'organisationId' | 'parent'
>;

export class RegisterOrganisationCommand extends UseCase<RegisterOrganisationInput> {}
