import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ActorNames, EVENT_STORE, type EventStore } from '@app/event-store';
import type { Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission, SQL_DATABASE, type SqlDatabase } from '@app/platform';
import {
  findModel,
  listModels,
  modelKey,
  modelNames,
  MODELS,
  modelsOrder,
  ORGANISATIONS,
  participantsOn,
} from '../read';
import { echoOf, ListQuery, sliceOf, TimeTravelQuery } from './time-travel.query';
import {
  HistoryEndpoint,
  HistoryQuery,
  HistoryResponse,
  ListEndpoint,
  QueryEndpoint,
} from '@app/projections';
import { notFound } from './not-found';
import { historyAnswer } from './history-answer';
import { listAnswer } from './list-answer';
import { ModelAnswer, ModelsPage } from './responses';

@ApiTags('models')
@RequiresPermission('record.read')
@Controller('models')
export class ModelsQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
  ) {}

  @ApiOkResponse({ type: ModelsPage })
  @ListEndpoint('', 'Collaboration models in force on asOf, as known at knownAt', MODELS)
  async list(
    @Query() query: ListQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<ModelsPage> {
    const filter = { includeEnded: query.includeEnded === 'true' };
    const order = { columns: modelsOrder, keyOf: modelKey };
    return listAnswer(query, request, 'models', order, (slice, wanted) =>
      listModels(this.database.db, identity.municipality, slice, filter, wanted),
    );
  }

  @ApiOkResponse({ type: ModelAnswer })
  @QueryEndpoint(
    ':id',
    'A model on asOf: participants, principles, focus areas, adoption, status, predecessor and successor',
    MODELS,
    ORGANISATIONS,
  )
  async get(
    @Param('id') id: string,
    @Query() query: TimeTravelQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<ModelAnswer> {
    const slice = sliceOf(query);
    const tenant = identity.municipality;
    const model = await findModel(this.database.db, tenant, id, slice);
    if (!model) throw notFound('MODEL', 'collaboration model', id, slice);
    const [participants, names] = await Promise.all([
      participantsOn(this.database.db, tenant, id, slice),
      modelNames(this.database.db, tenant, [model.predecessorId, model.successorId], slice),
    ]);
    const related = (modelId: string | null) =>
      modelId === null ? null : { id: modelId, name: names.get(modelId) ?? null };
    return {
      ...model,
      predecessor: related(model.predecessorId),
      successor: related(model.successorId),
      participants,
      ...echoOf(slice),
    };
  }

  @HistoryEndpoint("Every event of the model's stream, oldest first")
  async history(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<HistoryResponse> {
    const sources = { store: this.store, names: this.names };
    return historyAnswer(sources, identity.municipality, 'model', id, query, request);
  }
}
