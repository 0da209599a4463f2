import { Body, Controller, Header, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError, type CommandContext, type Identity } from '@app/kernel';
import { ApiContentResponse, CommandResponse, inputOf } from '@app/platform';
import {
  ApiIds,
  CommandCtx,
  CommandEndpoint,
  CurrentIdentity,
  IdParam,
  RequiresPermission,
  SQL_DATABASE,
  withBody,
  withEtag,
  type SqlDatabase,
} from '@app/platform';
import { ConsistentQuery, QueryEndpoint } from '@app/projections';
import { Inject } from '@nestjs/common';
import { Decide } from '@app/event-store';
import { evaluationAggregate } from '../application/aggregates';
import { DefineEvaluationCommand } from '../application/commands';
import { roundStatistics, spiderChart } from '../domain';
import { EVALUATIONS, loadEvaluation } from '../read';
import { ChartQuery, DefineEvaluationDto, RecordRoundDto } from './dto/evaluation.dto';
import { EvaluationOwners } from './owners';
import { EvaluationAnswer } from './responses';

const notFound = (what: string, details: object) =>
  new DomainError('EVALUATION.NOT_FOUND', `No such ${what}`, 'not-found', { ...details });

/** Self-assessments of collaboration: instruments, rounds of scores, statistics, spider diagrams. */
@ApiTags('evaluations')
@Controller('evaluations')
export class EvaluationsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(SQL_DATABASE) private readonly database: SqlDatabase,
  ) {}

  @Post()
  @RequiresPermission('agreements.write', { owners: EvaluationOwners })
  @CommandEndpoint('Define an evaluation: what it assesses, its dimensions and scale', {
    created: true,
  })
  async define(
    @Body() body: DefineEvaluationDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = new DefineEvaluationCommand(inputOf(body), withBody(context, body));
    return withEtag(response, await this.commands.execute(command));
  }

  @Post(':id/rounds')
  @ApiIds('id')
  @RequiresPermission('agreements.write', { owners: EvaluationOwners })
  @CommandEndpoint('Record a round: when, who answered, and their scores')
  async round(
    @IdParam() evaluationId: string,
    @Body() body: RecordRoundDto,
    @CommandCtx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResponse> {
    const command = Decide.on(
      evaluationAggregate,
      evaluationId,
      { type: 'RecordRound', data: { ...inputOf(body), evaluationId } },
      withBody(context, body),
    );
    return withEtag(response, await this.commands.execute(command));
  }

  @RequiresPermission('record.read')
  @ApiOkResponse({ type: EvaluationAnswer })
  @QueryEndpoint(
    ':id',
    'An evaluation with every round: respondents, and per dimension n, mean, spread and change',
    EVALUATIONS,
  )
  async one(
    @IdParam() id: string,
    @Query() _query: ConsistentQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<EvaluationAnswer> {
    const evaluation = await loadEvaluation(this.database.db, identity.municipality, id);
    if (!evaluation) throw notFound('evaluation', { id });
    const { rounds, ...instrument } = evaluation;
    return {
      ...instrument,
      rounds: rounds.map((round, index) => ({
        round: round.round,
        heldOn: round.heldOn,
        respondents: round.respondents,
        dimensions: roundStatistics(evaluation, index + 1),
      })),
    };
  }

  @RequiresPermission('record.read')
  @QueryEndpoint(
    ':id/rounds/:round/chart.svg',
    'A round as an accessible spider diagram (SVG), beside another round when asked',
    EVALUATIONS,
  )
  @ApiProduces('image/svg+xml')
  @ApiContentResponse('image/svg+xml', 'The spider diagram')
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  async chart(
    @IdParam() id: string,
    @Param('round', ParseIntPipe) round: number,
    @Query() query: ChartQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<string> {
    const evaluation = await loadEvaluation(this.database.db, identity.municipality, id);
    if (!evaluation) throw notFound('evaluation', { id });
    for (const which of [round, query.compareWith]) {
      if (which !== undefined && !evaluation.rounds[which - 1])
        throw notFound('round', { id, round: which });
    }
    return spiderChart(evaluation, round, query.compareWith);
  }
}
