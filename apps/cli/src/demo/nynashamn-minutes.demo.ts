import { nynashamnSeeds } from '@app/meetings';
import { registerMinutesCast, type SeedPerson } from './nynashamn-cast.demo';
import type { Nynashamn, SendCommand } from './nynashamn.demo';
import {
  issueSeedAssignment,
  recordSeedMeeting,
  seedIds,
  type RecordedMeeting,
} from './seed-commands';

const { org } = nynashamnSeeds;

export interface NynashamnMinutes {
  /** Boards and committees registered for the minutes, by seed id. */
  bodies: Record<string, string>;
  /** Every person of the seeds, by seed key (pirrone, ...), the structure demo's reused. */
  people: Record<SeedPerson, string>;
  nanAu20231106: RecordedMeeting;
  jointAu20241114: RecordedMeeting;
  /** The assignment of § 42/23. */
  assignment42: string;
  /** The position of the last command: pass it as consistentWith. */
  position: string;
}

/**
 * The two Nynäshamn minutes of the seeds (NAN AU 2023-11-06 §§ 41-48 and the joint AU
 * 2024-11-14 §§ 78-81), recorded in full through the command endpoints on top of the structure
 * demo: first the boards, committees and people they name, then every paragraph, the sitting,
 * the approval, the notice and the assignment of § 42/23. Every command's Idempotency-Key is
 * named after its step, so a second run answers the same ids and records nothing.
 */
export async function recordNynashamnMinutes(
  command: SendCommand,
  structure: Nynashamn,
): Promise<NynashamnMinutes> {
  let position = structure.position;
  const send: SendCommand = async (path, body, key) => {
    const answer = await command(path, body, `demo-nynashamn-minutes-${key}`);
    position = answer.position;
    return answer;
  };
  const { bodies, people, known } = await registerMinutesCast(send, structure);
  const ids = seedIds(known);
  const { nan, bun, kfn, sn, nanAu, jointAu, ksf } = bodies;
  const nanAuMeeting = await recordSeedMeeting(
    send,
    nynashamnSeeds.nanAu20231106,
    { kind: 'working-committee', id: nanAu },
    ids,
    'nan-au-2023-11-06',
  );
  const jointAuMeeting = await recordSeedMeeting(
    send,
    nynashamnSeeds.jointAu20241114,
    { kind: 'joint-working-committee', id: jointAu },
    ids,
    'joint-au-2024-11-14',
  );
  // No source: the server reads the decision the assignment comes from from the meeting.
  const seedAssignment = nynashamnSeeds.assignment42(null);
  const assignment = await issueSeedAssignment(send, seedAssignment, ids, 'assignment-42-23');

  return {
    bodies: {
      [org.nan]: nan,
      [org.nanAu]: nanAu,
      [org.jointAu]: jointAu,
      'org-bun': bun,
      'org-kfn': kfn,
      'org-sn': sn,
      'org-ksf': ksf,
    },
    people,
    nanAu20231106: nanAuMeeting,
    jointAu20241114: jointAuMeeting,
    assignment42: assignment.id,
    position,
  };
}
