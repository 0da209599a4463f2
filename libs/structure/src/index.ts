export * from './domain';
export * from './read';
export * from './application';
export { STRUCTURE_COMMAND_HANDLERS } from './application/command-handlers';
export * from './structure.module';
