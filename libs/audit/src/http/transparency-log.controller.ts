import { Controller, Get, HttpCode, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, type Identity } from '@app/kernel';
import { CurrentIdentity, RequiresPermission } from '@app/platform';
import {
  NextLinkInterceptor,
  nextLinkOf,
  pageRequestOf,
  positionCursorOf,
  QueryEndpoint,
} from '@app/projections';
import { CheckpointService } from '../checkpoints/checkpoint.service';
import {
  checkpointOfSize,
  latestCheckpoint,
  listCheckpoints,
  type StoredCheckpoint,
} from '../checkpoints/checkpoint.store';
import { AUDIT_LOG } from '../log/log.tables';
import { consistencyProof, currentTreeHead, inclusionProof, leafOfEvent } from '../log/proofs';
import { readNodes } from '../log/tree-nodes';
import { checkpointResponse } from './checkpoint.response';
import {
  CheckpointsQuery,
  ConsistencyProofQuery,
  InclusionProofQuery,
} from './dto/transparency-log.query';
import {
  CheckpointResponse,
  CheckpointsAnswer,
  IssuedCheckpointAnswer,
  ConsistencyProofAnswer,
  InclusionProofAnswer,
  PublicKeyAnswer,
} from './responses';

const hex = (hashes: readonly Buffer[]) => hashes.map((hash) => hash.toString('hex'));

@ApiTags('audit')
@RequiresPermission('transparency.read')
@Controller('audit')
export class TransparencyLogController {
  constructor(private readonly checkpoints: CheckpointService) {}

  @ApiOkResponse({ type: PublicKeyAnswer })
  @Get('public-key')
  @ApiOperation({ summary: 'The key checkpoints are signed with: keep the verifier key' })
  publicKey(): PublicKeyAnswer {
    return this.checkpoints.publicKey();
  }

  @ApiOkResponse({ type: CheckpointResponse })
  @Get('checkpoints/latest')
  @ApiOperation({ summary: "The latest signed checkpoint of the municipality's log" })
  async latest(@CurrentIdentity() identity: Identity): Promise<CheckpointResponse> {
    return checkpointResponse(await this.latestOf(identity.municipality));
  }

  @ApiOkResponse({ type: CheckpointsAnswer })
  @Get('checkpoints')
  @UseInterceptors(NextLinkInterceptor)
  @ApiOperation({
    summary:
      'The history of checkpoints, newest first. Paginated: follow `next` (also the Link header)',
  })
  async history(
    @Query() query: CheckpointsQuery,
    @CurrentIdentity() identity: Identity,
    @Req() request: Request,
  ): Promise<CheckpointsAnswer> {
    const page = pageRequestOf(query);
    // A page ends at a tree size; the next one starts below it, as the trail's do at a position.
    const before = page.after === undefined ? undefined : Number(positionCursorOf(page.after));
    const rows = await listCheckpoints(this.checkpoints.db, identity.municipality, {
      from: query.from,
      to: query.to,
      before,
      limit: page.limit + 1,
    });
    const shown = rows.slice(0, page.limit);
    const more = rows.length > page.limit;
    return {
      checkpoints: shown.map(checkpointResponse),
      next: more ? nextLinkOf(request, String(shown[shown.length - 1].treeSize)) : null,
    };
  }

