import { BadRequestException } from '@nestjs/common';

export interface FieldError {
  /** Dotted path of the field, e.g. `cadence.minWeeks` or `members.0.role`. */
  field: string;
  messages: string[];
}

/**
 * 400 REQUEST.VALIDATION_FAILED naming every failing field: the one shape of a refused input,
 * whether the validation pipe found it or a check the pipe cannot reach (hostile keys, a CSV's
 * representation, a window whose end comes before its start).
 */
export function validationFailed(fields: FieldError[]): BadRequestException {
  return new BadRequestException({
    code: 'REQUEST.VALIDATION_FAILED',
    detail: `Invalid ${fields.map((f) => f.field).join(', ')}`,
    errors: fields,
  });
}
