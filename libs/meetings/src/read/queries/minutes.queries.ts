import type { Kysely } from 'kysely';
import type { Database } from '@app/platform';
import { meetingDate, mentionsIn, type Item } from '../../domain';
import { findMeeting, type StoredMeeting } from './meeting.queries';
import { minutesView, type MinutesView } from './minutes.view';
import { bodyNamer, organisationNamer, personNamer } from './names';

/** The whole minutes of a meeting, every name resolved; undefined when there is no such meeting. */
export async function minutesOf(
  database: Kysely<Database>,
  tenant: string,
  meetingId: string,
): Promise<MinutesView | undefined> {
  const meeting = await findMeeting(database, tenant, meetingId);
  return meeting && viewOf(database, tenant, meeting);
}

/** The minutes of a meeting already loaded (from the read model, or replayed as once known). */
export async function viewOf(
  database: Kysely<Database>,
  tenant: string,
  meeting: StoredMeeting,
): Promise<MinutesView> {
  const on = meetingDate(meeting);
  const [person, organisation, body] = await Promise.all([
    personNamer(database, tenant, peopleIn(meeting)),
    organisationNamer(database, tenant, organisationsIn(meeting), on),
    bodyNamer(database, tenant, [{ id: meeting.bodyId, kind: meeting.bodyKind, on }]),
  ]);
  return minutesView(meeting, {
    person,
    organisation,
    body: body({ id: meeting.bodyId, kind: meeting.bodyKind, on }),
  });
}

/** Everyone the minutes name: by id in the record, or mentioned in its running text. */
function peopleIn(meeting: StoredMeeting): string[] {
  const held = meeting.held;
  const items = Object.values(meeting.items);
  return [
    ...(held?.attendance ?? []).flatMap((a) => [a.personId, a.servingFor]),
    ...(held?.absences ?? []).map((a) => a.personId),
    ...(meeting.approval
      ? [meeting.approval.chairId, ...meeting.approval.adjusterIds, meeting.approval.secretaryId]
      : []),
    ...items.flatMap((item) => [
      ...item.presentedBy,
      ...item.motions.map((m) => m.personId),
      ...(item.decision?.reservations.map((r) => r.personId) ?? []),
    ]),
    ...[
      ...items.flatMap(textsOf),
      ...(held?.absences ?? []).map((a) => a.reason),
      ...meeting.corrections.flatMap((c) => [c.previous, c.text, c.why]),
    ].flatMap((text) => mentionsIn(text)),
  ].filter((id): id is string => typeof id === 'string');
}

function textsOf(item: Item): (string | null)[] {
  return [
    item.title,
    item.background,
    item.proposal?.text ?? null,
    ...item.motions.map((m) => m.text),
    item.decision?.text ?? null,
    ...(item.decision?.reservations.map((r) => r.text) ?? []),
    ...item.basisDocuments.map((d) => d.title),
    ...item.recipients.map((r) => r.name),
    item.notes,
  ];
}

function organisationsIn(meeting: StoredMeeting): (string | null)[] {
  const held = meeting.held;
  return [
    ...(held?.attendance ?? []).map((a) => a.organisationId),
    ...(held?.absences ?? []).map((a) => a.organisationId),
    ...Object.values(meeting.items).flatMap((item) => [
      item.proposal?.organisationId ?? null,
      ...item.recipients.map((r) => r.organisationId),
    ]),
    ...meeting.deliveries.map((d) => d.to.organisationId),
  ];
}
