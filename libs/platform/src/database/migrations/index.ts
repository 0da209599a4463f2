import type { Migration } from 'kysely';
import { eventStoreMigration } from './2026-11-23T1000-event-store';
import { projectionsMigration } from './2026-11-23T1100-projections';
import { personalDataMigration } from './2026-11-23T1200-personal-data';
import { appendFunctionMigration } from './2026-11-23T1300-append-function';
import { appendRecordTimeMigration } from './2026-12-03T1200-append-record-time';
import { auditMigration } from './2026-12-03T1210-audit';
import { actorNamesMigration } from './2026-12-03T1700-actor-names';
import { personalDataSubjectsMigration } from './2026-12-03T1800-personal-data-subjects';
import { verificationHeartbeatMigration } from './2026-12-03T1810-verification-heartbeat';

/**
 * Every migration, keyed by its dated file name. Kysely runs them in key order, so a new
 * migration's name starts with the date and time it was written: `YYYY-MM-DDTHHMM-what`.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-23T1000-event-store': eventStoreMigration,
  '2026-11-23T1100-projections': projectionsMigration,
  '2026-11-23T1200-personal-data': personalDataMigration,
  '2026-11-23T1300-append-function': appendFunctionMigration,
  '2026-12-03T1200-append-record-time': appendRecordTimeMigration,
  '2026-12-03T1210-audit': auditMigration,
  '2026-12-03T1700-actor-names': actorNamesMigration,
  '2026-12-03T1800-personal-data-subjects': personalDataSubjectsMigration,
  '2026-12-03T1810-verification-heartbeat': verificationHeartbeatMigration,
};
