import { Transform } from 'class-transformer';
import { ROLES } from '@app/kernel';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';

const POSTGRES_URL = /^postgres(ql)?:\/\/\S*$/;
const KURRENTDB_URL =
  /^(kurrentdb|kdb|esdb|kurrentdb\+discover|kdb\+discover|esdb\+discover):\/\/\S+$/;
const HTTP_URL = /^https?:\/\/\S+$/;
/** A signed note's key name and origin prefix: no spaces, no '+' (C2SP signed-note). */
const AUDIT_ORIGIN = /^[A-Za-z0-9._:-]+(\/[A-Za-z0-9._:-]+)*$/;

const CLAIM = /^[\w.:/-]{1,200}$/;
const ROLE = `(${ROLES.join('|')})`;
const ROLE_MAP = new RegExp(`^[^=,\\s]+=${ROLE}(,[^=,\\s]+=${ROLE})*$`);
const ORIGIN = 'https?://[\\w.-]+(:\\d+)?';
const ORIGINS = new RegExp(`^${ORIGIN}(,${ORIGIN})*$`);

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** The process environment as the app accepts it. Every variable is optional. */
export class Environment {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT?: number;
  @IsOptional() @IsString() HOST?: string;
  @IsOptional() @IsString() DATA_DIR?: string;

  @IsOptional()
  @Matches(POSTGRES_URL, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @IsIn(['postgres', 'kurrentdb']) EVENT_STORE?: 'postgres' | 'kurrentdb';

  @ValidateIf(
    (env: Environment) => env.EVENT_STORE === 'kurrentdb' || env.KURRENTDB_URL !== undefined,
  )
  @Matches(KURRENTDB_URL, {
    message:
      'KURRENTDB_URL must be a kurrentdb:// connection string (required with EVENT_STORE=kurrentdb)',
  })
  KURRENTDB_URL?: string;

  @IsOptional() @IsIn(['dev', 'oidc']) AUTH_MODE?: 'dev' | 'oidc';

  @ValidateIf((env: Environment) => env.AUTH_MODE === 'oidc')
  @IsString({ message: 'OIDC_ISSUER is required with AUTH_MODE=oidc' })
  OIDC_ISSUER?: string;

  @ValidateIf((env: Environment) => env.AUTH_MODE === 'oidc')
  @IsString({ message: 'OIDC_AUDIENCE is required with AUTH_MODE=oidc' })
  OIDC_AUDIENCE?: string;

  @ValidateIf((env: Environment) => env.AUTH_MODE === 'oidc')
  @Matches(HTTP_URL, {
    message: 'OIDC_JWKS_URL must be an http(s) URL (required with AUTH_MODE=oidc)',
  })
  OIDC_JWKS_URL?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(600) OIDC_CLOCK_SKEW_SECONDS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(60) OIDC_MAX_TOKEN_AGE_SECONDS?: number;
  @IsOptional()
  @Matches(CLAIM, { message: 'OIDC_ROLE_CLAIM must name a claim' })
  OIDC_ROLE_CLAIM?: string;
  @IsOptional()
  @Matches(CLAIM, { message: 'OIDC_ORGANISATION_CLAIM must name a claim' })
  OIDC_ORGANISATION_CLAIM?: string;
  @IsOptional()
  @Matches(CLAIM, { message: 'OIDC_MUNICIPALITY_CLAIM must name a claim' })
  OIDC_MUNICIPALITY_CLAIM?: string;
  @IsOptional()
  @Matches(CLAIM, { message: 'OIDC_NAME_CLAIM must name a claim' })
  OIDC_NAME_CLAIM?: string;

  @IsOptional()
  @Matches(ROLE_MAP, {
    message: `OIDC_ROLE_MAP must be provider-role=our-role pairs separated by commas, our roles being ${ROLES.join(', ')}`,
  })
  OIDC_ROLE_MAP?: string;

  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'OIDC_MUNICIPALITY must be a four-digit SCB code, e.g. 0192' })
  OIDC_MUNICIPALITY?: string;

  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'DEV_MUNICIPALITY must be a four-digit SCB code, e.g. 0192' })
  DEV_MUNICIPALITY?: string;

  @IsOptional() @IsString() NODE_ENV?: string;

  @IsOptional()
  @Matches(ORIGINS, {
    message: 'CORS_ORIGINS must be origins (https://dashboard.example.se) separated by commas',
  })
  CORS_ORIGINS?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) RATE_LIMIT_PER_MINUTE?: number;

  @IsOptional() @IsIn(['on', 'off']) PROJECTIONS?: 'on' | 'off';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(60000) CONSISTENCY_TIMEOUT_MS?: number;

  @ValidateIf(
    (env: Environment) => env.AUTH_MODE === 'oidc' || env.AUDIT_SIGNING_KEY_FILE !== undefined,
  )
  @IsString({
    message:
      'AUDIT_SIGNING_KEY_FILE must name an Ed25519 private key (PEM); required with AUTH_MODE=oidc',
  })
  AUDIT_SIGNING_KEY_FILE?: string;

  @IsOptional()
  @Matches(AUDIT_ORIGIN, {
    message:
      'AUDIT_ORIGIN must name this deployment without spaces or "+", e.g. samverkan.nynashamn.se',
  })
  AUDIT_ORIGIN?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) AUDIT_CHECKPOINT_EVENTS?: number;
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(525600) AUDIT_CHECKPOINT_MINUTES?: number;
}
