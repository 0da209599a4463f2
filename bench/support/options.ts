import { DEFAULT_REBUILD_BATCH_SIZE } from '@app/projections';

/** Command-line options of `npm run bench`: `--quick` for CI, `--events N` for the 1M runs. */
export interface BenchOptions {
  quick: boolean;
  /** The largest history for catch-up and time travel. */
  maxEvents: number;
  adminUrl: string;
  /** Only these suites (`--only append,http`); all when empty. */
  only: string[];
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const events = value('--events');
  return {
    quick,
    maxEvents: events ? Number(events) : quick ? 2_000 : 100_000,
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    only: (value('--only') ?? '').split(',').filter(Boolean),
  };
}

/** Events per page for catch-up: a rebuild's default page, and readAll reads the same pages. */
export const CATCH_UP_BATCH = DEFAULT_REBUILD_BATCH_SIZE;
