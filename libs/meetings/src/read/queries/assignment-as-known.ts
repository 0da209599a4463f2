import type { EventStore } from '@app/event-store';
import { assignmentDecider, assignmentStream, type AssignmentEvent } from '../../domain';
import { evolveDocument } from '../assignments.projection';
import type { AssignmentDocument } from '../read-model.tables';

/**
 * An assignment as it had been recorded by `knownAt`: its own stream replayed up to then (the
 * read model keeps only the latest). An assignment's stream is a handful of events, so the
 * replay is one short read. Undefined when it had not been issued by then.
 */
export async function assignmentAsKnownAt(
  store: EventStore,
  tenant: string,
  assignmentId: string,
  knownAt: string,
): Promise<AssignmentDocument | undefined> {
  const until = Date.parse(knownAt);
  const document = (await store.readStream(tenant, assignmentStream(assignmentId)))
    .filter((event) => Date.parse(event.metadata.recordedAt) <= until)
    .reduce(
      (current, event) =>
        evolveDocument(current, { type: event.type, data: event.data } as AssignmentEvent),
      { state: assignmentDecider.initialState, extensions: [] } as AssignmentDocument,
    );
  return document.state.status === 'none' ? undefined : document;
}
