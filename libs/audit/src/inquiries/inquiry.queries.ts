import { sql, type Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { readModel } from '@app/projections';
import type { Inquiry, InquiryState, InquiryStatus } from '../domain';
import { INQUIRIES } from './inquiries.projection';
import type { InquiriesDb } from './inquiries.tables';

export interface InquiryFilter {
  status?: InquiryStatus;
  organisationId?: string;
}

export type StoredInquiry = Inquiry & { status: InquiryStatus };

/** Inquiries by the day they came, then id; keyset-paginated after `received_on|id`. */
export async function listInquiries(
  database: Kysely<Database>,
  tenant: string,
  filter: InquiryFilter,
  page: { limit: number; after?: { receivedOn: string; id: string } },
): Promise<{ inquiries: StoredInquiry[]; more: boolean }> {
  const db = await readModel<InquiriesDb>(database, INQUIRIES);
  let query = db
    .selectFrom('inquiries as i')
    .select('i.document')
    .where('i.tenant', '=', tenant)
    .orderBy('i.received_on')
    .orderBy('i.inquiry_id')
    .limit(page.limit + 1);
  if (filter.status !== undefined) query = query.where('i.status', '=', filter.status);
  if (filter.organisationId !== undefined) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('inquiry_addressees as a')
          .select('a.inquiry_id')
          .whereRef('a.tenant', '=', 'i.tenant')
          .whereRef('a.inquiry_id', '=', 'i.inquiry_id')
          .where('a.organisation_id', '=', filter.organisationId!),
      ),
    );
  }
  if (page.after !== undefined) {
    query = query.where(
      sql<boolean>`(i.received_on, i.inquiry_id) > (${page.after.receivedOn}, ${page.after.id})`,
    );
  }
  const rows = await query.execute();
  return {
    inquiries: rows.slice(0, page.limit).map((row) => row.document as StoredInquiry),
    more: rows.length > page.limit,
  };
}

export async function findInquiry(
  database: Kysely<Database>,
  tenant: string,
  id: string,
): Promise<StoredInquiry | undefined> {
  const db = await readModel<InquiriesDb>(database, INQUIRIES);
  const row = await db
    .selectFrom('inquiries')
    .select('document')
    .where('tenant', '=', tenant)
    .where('inquiry_id', '=', id)
    .executeTakeFirst();
  const state = row?.document as InquiryState | undefined;
  return state && state.status !== 'none' ? state : undefined;
}
