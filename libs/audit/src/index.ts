export * from './merkle/merkle';
export * from './merkle/compact-range';
export * from './log/log.tables';
export * from './log/proofs';
export * from './log/transparency-log.projection';
