import { Controller, Inject, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError, type Identity } from '@app/kernel';
import { ActorNames, EVENT_STORE, streamHistoryPage, type EventStore } from '@app/event-store';
import {
  CurrentIdentity,
  IdParam,
  RequiresPermission,
  SQL_DATABASE,
  type SqlDatabase,
} from '@app/platform';
import {
  HistoryQuery,
  historyPageOf,
  historyWindowOf,
  ListEndpoint,
  keysetRequestOf,
  pageOfRows,
  QueryEndpoint,
} from '@app/projections';
import { today } from '@app/structure';
import {
  agreementStream,
  economyOf,
  validFromOfAgreementEvent,
  versionAsOf,
  versionCertainty,
  type AgreementEvent,
} from '../domain';
import {
  AGREEMENTS,
  INDICATORS,
  agreementsOrder,
  agreementView,
  followUpCalendar,
  followUpsOrder,
  indicatorsOrder,
  indicatorWithValues,
  listIndicators,
  listAgreements,
  loadAgreement,
} from '../read';
import {
  AgreementQuery,
  AgreementsQuery,
  FollowUpsQuery,
  IndicatorsQuery,
  IndicatorValuesQuery,
} from './dto/queries.dto';
import { AgreementAnswer } from './agreement.response';
import {
  AgreementHistoryAnswer,
  AgreementsAnswer,
  EconomyAnswer,
  FollowUpsAnswer,
  IndicatorValuesAnswer,
  IndicatorsAnswer,
} from './responses';

const notFound = (prefix: string, id: string) =>
  new DomainError(`${prefix}.NOT_FOUND`, `No such ${prefix.toLowerCase()} ${id}`, 'not-found', {
    id,
  });

@ApiTags('agreements')
@Controller()
@RequiresPermission('record.read')
export class AgreementsQueriesController {
  constructor(
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly names: ActorNames,
  ) {}

  @ApiOkResponse({ type: AgreementsAnswer })
  @ListEndpoint(
    'agreements',
    'Agreements with their status on asOf; of an organisation (party or debtor)',
    AGREEMENTS,
  )
  async list(
    @Query() query: AgreementsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<AgreementsAnswer> {
    const asOf = query.asOf ?? today();
    const wanted = keysetRequestOf(query, request, agreementsOrder.length);
    const rows = await listAgreements(
      this.database.db,
      identity.municipality,
      { ...query, asOf },
      wanted,
    );
    const page = pageOfRows(rows, (row) => row.key, wanted, request);
    return { asOf, agreements: page.items.map((row) => row.entry), next: page.next };
  }

  @ApiOkResponse({ type: AgreementAnswer })
  @QueryEndpoint(
    'agreements/:id',
    'An agreement with everything in it as in force on asOf (the version in force), as recorded by knownAt',
    AGREEMENTS,
    INDICATORS,
  )
  async one(
    @IdParam() id: string,
    @Query() query: AgreementQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<AgreementAnswer> {
    const asOf = query.asOf ?? today();
    const tenant = identity.municipality;
    const agreement = await loadAgreement(this.database.db, this.store, tenant, id, query.knownAt);
    if (!agreement) throw notFound('AGREEMENT', id);
    return {
      ...(await agreementView(this.database.db, tenant, agreement, asOf)),
      knownAt: query.knownAt ?? null,
    };
  }

  @ApiOkResponse({ type: EconomyAnswer })
  @QueryEndpoint(
    'agreements/:id/economy',
    'The economy of the version in force: lines, flagged mismatches, totals per year',
    AGREEMENTS,
  )
  async economy(
    @IdParam() id: string,
    @Query() query: AgreementQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<EconomyAnswer> {
    const asOf = query.asOf ?? today();
    const agreement = await loadAgreement(
      this.database.db,
      this.store,
      identity.municipality,
      id,
      query.knownAt,
    );
    if (!agreement) throw notFound('AGREEMENT', id);
    return {
      asOf,
      agreementId: id,
      certainty: versionCertainty(agreement, asOf),
      ...economyOf(versionAsOf(agreement, asOf).content.economy),
    };
  }

  @RequiresPermission('history.read')
  @ApiOkResponse({ type: AgreementHistoryAnswer })
  @ListEndpoint(
    'agreements/:id/history',
    'Every event of the agreement with who recorded it, when and why',
  )
  async history(
    @IdParam() id: string,
    @Query() query: HistoryQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<AgreementHistoryAnswer> {
    const window = historyWindowOf(query);
    const events = await streamHistoryPage(
      { store: this.store, names: this.names },
      identity.municipality,
      agreementStream(id),
      (event) =>
        validFromOfAgreementEvent({ type: event.type, data: event.data } as AgreementEvent) ?? null,
      query,
      window,
    );
    if (!events) throw notFound('AGREEMENT', id);
    const page = historyPageOf(events, window, request);
    return { agreementId: id, events: page.items, next: page.next };
  }

  @ApiOkResponse({ type: FollowUpsAnswer })
  @ListEndpoint(
    'follow-ups',
    'The follow-up calendar across agreements: due dates and material deadlines in the window, ' +
      'owed by the organisation, with their status on asOf (due, overdue, delivered, missed)',
    AGREEMENTS,
  )
  async followUps(
    @Query() query: FollowUpsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<FollowUpsAnswer> {
    const asOf = query.asOf ?? today();
    const wanted = keysetRequestOf(query, request, followUpsOrder.length);
    const rows = await followUpCalendar(
      this.database.db,
      identity.municipality,
      { ...query, asOf },
      wanted,
    );
    const page = pageOfRows(rows, (row) => row.key, wanted, request);
    return {
      asOf,
      from: query.from ?? null,
      to: query.to ?? null,
      followUps: page.items.map((row) => row.entry),
      next: page.next,
    };
  }

  @ApiOkResponse({ type: IndicatorsAnswer })
  @ListEndpoint(
    'indicators',
    "The municipality's indicators, or those fed by a Kolada KPI (where an import records)",
    INDICATORS,
  )
  async indicators(
    @Query() query: IndicatorsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<IndicatorsAnswer> {
    const wanted = keysetRequestOf(query, request, indicatorsOrder.length);
    const tenant = identity.municipality;
    const indicators = await listIndicators(this.database.db, tenant, query.kpiId, wanted);
    const page = pageOfRows(indicators, (entry) => [entry.indicatorId], wanted, request);
    return { indicators: page.items, next: page.next };
  }

  @ApiOkResponse({ type: IndicatorValuesAnswer })
  @QueryEndpoint(
    'indicators/:id/values',
    'An indicator and its values per period with the gender split and provenance',
    INDICATORS,
  )
  async values(
    @Param('id') id: string,
    @Query() query: IndicatorValuesQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<IndicatorValuesAnswer> {
    const indicator = await indicatorWithValues(
      this.database.db,
      identity.municipality,
      id,
      query.knownAt,
    );
    if (!indicator) throw notFound('INDICATOR', id);
    return indicator;
  }
}
