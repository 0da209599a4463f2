export * from './domain';
export * from './read';
export * from './application/commands';
export * from './agreements.module';
export * from './kolada/kolada-client';
export * from './kolada/kolada-import';