  @ApiCreatedResponse({ type: IssuedCheckpointAnswer, description: 'Issued now' })
  @ApiOkResponse({ type: IssuedCheckpointAnswer, description: 'The latest covers the log' })
  @Post('checkpoints')
  @HttpCode(200)
  @RequiresPermission('checkpoints.issue')
  @ApiOperation({
    summary: 'Issue a checkpoint now (201), or answer the latest when it covers the log (200)',
  })
  async issue(
    @CurrentIdentity() identity: Identity,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IssuedCheckpointAnswer> {
    const { checkpoint, issued } = await this.checkpoints.issue(identity.municipality);
    if (issued) res.status(201);
    return { issued, checkpoint: checkpointResponse(checkpoint) };
  }

  @ApiOkResponse({ type: InclusionProofAnswer })
  @QueryEndpoint(
    'proofs/inclusion',
    'An inclusion proof (RFC 9162): the leaf the event is, and the audit path to the root of a signed checkpoint',
    AUDIT_LOG,
  )
  async inclusion(
    @Query() query: InclusionProofQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<InclusionProofAnswer> {
    const tenant = identity.municipality;
    const log = await this.checkpoints.log();
    const leafIndex = await leafOfEvent(log, tenant, query.eventId);
    if (leafIndex === undefined) {
      throw new DomainError(
        'AUDIT.EVENT_NOT_FOUND',
        `No event ${query.eventId} in the transparency log of ${tenant}`,
        'not-found',
        { eventId: query.eventId },
      );
    }
    const checkpoint = await this.checkpointFor(tenant, query.treeSize);
    if (leafIndex >= checkpoint.treeSize) {
      throw new DomainError(
        'AUDIT.NOT_YET_CHECKPOINTED',
        `Event ${query.eventId} is leaf ${leafIndex}, after the checkpoint of ${checkpoint.treeSize} leaves; ` +
          'prove it against a later checkpoint',
        'conflict',
        { leafIndex, treeSize: checkpoint.treeSize },
      );
    }
    await this.assertTreeHolds(tenant, checkpoint.treeSize);
    const [leaf] = await readNodes(log, tenant, [{ level: 0, index: leafIndex }]);
    return {
      eventId: query.eventId,
      leafIndex,
      treeSize: checkpoint.treeSize,
      leafHash: leaf.toString('hex'),
      auditPath: hex(await inclusionProof(log, tenant, leafIndex, checkpoint.treeSize)),
      checkpoint: checkpointResponse(checkpoint),
    };
  }

  @ApiOkResponse({ type: ConsistencyProofAnswer })
  @QueryEndpoint(
    'proofs/consistency',
    'A consistency proof (RFC 9162): the tree of `from` leaves is a prefix of the tree of `to` leaves',
    AUDIT_LOG,
  )
  async consistency(
    @Query() query: ConsistencyProofQuery,
    @CurrentIdentity() identity: Identity,
  ): Promise<ConsistencyProofAnswer> {
    const tenant = identity.municipality;
    const to = query.to === undefined ? await this.latestOf(tenant) : undefined;
    const second = to?.treeSize ?? query.to!;
    if (query.from > second) {
      throw new DomainError(
        'AUDIT.SIZES_OUT_OF_ORDER',
        `from (${query.from}) must not exceed to (${second})`,
        'invalid',
      );
    }
    await this.assertTreeHolds(tenant, second);
    const log = await this.checkpoints.log();
    const db = this.checkpoints.db;
    const [fromCheckpoint, toCheckpoint] = await Promise.all([
      checkpointOfSize(db, tenant, query.from),
      to ?? checkpointOfSize(db, tenant, second),
    ]);
    return {
      from: query.from,
      to: second,
      proof: hex(await consistencyProof(log, tenant, query.from, second)),
      fromCheckpoint: fromCheckpoint ? checkpointResponse(fromCheckpoint) : null,
      toCheckpoint: toCheckpoint ? checkpointResponse(toCheckpoint) : null,
    };
  }

  private async latestOf(tenant: string): Promise<StoredCheckpoint> {
    const latest = await latestCheckpoint(this.checkpoints.db, tenant);
    if (!latest) {
      throw new DomainError(
        'AUDIT.NO_CHECKPOINT',
        `The transparency log of ${tenant} has no checkpoint yet`,
        'not-found',
      );
    }
    return latest;
  }

  private async checkpointFor(tenant: string, treeSize?: number): Promise<StoredCheckpoint> {
    if (treeSize === undefined) return this.latestOf(tenant);
    const checkpoint = await checkpointOfSize(this.checkpoints.db, tenant, treeSize);
    if (!checkpoint) {
      throw new DomainError(
        'AUDIT.CHECKPOINT_NOT_FOUND',
        `No checkpoint of ${treeSize} leaves; GET /audit/checkpoints lists them`,
        'not-found',
        { treeSize },
      );
    }
    return checkpoint;
  }

  /** A proof up to `size` needs the tree to have that many leaves (a rebuild may be under way). */
  private async assertTreeHolds(tenant: string, size: number): Promise<void> {
    const head = await currentTreeHead(await this.checkpoints.log(), tenant);
    if (head.size < size) {
      throw new DomainError(
        'AUDIT.TREE_SIZE_UNKNOWN',
        `The log of ${tenant} has ${head.size} leaves; there is no tree of ${size}`,
        'not-found',
        { treeSize: head.size },
      );
    }
  }
}
