import { ApiProblem, withApi, type ApiSession } from './api-session';
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

/**
 * A key the store already holds for other content means the municipality holds the demo as an
 * older version recorded it: the steps before were answered from the record, and this one would
 * contradict it. The run stops there with what to do instead of a bare problem.
 */
const senderOf =
  (api: ApiSession): SendCommand =>
  async (path, body, key) => {
    try {
      return (await api.post(path, body, key)) as CommandAnswer;
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'IDEMPOTENCY.KEY_REUSED') {
        throw new OlderDemo(path, key);
      }
      throw error;
    }
  };

export class OlderDemo extends Error {
  constructor(path: string, key: string) {
    super(
      'This database already holds the demo as an older version of Samverkan recorded it: its ' +
        `step ${key} (POST ${path}) was recorded with other content, so the demo stopped there ` +
        'and recorded nothing for it or after it. Earlier steps were answered from the record; ' +
        'steps this version adds before that point may have been recorded. To see this ' +
        "version's demo, record it into an empty database: DATA_DIR=<a new directory> " +
        'npm run cli -- demo (or drop and migrate the PostgreSQL database).',
    );
  }
}
