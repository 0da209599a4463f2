import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { validationFailed, type FieldError } from '@app/platform';

/** Validates every DTO: unknown fields are refused, not dropped, and every failing field is listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: true,
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: messagesOf(error) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * A field left out is "required", said first and alone: its other constraints ("must be a
 * UUID", "must be a string", "must not be blank") describe a value that was never sent. A
 * message of the DTO's own that already says what is required (one of two fields) stands.
 */
function messagesOf(error: ValidationError): string[] {
  const messages = Object.values(error.constraints ?? {});
  if (error.value !== undefined) return messages;
  const own = messages.filter((message) => /\brequired\b/.test(message));
  return own.length > 0 ? own : [`${error.property} is required`];
}
