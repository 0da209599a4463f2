/** The cli's projections commands over the sample projection, for the cli tests. */
import { Command } from 'commander';
import { registerProjections } from '../../apps/cli/src/commands/projections.command';
import { countsProjection } from './sample-counts.projection';

const program = new Command('samverkan').exitOverride();
registerProjections(program, [countsProjection()]);
program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`Error: ${(error as Error).message}`);
  process.exit(1);
});
