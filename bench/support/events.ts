import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@app/event-store';
import type { Actor } from '@app/kernel';

export const TENANT = '0192';

export const ACTOR: Actor = {
  id: 'bench-secretary',
  name: 'Anna Svensson',
  role: 'secretary',
  organisation: 'NAF',
};

/**
 * A governance act of about 1 KB, as a secretary records a seat with its justification: the
 * size of what the store hashes, encodes and writes per event in the append suite.
 */
export function governancePayload(stream: number, sequence: number): Record<string, unknown> {
  return {
    groupId: `g-${stream}`,
    membershipId: `ms-${stream}-${sequence}`,
    personId: `p-${(stream * 7 + sequence) % 5000}`,
    organisationId: ['org-naf', 'org-buf', 'org-sof'][sequence % 3],
    role: sequence % 10 === 0 ? 'chair' : 'member',
    from: '2024-01-15',
    decision: {
      body: 'Nynäshamns kommun, arbetsutskottet för näringsliv, arbete och fritid',
      caseNumber: `NAF/2024:${100 + (sequence % 900)}`,
      paragraph: `§ ${sequence % 60}/24`,
      meetingOn: '2024-01-10',
    },
    justification:
      'Förvaltningen föreslår att ledamoten ingår i arbetsgruppen för närvaro i förskolan med ' +
      'uppdrag att samordna socialförvaltningens insatser med barn- och utbildningsförvaltningen. ' +
      'Ledamoten har erfarenhet av tidiga insatser och av samverkan med elevhälsan och ' +
      'ska rapportera till samordningsgruppen var sjätte vecka enligt Nynäshamnsmodellen.',
    contact: { email: 'anna.svensson@nynashamn.se', phone: '08-520 680 00' },
    tags: ['närvaro', 'förskola', 'tidiga insatser', 'samverkan'],
  };
}

export function newEvent(type: string, data: unknown, validFrom?: string): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { actor: ACTOR, correlationId: randomUUID(), validFrom },
  };
}
