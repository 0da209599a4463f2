import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { keysetPage, readModel, type SortKey } from '@app/projections';
import type { Inquiry, InquiryState, InquiryStatus } from '../domain';
import { INQUIRIES } from './inquiries.projection';
import type { InquiriesDb } from './inquiries.tables';

export interface InquiryFilter {
  status?: InquiryStatus;
  organisationId?: string;
}

export type StoredInquiry = Inquiry & { status: InquiryStatus };

/** The inquiries' order, by the day they came then id: a cursor is that [day, id]. */
export const inquiriesOrder = ['i.received_on', 'i.inquiry_id'] as const;
export const inquiryKey = (inquiry: StoredInquiry): SortKey => [
  inquiry.receivedOn,
  inquiry.inquiryId,
];

/** Inquiries by the day they came, then id; keyset-paginated (limit + 1 of them). */
export async function listInquiries(
  database: Kysely<Database>,
  tenant: string,
  filter: InquiryFilter,
  page: { limit: number; after?: SortKey },
): Promise<StoredInquiry[]> {
  const db = await readModel<InquiriesDb>(database, INQUIRIES);
  let query = db.selectFrom('inquiries as i').select('i.document').where('i.tenant', '=', tenant);
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
  const rows = await keysetPage(query, inquiriesOrder, { ...page, whole: false }).execute();
  return rows.map((row) => row.document as StoredInquiry);
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
