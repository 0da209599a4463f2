import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/** One indicator's state as a client reads it (terminus types it only as an open record). */
interface HealthIndicatorState {
  status: 'up' | 'down';
  engine?: 'pglite' | 'postgres';
  head?: string;
}

/**
 * By indicator: its status and what it reports (the database its engine, the event store its
 * head position as a bigint's digits). A failing probe answers 503 problem+json instead.
 */
const INDICATORS: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: {
      status: { type: 'string', enum: ['up', 'down'] },
      engine: { type: 'string', enum: ['pglite', 'postgres'], description: 'The database' },
      head: { type: 'string', example: '1042', description: "The event store's head position" },
    },
  },
  description: 'By indicator (database, eventStore): its status and what it reports',
};

/** Terminus's answer: `ok` with each indicator's state. A failing probe answers 503 problem+json. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty(INDICATORS)
  info!: Record<string, HealthIndicatorState>;

  @ApiProperty(INDICATORS)
  error!: Record<string, HealthIndicatorState>;

  @ApiProperty(INDICATORS)
  details!: Record<string, HealthIndicatorState>;
}
