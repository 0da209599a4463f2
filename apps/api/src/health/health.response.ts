import { ApiProperty } from '@nestjs/swagger';

const INDICATORS = {
  type: 'object',
  additionalProperties: { type: 'object', additionalProperties: true },
  description: 'By indicator (database, eventStore): its status ("up") and what it reports',
} as const;

/** Terminus's answer: `ok` with each indicator's state. A failing probe answers 503 problem+json. */
export class HealthResponse {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty(INDICATORS)
  info!: Record<string, Record<string, unknown>>;

  @ApiProperty(INDICATORS)
  error!: Record<string, Record<string, unknown>>;

  @ApiProperty(INDICATORS)
  details!: Record<string, Record<string, unknown>>;
}
