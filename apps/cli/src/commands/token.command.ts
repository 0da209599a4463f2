import { InvalidArgumentError, type Command } from 'commander';
import { MUNICIPALITY_CODE, ROLES, isRole } from '@app/kernel';
import {
  devKeyFile,
  liveLockHolder,
  loadConfig,
  loadDevKeys,
  signDevToken,
  type AppConfig,
} from '@app/platform';

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
    .description(
      'print a bearer token for AUTH_MODE=dev, signed with the key the server made under DATA_DIR (it says which on stderr)',
    )
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
      const keyFile = devKeyFile(config.auth.keyDir);
      // A key made here would be one that no server verifies with: refuse, and say what to do.
      const keys = await loadDevKeys(config.auth.keyDir);
      if (!keys) {
        throw new Error(
          `No dev signing key at ${keyFile}: no server has started in AUTH_MODE=dev with ` +
            `DATA_DIR=${config.dataDir}. Start the server first (npm start), or run this with ` +
            "the server's DATA_DIR (its start-up line names the key's directory).",
        );
      }
      console.error(`Signed with ${keyFile}${verifier(config)}.`);
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

/** Who verifies with that key, when it is known: the server that holds the embedded database. */
function verifier(config: AppConfig): string {
  if (config.database.kind !== 'pglite') return '';
  const server = liveLockHolder(config.database.dataDir)?.server;
  return server ? `, the key of the server on ${server.url}` : '';
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
