import { spawnSync } from 'node:child_process';
import type { Command } from 'commander';
import { OFFLINE_VERIFIER } from '@app/audit';

/**
 * `audit verify-package FILE [--public-key FILE]`: runs the offline verifier that every audit
 * package holds as verify.js — this build's own copy of it, not the package's, which whoever
 * made the package could have changed. Its exit code is the command's: 0 holds, 3 broken.
 */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the transparency log and audit packages');
  audit
    .command('verify-package <file>')
    .description('verify an audit package offline: hashes, inclusion proofs, signed checkpoints')
    .option('--public-key <file>', 'the verifier key you kept (default: the one in the package)')
    .action((file: string, options: { publicKey?: string }) => {
      const args = [file, ...(options.publicKey ? ['--public-key', options.publicKey] : [])];
      const result = spawnSync(process.execPath, ['-e', OFFLINE_VERIFIER, 'verify.js', ...args], {
        stdio: 'inherit',
      });
      process.exitCode = result.status ?? 1;
    });
}
