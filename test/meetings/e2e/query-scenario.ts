import { jointAu20241114 } from '../../../libs/meetings/src/seeds/nynashamn/joint-au-2024-11-14';
import { nanAu20231106 } from '../../../libs/meetings/src/seeds/nynashamn/nan-au-2023-11-06';
import { org } from '../../../libs/meetings/src/seeds/nynashamn/people';
import type { TestApp } from '../../support/test-app';
import {
  bodyStage,
  headOf,
  recordSeedMeeting,
  seedIds,
  type BodyStage,
} from '../../e2e/meetings/meetings-api';

export const SCRIPT = '<script>alert("x")</script>';

export interface QueryScenario {
  stage: BodyStage;
  nan: { meetingId: string; itemIds: Record<string, string> };
  joint: { meetingId: string };
  people: Record<string, string>;
  groupMeetings: string[];
  scripted: string;
  dated: string;
  /** Before the correction was recorded: the history as known then has one version of § 42. */
  beforeCorrection: string;
  /** After the extension of `dated` was recorded, before its report-back was. */
  beforeReport: string;
  position: () => Promise<string>;
}

/**
 * Both seed minutes recorded through the API (NAN AU's corrected after approval), an assignment
 * with a due date that is extended and reported late, a steering group's meetings for its
 * cadence, and a meeting whose every text is a <script>.
 */
export async function recordQueryScenario(api: TestApp): Promise<QueryScenario> {
  const stage = await bodyStage(api);
  const { meetings, people } = stage;
  const ids = seedIds(stage);
  const nan = await recordSeedMeeting(meetings, nanAu20231106, stage.bodyOf.committee, ids);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const beforeCorrection = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await meetings.ok(
    meetings.send.correct(nan.meetingId, nan.itemIds['nan-42']!, {
      field: 'decision',
      text: 'Arbetsutskottet lämnar ärendet till nämnden utan eget ställningstagande.',
      why: 'Felskrivning vid justeringen',
      correctedOn: '2023-11-20',
    }),
  );
  const joint = await recordSeedMeeting(
    meetings,
    jointAu20241114,
    { kind: 'joint-working-committee', id: stage.committee },
    seedIds(stage, { [org.jointAu]: stage.committee }),
  );
  const dated = await meetings.issue({
    meetingId: nan.meetingId,
    itemId: nan.itemIds['nan-42'],
    owedBy: { organisationId: stage.administration, personId: people.kalback },
    what: 'Beskriv Nynäshamnsmodellen för nämnden',
    issuedOn: '2023-11-06',
    dueOn: '2023-11-28',
  });
  await meetings.ok(
    meetings.send.extend(dated, {
      dueOn: '2023-12-15',
      why: 'Omorganisation',
      extendedOn: '2023-11-27',
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  const beforeReport = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await meetings.ok(
    meetings.send.reportBack(dated, {
      deliveredOn: '2024-01-10',
      form: 'written',
      summary: 'Bifogad',
    }),
  );
  const groupMeetings: string[] = [];
  for (const date of ['2024-01-10', '2024-02-07', '2024-05-02', '2024-05-20']) {
    groupMeetings.push(
      await heldGroupMeeting(stage, people.hagg!, date, 'Kommunhuset', 'Styrgruppens möte'),
    );
  }
  const scripted = await heldGroupMeeting(stage, people.hagg!, '2025-03-03', SCRIPT, SCRIPT);
  return {
    stage,
    nan,
    joint,
    people,
    groupMeetings,
    scripted,
    dated,
    beforeCorrection,
    beforeReport,
    position: async () => (await headOf(api)).toString(),
  };
}

async function heldGroupMeeting(
  stage: BodyStage,
  personId: string,
  date: string,
  place: string,
  text: string,
) {
  const { meetings } = stage;
  const id = await meetings.schedule({
    body: stage.bodyOf.group,
    scheduledFor: { date, time: '09:00' },
    place,
    format: 'in-person',
  });
  await meetings.ok(
    meetings.send.held(id, {
      startedAt: '09:00',
      endedAt: '10:00',
      attendance: [
        {
          personId,
          capacity: 'decision-maker',
          party: text === SCRIPT ? SCRIPT : null,
          title: text === SCRIPT ? SCRIPT : null,
        },
      ],
    }),
  );
  await meetings.item(id, {
    caseNumber: text === SCRIPT ? SCRIPT : null,
    title: text,
    kind: 'discussion',
    notes: text,
  });
  return id;
}
