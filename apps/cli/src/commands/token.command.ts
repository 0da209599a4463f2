import { InvalidArgumentError, type Command } from 'commander';
import { MUNICIPALITY_CODE, ROLES, isRole } from '@app/kernel';
import { loadConfig, loadOrCreateDevKeys, signDevToken } from '@app/platform';

interface TokenOptions {
  name: string;
  role: string;
  org: string;
  municipality: string;
  id?: string;
  expires: string;
}

/** Makes a dev-mode bearer token, so that anyone can act as a given person locally. */
export function registerToken(program: Command): void {
  program
    .command('token')
    .description('print a bearer token for AUTH_MODE=dev, signed with the key under DATA_DIR')
    .requiredOption('--name <name>', 'the person acting, e.g. "Anna Svensson"')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
    .requiredOption('--org <shortName>', 'the organisation the person belongs to, e.g. NAF')
    .requiredOption(
      '--municipality <code>',
      'SCB code of the municipality, e.g. 0192',
      parseMunicipality,
    )
    .option('--id <subject>', 'stable subject id (default: derived from the name)')
    .option('--expires <duration>', 'lifetime, e.g. 12h or 30d', '12h')
    .action(async (options: TokenOptions) => {
      const config = loadConfig();
      if (config.auth.mode !== 'dev') {
        throw new Error(
          'cli token makes dev tokens; AUTH_MODE is oidc, so ask your identity provider',
        );
      }
      const keys = await loadOrCreateDevKeys(config.auth.keyDir);
      const token = await signDevToken(
        keys,
        {
          actor: {
            id: options.id ?? slug(options.name),
            name: options.name,
            role: parseRole(options.role),
            organisation: options.org,
          },
          municipality: options.municipality,
        },
        options.expires,
      );
      console.log(token);
    });
}

function parseRole(value: string) {
  if (!isRole(value)) throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  return value;
}

function parseMunicipality(value: string): string {
  if (!MUNICIPALITY_CODE.test(value))
    throw new InvalidArgumentError('must be a four-digit SCB code');
  return value;
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
