import { sql, type Kysely, type Transaction } from 'kysely';
import type { RecordedEvent } from '@app/event-store';
import { foldUnseen } from '@app/meetings';
import { byStream, readModel, type Projection } from '@app/projections';
import type { Database } from '@app/platform';
import {
  EVALUATION_EVENT_VERSIONS,
  evaluationDecider,
  type Evaluation,
  type EvaluationEvent,
  type EvaluationState,
} from '../domain';
import { evaluationsTable, type EvaluationsDb } from './tables';

export const EVALUATIONS = 'agreements-evaluations';

/** Each evaluation as one document: its instrument and every round's scores. */
export const evaluationsProjection: Projection<EvaluationsDb> = {
  name: EVALUATIONS,
  // 2: definedOn and a round's heldOn as the source gives them (YYYY, YYYY-MM or a day).
  version: 2,
  handles: Object.keys(EVALUATION_EVENT_VERSIONS),
  async setup(db: Kysely<EvaluationsDb>) {
    await sql.raw(evaluationsTable.ddl()).execute(db);
  },
  async apply(tx: Transaction<EvaluationsDb>, events: readonly RecordedEvent[]) {
    for (const { tenant, events: stream } of byStream(events)) {
      const evaluationId = (stream[0]!.data as EvaluationEvent['data']).evaluationId;
      const stored = await tx
        .selectFrom('evaluations')
        .select(['revision', 'document'])
        .where('tenant', '=', tenant)
        .where('evaluation_id', '=', evaluationId)
        .executeTakeFirst();
      const folded = foldUnseen<EvaluationState, EvaluationEvent>(
        (stored?.document as EvaluationState | undefined) ?? evaluationDecider.initialState,
        stored?.revision ?? -1,
        stream,
        evaluationDecider.evolve,
      );
      if (!folded) continue;
      const row = { revision: folded.revision, document: JSON.stringify(folded.state) };
      await tx
        .insertInto('evaluations')
        .values({ tenant, evaluation_id: evaluationId, ...row })
        .onConflict((c) => c.columns(['tenant', 'evaluation_id']).doUpdateSet(row))
        .execute();
    }
  },
};

export async function loadEvaluation(
  database: Kysely<Database>,
  tenant: string,
  evaluationId: string,
): Promise<Evaluation | undefined> {
  const db = await readModel<EvaluationsDb>(database, EVALUATIONS);
  const row = await db
    .selectFrom('evaluations')
    .select('document')
    .where('tenant', '=', tenant)
    .where('evaluation_id', '=', evaluationId)
    .executeTakeFirst();
  const state = row?.document as EvaluationState | undefined;
  return state?.status === 'defined' ? state : undefined;
}
