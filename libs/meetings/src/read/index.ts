export * from './meetings-projections';
