import type { Command } from 'commander';
import { createEventStore, verifyChains } from '@app/event-store';
import { loadConfig, openDatabase } from '@app/platform';

/** Exit code when a chain is broken: distinct from 1 (the command itself failed). */
export const BROKEN_CHAIN_EXIT_CODE = 3;

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description("recompute every stream's hash chain and report the first broken link")
    .option('--tenant <code>', 'only this municipality (SCB code)')
    .option('--json', 'print the report as JSON')
    .action(async (options: { tenant?: string; json?: boolean }) => {
      const config = loadConfig();
      const database = await openDatabase(config.database);
      // No upcasters: the chain covers events as they were stored.
      const store = createEventStore(config.eventStore, database);
      try {
        const report = await verifyChains(store, { tenant: options.tenant });
        if (options.json) {
          console.log(
            JSON.stringify(report, (_, value: unknown) =>
              typeof value === 'bigint' ? value.toString() : value,
            ),
          );
        } else if (report.ok) {
          console.log(
            `OK: ${report.events} events in ${report.streams} streams; every chain holds.`,
          );
        } else {
          const { tenant, stream, revision, problem, expected, actual } = report.broken;
          console.log(
            `BROKEN: tenant ${tenant}, stream ${stream}, revision ${revision}: ${problem} ` +
              `(expected ${expected ?? 'none'}, found ${actual ?? 'none'}), after ${report.events} sound events`,
          );
        }
        if (!report.ok) process.exitCode = BROKEN_CHAIN_EXIT_CODE;
      } finally {
        await store.close();
        await database.close();
      }
    });
}
