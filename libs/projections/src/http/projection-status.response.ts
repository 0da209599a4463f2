import { ApiProperty } from '@nestjs/swagger';
import type { BuildStatus, ProjectionsStatus } from '../projection-status';

export class ProjectionErrorResponse {
  @ApiProperty() message!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The event the projection stopped at' })
  eventId!: string | null;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
}

export class ProjectionLastSeenResponse {
  @ApiProperty({ example: 'host:1234' }) runner!: string;
  @ApiProperty({ description: 'When it last recorded a batch, a state or its stop' }) at!: string;
}

export class ProjectionStatusResponse {
  @ApiProperty({ example: 'structure-groups' }) name!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Null until a process starts it' })
  build!: number | null;
  @ApiProperty({ description: 'Whether this build answers reads (a rebuild is listed beside it)' })
  active!: boolean;
  @ApiProperty({
    enum: ['running', 'catching-up', 'stopped', 'rebuilding', 'stopped-error', 'not-started'],
    description: 'stopped: no process projects it now (see lastSeen)',
  })
  state!: string;
  @ApiProperty({ example: '1048577', description: 'Global position of the last event projected' })
  checkpoint!: string;
  @ApiProperty({ description: 'Events between the checkpoint and the head of the store' })
  lag!: number;
  @ApiProperty({ description: 'False when lag was counted only up to a cap (KurrentDB)' })
  lagExact!: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'host:1234',
    description: 'The process projecting it now',
  })
  runner!: string | null;
  @ApiProperty({ nullable: true, type: ProjectionLastSeenResponse })
  lastSeen!: ProjectionLastSeenResponse | null;
  @ApiProperty({ nullable: true, type: ProjectionErrorResponse })
  error!: ProjectionErrorResponse | null;
  @ApiProperty({ nullable: true, type: String }) updatedAt!: string | null;
}

export class ProjectionsStatusResponse {
  @ApiProperty({ example: '1048590', description: 'Position of the last event in the store' })
  head!: string;
  @ApiProperty({ type: [ProjectionStatusResponse] }) projections!: ProjectionStatusResponse[];
}

/** What a caller who does not run the projections sees: no positions, lags, runners or errors. */
export class ProjectionStateResponse {
  @ApiProperty({ example: 'structure-groups' }) name!: string;
  @ApiProperty() version!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty({ enum: ['running', 'catching-up', 'rebuilding', 'stopped-error', 'not-started'] })
  state!: string;
}

export class ProjectionsStateResponse {
  @ApiProperty({ type: [ProjectionStateResponse] }) projections!: ProjectionStateResponse[];
}

/**
 * Positions and lags count every municipality's events, and an error names an event of any of
 * them: only those who run the projections see them; everyone else sees each one's state.
 */
export function toStateResponse(status: ProjectionsStatus): ProjectionsStateResponse {
  return {
    projections: status.projections.map(({ name, version, active, state }) => ({
      name,
      version,
      active,
      state,
    })),
  };
}

export function toStatusResponse(status: ProjectionsStatus): ProjectionsStatusResponse {
  return { head: status.head.toString(), projections: status.projections.map(toBuildResponse) };
}

function toBuildResponse(build: BuildStatus): ProjectionStatusResponse {
  return {
    ...build,
    checkpoint: build.checkpoint.toString(),
    error: build.error && {
      ...build.error,
      position: build.error.position === null ? null : build.error.position.toString(),
    },
  };
}
