import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  buildMessage,
  type ValidationOptions,
} from 'class-validator';
import { isIsoDate } from '../../domain';

/**
 * The field kinds every structure DTO is made of, each with its validation and its OpenAPI
 * description in one place, so that a limit is stated once and documented where it is checked.
 */
type Doc = Pick<ApiPropertyOptions, 'description' | 'example'>;

const NOT_BLANK = /\S/;

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isIsoDate(value),
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a calendar date YYYY-MM-DD`,
          options,
        ),
      },
    },
    options,
  );
}

/** Holds only when `holds(object)` does: for fields that make sense with some others only. */
export function Requires(
  holds: (object: Record<string, unknown>) => boolean,
  message: string,
): PropertyDecorator {
  return ValidateBy({
    name: 'requires',
    validator: {
      validate: (_value, args) => holds(args!.object as Record<string, unknown>),
      defaultMessage: () => message,
    },
  });
}

export const Text = (max: number, doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ maxLength: max, ...doc }),
    IsString(),
    MaxLength(max),
    Matches(NOT_BLANK, { message: '$property must not be blank' }),
  );

/** Optional; null clears the value where the command allows it. */
export const OptionalText = (max: number, doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: max, nullable: true, ...doc }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );

export const Texts = (maxItems: number, maxLength: number, doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems, ...doc }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
    Matches(NOT_BLANK, { each: true, message: 'each value in $property must not be blank' }),
  );

export const CalendarDate = (doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date', example: '2024-11-14', ...doc }),
    IsCalendarDate(),
  );

export const OptionalCalendarDate = (doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', nullable: true, ...doc }),
    IsOptional(),
    IsCalendarDate(),
  );

export const Id = (doc: Doc = {}) =>
  applyDecorators(ApiProperty({ type: String, format: 'uuid', ...doc }), IsUUID());

export const OptionalId = (doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, ...doc }),
    IsOptional(),
    IsUUID(),
  );

/** Must be sent; null is a value of its own (e.g. "no parent"). */
export const NullableId = (doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'uuid', nullable: true, ...doc }),
    ValidateIf((_object, value) => value !== null),
    IsUUID(),
  );

export const Ids = (min: number, max: number, doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ type: [String], format: 'uuid', minItems: min, maxItems: max, ...doc }),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    IsUUID('all', { each: true }),
  );

export const OneOf = (values: readonly string[], doc: Doc = {}) =>
  applyDecorators(ApiProperty({ enum: values, ...doc }), IsIn(values));

export const OptionalOneOf = (values: readonly string[], doc: Doc = {}) =>
  applyDecorators(ApiPropertyOptional({ enum: values, ...doc }), IsOptional(), IsIn(values));
