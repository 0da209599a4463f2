import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

export interface FieldError {
  /** Dotted path of the field, e.g. `cadence.minWeeks` or `members.0.role`. */
  field: string;
  messages: string[];
}

/** Validates every DTO: unknown fields are refused, not dropped, and every failing field is listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestException({
        code: 'REQUEST.VALIDATION_FAILED',
        detail: `Invalid ${fields.map((f) => f.field).join(', ')}`,
        errors: fields,
      });
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
