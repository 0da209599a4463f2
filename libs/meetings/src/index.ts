export * from './domain';
export * from './read';
export * from './application';
export * from './meetings.module';
export { DebtorDto } from './http/dto/assignment-commands.dto';
export * as nynashamnSeeds from './seeds/nynashamn';
export { assignmentAggregate, meetingAggregate } from './application/aggregates';
