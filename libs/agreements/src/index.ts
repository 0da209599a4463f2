export * from './domain';
export * from './read';
export * from './application/commands';
export * from './agreements.module';
