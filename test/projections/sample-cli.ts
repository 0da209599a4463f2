/** The cli's projections commands over two sample projections, for the cli tests. */
import { Command } from 'commander';
import { registerProjections } from '../../apps/cli/src/commands/projections.command';
import { countsProjection } from './sample-counts.projection';

const program = new Command('samverkan').exitOverride();
registerProjections(program, async () => [
  countsProjection(),
  countsProjection({ name: 'sample-tally' }),
]);
program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
