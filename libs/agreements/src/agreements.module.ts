import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AGREEMENTS_COMMAND_HANDLERS } from './application/handlers';
import { AgreementCommandsController } from './http/agreement-commands.controller';
import { AgreementsQueriesController } from './http/agreements-queries.controller';
import { IndicatorCommandsController } from './http/indicator-commands.controller';
import { EvaluationsController } from './http/evaluations.controller';
import { AgreementOwners, EvaluationOwners, IndicatorOwners } from './http/owners';

/**
 * Agreements between boards and administrations, their follow-ups, indicators (Kolada), goals
 * and economy. Their assignments enter the meetings context's one register of assignments.
 */
@Module({
  imports: [CqrsModule],
  controllers: [
    AgreementCommandsController,
    IndicatorCommandsController,
    AgreementsQueriesController,
    EvaluationsController,
  ],
  providers: [...AGREEMENTS_COMMAND_HANDLERS, AgreementOwners, IndicatorOwners, EvaluationOwners],
})
export class AgreementsModule {}
