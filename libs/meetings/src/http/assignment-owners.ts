import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CommandExecutor } from '@app/event-store';
import type { IdentifiedRequest, ResourceOwners } from '@app/platform';
import { assignmentAggregate } from '../application/aggregates';
import { debtorsOf } from '../domain';

/**
 * Whose an assignment is, for the roles that follow up only their own organisation's: the
 * organisations that owe it (jointly, too), read from its own stream (never a read model that may lag).
 */
@Injectable()
export class AssignmentOwners implements ResourceOwners {
  constructor(private readonly executor: CommandExecutor) {}

  async organisationsOf(tenant: string, request: IdentifiedRequest): Promise<string[] | undefined> {
    const id = request.params.id;
    if (typeof id !== 'string' || !isUUID(id)) return undefined;
    const { state } = await this.executor.load(tenant, assignmentAggregate, id);
    return state.status === 'none' ? undefined : debtorsOf(state);
  }
}
