import { StreamNotFoundError } from '@kurrent/kurrentdb-client';
import type { KurrentRecord } from './kurrentdb-envelope';

/** A missing stream reads as empty: the port has no "not found", only no events. */
export async function collect(
  reads: AsyncIterable<{ event?: KurrentRecord }>,
): Promise<KurrentRecord[]> {
  const records: KurrentRecord[] = [];
  try {
    for await (const { event } of reads) if (event) records.push(event);
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return records;
}
