import type { AppConfig } from '@app/platform';

/**
 * The one start-up line an operator needs: where the API listens, which database it keeps its
 * records in (never a password), and how it authenticates callers.
 */
export function startupSummary(config: AppConfig, url: string): string {
  const database =
    config.database.kind === 'pglite'
      ? `embedded PGlite at ${config.database.dataDir}`
      : `PostgreSQL ${withoutSecrets(config.database.url)}`;
  const events =
    config.eventStore.kind === 'kurrentdb'
      ? `; events in KurrentDB ${withoutSecrets(config.eventStore.url)}`
      : '';
  const auth =
    config.auth.mode === 'dev'
      ? `dev (tokens from \`npm run cli -- token\`, signed with the key under ${config.auth.keyDir})`
      : `oidc (issuer ${config.auth.issuer})`;
  const projections = config.projections ? '' : '; projections off (run `npm run worker`)';
  return `Samverkan API on ${url}/api/v1 — database: ${database}${events}; auth: ${auth}${projections}`;
}

/** A connection URL with its password (and any token in its query) left out. */
export function withoutSecrets(connection: string): string {
  try {
    const url = new URL(connection);
    url.password = '';
    for (const key of [...url.searchParams.keys()]) {
      if (/pass|secret|token/i.test(key)) url.searchParams.set(key, '***');
    }
    return url.toString();
  } catch {
    return '(unparsable URL)';
  }
}
