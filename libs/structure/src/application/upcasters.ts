import type { UpcasterRegistration } from '@app/event-store';

/**
 * PersonRegistered v1 held the person's title in its data, under the hash: the stored event
 * cannot change without breaking its chain, so it is read as v2 (no title) and the title rides
 * beside it as personal data, which the titles projection copies into the erasable personal-data
 * table (unless the person was erased). No read shows it from the event again.
 */
export const structureUpcasters: readonly UpcasterRegistration[] = [
  {
    type: 'PersonRegistered',
    fromVersion: 1,
    upcast: (event) => {
      const { title, ...data } = event.data as { title?: unknown };
      return {
        ...event,
        schemaVersion: 2,
        data,
        ...(typeof title === 'string' && title.trim() !== ''
          ? { personalData: { title: title.trim() } }
          : {}),
      };
    },
  },
];
