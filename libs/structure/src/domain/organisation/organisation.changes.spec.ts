import { given } from '@app/testing';
import { nafRegistered } from '../testing/organisation.fixtures';
import { organisationDecider as decider } from './organisation.decider';

describe('organisation decider: renames and dissolution', () => {
  describe('RenameOrganisation', () => {
    const rename = (data: Partial<{ name: string; shortName: string | null; on: string }>) => ({
      type: 'RenameOrganisation' as const,
      data: {
        organisationId: 'org-naf',
        name: 'Arbetsmarknadsförvaltningen',
        on: '2023-06-01',
        ...data,
      },
    });

    it('renames from a date and keeps the short name unless told otherwise', () => {
      given(decider, [nafRegistered])
        .when(rename({}))
        .then([
          {
            type: 'OrganisationRenamed',
            data: {
              organisationId: 'org-naf',
              name: 'Arbetsmarknadsförvaltningen',
              shortName: 'NAF',
              on: '2023-06-01',
            },
          },
        ]);
      expect(
        given(decider, [nafRegistered])
          .when(rename({ shortName: null }))
          .events()[0]!.data,
      ).toMatchObject({ shortName: null });
    });

    it('refuses an organisation that was never registered', () => {
      given(decider).when(rename({})).thenFails('ORGANISATION.NOT_FOUND', 'not-found');
    });

    it('refuses a date before establishment, or not after the current name', () => {
      given(decider, [nafRegistered])
        .when(rename({ on: '2018-12-31' }))
        .thenFails('ORGANISATION.BEFORE_ESTABLISHMENT');
      given(decider, [nafRegistered])
        .when(rename({ on: '2019-01-01' }))
        .thenFails('ORGANISATION.CHANGE_OUT_OF_ORDER');
      const renamed = given(decider, [nafRegistered]).when(rename({})).events();
      given(decider, [nafRegistered, ...renamed])
        .when(rename({ name: 'Another name', on: '2023-05-31' }))
        .thenFails('ORGANISATION.CHANGE_OUT_OF_ORDER');
    });

    it('refuses a rename that changes nothing', () => {
      given(decider, [nafRegistered])
        .when(rename({ name: nafRegistered.data.name }))
        .thenFails('ORGANISATION.NAME_UNCHANGED', 'invalid');
    });
  });

  describe('DissolveOrganisation', () => {
    const dissolve = (on: string) => ({
      type: 'DissolveOrganisation' as const,
      data: { organisationId: 'org-naf', on },
    });
    const dissolved = {
      type: 'OrganisationDissolved' as const,
      data: { organisationId: 'org-naf', on: '2024-12-31' },
    };

    it('dissolves on a date', () => {
      given(decider, [nafRegistered]).when(dissolve('2024-12-31')).then([dissolved]);
    });

    it('refuses a date before establishment, on its first day, or before its last rename', () => {
      given(decider, [nafRegistered])
        .when(dissolve('2000-01-01'))
        .thenFails('ORGANISATION.BEFORE_ESTABLISHMENT');
      given(decider, [nafRegistered])
        .when(dissolve('2019-01-01'))
        .thenFails('ORGANISATION.CHANGE_OUT_OF_ORDER');
      const renamed = {
        type: 'OrganisationRenamed' as const,
        data: { organisationId: 'org-naf', name: 'X', shortName: 'X', on: '2023-06-01' },
      };
      given(decider, [nafRegistered, renamed])
        .when(dissolve('2023-01-01'))
        .thenFails('ORGANISATION.CHANGE_OUT_OF_ORDER');
    });

    it('refuses to act on a dissolved organisation', () => {
      given(decider, [nafRegistered, dissolved])
        .when(dissolve('2025-01-01'))
        .thenFails('ORGANISATION.DISSOLVED', 'conflict');
      given(decider, [nafRegistered, dissolved])
        .when({
          type: 'RenameOrganisation',
          data: { organisationId: 'org-naf', name: 'Y', on: '2025-01-01' },
        })
        .thenFails('ORGANISATION.DISSOLVED', 'conflict');
    });
  });
});
