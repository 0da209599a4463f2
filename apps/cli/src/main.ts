import { Command } from 'commander';
import { ConfigError } from '@app/platform';
import { registerAudit } from './commands/audit.command';
import { registerDemo } from './demo/demo.command';
import { registerKolada } from './commands/kolada.command';
import { registerMigrate } from './commands/migrate.command';
import { registerProjections } from './commands/projections.command';
import { registerToken } from './commands/token.command';
import { registerVerify } from './commands/verify.command';

/** Admin commands: `npm run cli -- <command> --help`. */
const program = new Command('samverkan')
  .description('Samverkan administration')
  .showHelpAfterError()
  .exitOverride();

registerMigrate(program);
registerDemo(program);
// Loaded when a projections command runs: the contexts' code is most of the cli's start-up.
registerProjections(program, async () => (await import('../../read-models')).READ_MODELS);
registerToken(program);
registerVerify(program);
registerAudit(program);
registerKolada(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version') process.exit(0);
  if (code?.startsWith('commander.')) process.exit(2);
  console.error(
    error instanceof ConfigError ? error.message : `Error: ${(error as Error).message}`,
  );
  process.exit(1);
});
