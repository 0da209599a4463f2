import type { RegisterOrganisation } from '../organisation/organisation.commands';
import type { OrganisationRegistered } from '../organisation/organisation.events';

/** Dates of establishment are not in the seeds: these are assumptions for the specs. */
export const nynashamn = {
  organisationId: 'org-0192',
  establishedOn: '1971-01-01',
  dissolvedOn: null,
};

export const registerNaf: RegisterOrganisation = {
  type: 'RegisterOrganisation',
  data: {
    organisationId: 'org-naf',
    kind: 'administration',
    name: 'Näringslivs- och arbetsmarknadsförvaltningen',
    shortName: 'NAF',
    parentId: 'org-0192',
    parent: nynashamn,
    establishedOn: '2019-01-01',
  },
};

export const nafRegistered: OrganisationRegistered = {
  type: 'OrganisationRegistered',
  data: {
    organisationId: 'org-naf',
    kind: 'administration',
    name: 'Näringslivs- och arbetsmarknadsförvaltningen',
    shortName: 'NAF',
    parentId: 'org-0192',
    establishedOn: '2019-01-01',
  },
};

export const register = (data: Partial<RegisterOrganisation['data']>): RegisterOrganisation => ({
  type: 'RegisterOrganisation',
  data: { ...registerNaf.data, ...data },
});
