import { Inject, Injectable } from '@nestjs/common';
import type { Identity } from '@app/kernel';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { organisationIdsNamed, today } from '@app/structure';

/**
 * The caller's own organisation: the identity's `org` claim (e.g. `NAF`) names an organisation
 * of its municipality by short name (case aside) or by id, as recorded now and in existence
 * today. A claim that names none leaves the caller without an own organisation.
 */
@Injectable()
export class OwnOrganisation {
  constructor(@Inject(SQL_DATABASE) private readonly database: SqlDatabase) {}

  idsOf(identity: Identity): Promise<string[]> {
    return organisationIdsNamed(
      this.database.db,
      identity.municipality,
      identity.actor.organisation,
      { asOf: today(), knownAt: null },
    );
  }

  /** Whether `named` (an onBehalfOf: a short name or an id) is the caller's own organisation. */
  async names(identity: Identity, named: string): Promise<boolean> {
    const wanted = named.trim().toLowerCase();
    if (wanted !== '' && wanted === identity.actor.organisation.trim().toLowerCase()) return true;
    return (await this.idsOf(identity)).includes(named.trim());
  }
}
