export * from './domain';
export * from './read';
export * from './application';
export * from './meetings.module';
export * as nynashamnSeeds from './seeds/nynashamn';
export { assignmentAggregate, meetingAggregate } from './application/aggregates';
