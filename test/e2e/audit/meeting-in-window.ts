import { EVENT_STORE, type EventStore } from '@app/event-store';
import type { TestApp } from '../../support/test-app';
import { Meetings } from '../meetings/meetings-api';
import { Structure } from '../structure/structure-api';
import { waitForLeaf } from './transparency-log-waits';

/**
 * A steering group's meeting with one item, recorded through HTTP for 0192 (today, so in a
 * package of today), once the tree holds its last event. Answers the meeting's id.
 */
export async function recordMeetingInWindow(api: TestApp): Promise<string> {
  const structure = new Structure(api);
  const group = await structure.group(await structure.model([await structure.organisation('NAF')]));
  const meetings = new Meetings(api);
  const body = { kind: 'group', id: group };
  const meetingId = await meetings.schedule({ body, scheduledFor: { date: '2024-02-07' }, format: 'in-person' }); // prettier-ignore
  await meetings.item(meetingId, { number: null, title: 'Närvaro i skolan <lägesbild>', kind: 'information' }); // prettier-ignore
  const store = api.app.get<EventStore>(EVENT_STORE);
  const [, item] = await store.readStream('0192', `meeting-${meetingId}`);
  await waitForLeaf(api, '0192', item.id);
  return meetingId;
}
