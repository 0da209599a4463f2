import { withApi, type ApiSession } from './api-session';
import { recordNykopingAgreement } from './nykoping-agreement.demo';
import { recordNynashamnInquiry } from './nynashamn-inquiry.demo';
import { recordNynashamnMinutes } from './nynashamn-minutes.demo';
import { recordNynashamn, type CommandAnswer, type SendCommand } from './nynashamn.demo';

/**
 * Records the Nynäshamn scenario (the structure, both seed minutes, the auditors' questions
 * answered by § 42/23) in municipality 0192,
 * and the Nyköping agreement KAN–DSO 2024 in 0480, through the API itself. Idempotency-Keys make
 * a second run add nothing.
 */
export function runDemo(): Promise<void> {
  return withApi('run the demo', '0192', async (api) => {
    const structure = await recordNynashamn(senderOf(api));
    // The seed minutes need the structure's administrations and people, so they come after.
    const minutes = await recordNynashamnMinutes(senderOf(api), structure);
    // The auditors' questions are answered by an item of the minutes.
    const inquiry = await recordNynashamnInquiry(senderOf(api), minutes);
    const nykoping = await recordNykopingAgreement(senderOf(await api.as('0480')));
    console.log(
      JSON.stringify(
        { ...structure, position: inquiry.position, minutes, inquiry, nykoping },
        null,
        2,
      ),
    );
  });
}

const senderOf =
  (api: ApiSession): SendCommand =>
  async (path, body, key) =>
    (await api.post(path, body, key)) as CommandAnswer;
