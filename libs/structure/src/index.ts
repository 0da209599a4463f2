export * from './domain';
export * from './read';
export * from './application';
export { STRUCTURE_COMMAND_HANDLERS } from './application/command-handlers';
export * from './structure.module';
/** The `?asOf=&knownAt=` of every structure read, for the exports that read structure too. */
export { echoOf, sliceOf, TimeTravelQuery } from './http/time-travel.query';
/** How often a body meets, as answers document it (the meetings' cadence reads answer it too). */
export { CadenceResponse } from './http/responses/refs.response';
