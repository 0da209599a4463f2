import { integer, jsonb, readTable, text, type TableOf } from '@app/projections';
import type { InquiryState } from '../domain';

/** Each inquiry's folded state, beside the columns its list filters and orders on. */
export const inquiriesTable = readTable(
  'inquiries',
  {
    inquiry_id: text(),
    status: text(),
    received_on: text(),
    due_on: text().nullable(),
    revision: integer(),
    document: jsonb<InquiryState>(),
  },
  { primaryKey: ['tenant', 'inquiry_id'] },
);

export const inquiryAddresseesTable = readTable(
  'inquiry_addressees',
  { inquiry_id: text(), organisation_id: text() },
  { primaryKey: ['tenant', 'organisation_id', 'inquiry_id'] },
);

export interface InquiriesDb {
  inquiries: TableOf<typeof inquiriesTable>;
  inquiry_addressees: TableOf<typeof inquiryAddresseesTable>;
}
