import { nynashamnSeeds } from '@app/meetings';
import type { NynashamnMinutes } from './nynashamn-minutes.demo';
import type { SendCommand } from './nynashamn.demo';

/** The three questions of "Frågor från revisorerna till styrelse och nämnder" in § 42/23. */
export const AUDITORS_QUESTIONS = [
  'Hur uppfattar nämnden sin roll i arbetet inom ramen för Nynäshamnsmodellen?',
  'Hur ser arbetet ut i praktiken?',
  'Ser nämnden att det finns några utvecklingsbehov kopplat till arbetet med Nynäshamsmodellen?',
];

export interface NynashamnInquiry {
  inquiryId: string;
  position: string;
}

/**
 * The auditors' questions about Nynäshamnsmodellen (NAN AU 2023-11-06 § 42/23, basis document
 * "Frågor från revisorerna till styrelse och nämnder angående Nynäshamsmodellen"), received and
 * answered by § 42/23. ASSUMPTION: the day they came (2023-09-01) and who was asked besides
 * NAN (the boards of the model's other administrations, BUN and SN) are not in the seeds.
 */
export async function recordNynashamnInquiry(
  command: SendCommand,
  minutes: NynashamnMinutes,
): Promise<NynashamnInquiry> {
  const send: SendCommand = (path, body, key) =>
    command(path, body, `demo-nynashamn-inquiry-${key}`);
  const { org } = nynashamnSeeds;
  const received = await send(
    '/inquiries',
    {
      receivedOn: '2023-09-01',
      from: 'De förtroendevalda revisorerna',
      reference: 'NAN/2023/0160/007',
      subject: 'Frågor från revisorerna till styrelse och nämnder angående Nynäshamnsmodellen',
      addressedTo: [minutes.bodies[org.nan], minutes.bodies['org-bun'], minutes.bodies['org-sn']],
      questions: AUDITORS_QUESTIONS,
    },
    'receive',
  );
  const meeting = minutes.nanAu20231106;
  const answered = await send(
    `/inquiries/${received.id}/answers`,
    {
      questionIds: ['1', '2', '3'],
      answer: { kind: 'decision', meetingId: meeting.meetingId, itemId: meeting.itemIds['nan-42'] },
      answeredOn: '2023-11-06',
      reason: 'NAN AU 2023-11-06 § 42/23',
    },
    'answer-42-23',
  );
  return { inquiryId: received.id, position: answered.position };
}
