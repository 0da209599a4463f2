export * from './domain-error';
export * from './identity';
export * from './command-context';
export * from './decider';
export * from './command-guards';
export * from './permissions';
export * from './text-limits';
export * from './records';
