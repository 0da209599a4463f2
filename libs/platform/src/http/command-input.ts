import type { CommandBodyDto } from './command-body.dto';

/**
 * A command's own fields from its DTO (or a nested DTO): without `reason` and `onBehalfOf` (they go to the
 * context), without fields left out, and as plain data. A field a class declares but the
 * client left out may exist on the instance as undefined; an amendment would read that as
 * "set to undefined", and events are plain JSON anyway.
 */
export function inputOf<T extends object>(body: T): Omit<T, keyof CommandBodyDto> {
  const { reason: _reason, onBehalfOf: _onBehalfOf, ...fields } = body as T & CommandBodyDto;
  return JSON.parse(JSON.stringify(fields)) as Omit<T, keyof CommandBodyDto>;
}
