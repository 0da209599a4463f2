import { BadRequestException } from '@nestjs/common';

/** A window whose end comes before its start: the client's mistake, named like any bad field. */
export function windowInvalid(detail: string): BadRequestException {
  return new BadRequestException({ code: 'REQUEST.VALIDATION_FAILED', detail });
}
