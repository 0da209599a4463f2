import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import type { NoteSigner } from './signed-note';
import { loadSigningKey } from './signing-key';

/** The checkpoint signing key, loaded (or, in development, made) once at start-up. */
export const AUDIT_SIGNER = Symbol('AUDIT_SIGNER');

export const auditSignerProvider: Provider = {
  provide: AUDIT_SIGNER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Promise<NoteSigner> => loadSigningKey(config.audit),
};
