import { withApi, type ApiSession } from './api-session';
import { recordNykopingAgreement } from './nykoping-agreement.demo';
import { recordNynashamnMinutes } from './nynashamn-minutes.demo';
import { recordNynashamn, type CommandAnswer, type SendCommand } from './nynashamn.demo';

/**
 * Records the Nynäshamn scenario (the structure, then both seed minutes) in municipality 0192,
 * and the Nyköping agreement KAN–DSO 2024 in 0480, through the API itself. Idempotency-Keys make
 * a second run add nothing.
 */
export function runDemo(): Promise<void> {
  return withApi('run the demo', '0192', async (api) => {
    const structure = await recordNynashamn(senderOf(api));
    // The seed minutes need the structure's administrations and people, so they come after.
    const minutes = await recordNynashamnMinutes(senderOf(api), structure);
    const nykoping = await recordNykopingAgreement(senderOf(await api.as('0480')));
    console.log(
      JSON.stringify({ ...structure, position: minutes.position, minutes, nykoping }, null, 2),
    );
  });
}

const senderOf =
  (api: ApiSession): SendCommand =>
  async (path, body, key) =>
    (await api.post(path, body, key)) as CommandAnswer;
