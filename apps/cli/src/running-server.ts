import { liveLockHolder, type AppConfig } from '@app/platform';

/**
 * The server that holds the embedded database, if one runs: the cli asks it instead of opening
 * the database beside it (PGlite is one process at a time). Its dev-mode key is the one under
 * DATA_DIR, so the cli signs its own token; a server in oidc mode would refuse that token, so
 * that is said before anything is sent.
 */
export function runningServer(config: AppConfig, doing: string): { url: string } | undefined {
  if (config.database.kind !== 'pglite') return undefined;
  const holder = liveLockHolder(config.database.dataDir);
  if (!holder?.server) return undefined;
  if (holder.server.auth !== 'dev') {
    throw new Error(
      `The server on ${holder.server.url} (pid ${holder.pid}) holds DATA_DIR and runs with ` +
        `AUTH_MODE=oidc, which refuses the cli's dev token. Stop it to ${doing}, then start it again.`,
    );
  }
  return holder.server;
}
