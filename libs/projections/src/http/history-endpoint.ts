import { applyDecorators } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { RequiresPermission } from '@app/platform';
import { ListEndpoint } from './list-endpoint';
import { HistoryResponse } from './responses';

/**
 * `GET :id/history` answering a HistoryResponse (see historyAnswerOf), for those who may read
 * history. The decorators in the order each of these endpoints stacked them (the last applied
 * first), so that the OpenAPI document is the same.
 */
export function HistoryEndpoint(summary: string) {
  return applyDecorators(
    ListEndpoint(':id/history', summary),
    ApiOkResponse({ type: HistoryResponse }),
    RequiresPermission('history.read'),
  );
}
