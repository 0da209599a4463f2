import { applyDecorators, type Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DATE_AS_GIVEN_PATTERN } from '@app/kernel';
import { IsDate, IsDateAsGiven, IsTimeOfDay } from './date-validators';

/**
 * The field kinds every command DTO is made of, each with its validation and its OpenAPI
 * description in one place, so that a limit is stated once and documented where it is checked.
 */
type Doc = Pick<ApiPropertyOptions, 'description' | 'example'>;

const NOT_BLANK = /\S/;

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
    ApiProperty({ type: String, maxLength: max, ...doc }),
    IsString(),
    MaxLength(max),
    Matches(NOT_BLANK, { message: '$property must not be blank' }),
  );

/** Optional; null where the command allows it clears the value. */
export const OptionalText = (max: number, doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, maxLength: max, nullable: true, ...doc }),
    IsOptional(),
    IsString(),
    MaxLength(max),
  );

export const Texts = (maxItems: number, maxLength: number, doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'array',
      items: { type: 'string', maxLength },
      maxItems,
      ...doc,
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
    Matches(NOT_BLANK, { each: true, message: 'each value in $property must not be blank' }),
  );

export const CalendarDate = (doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ type: String, format: 'date', example: '2023-11-06', ...doc }),
    IsDate(),
  );

export const OptionalCalendarDate = (doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date', nullable: true, ...doc }),
    IsOptional(),
    IsDate(),
  );

/**
 * A valid-time date as precise as the source: "2020", "2021-12" or "2021-12-20". The read shows
 * it as given (README, "Dates as precise as the source").
 */
export const SourceDate = (doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ type: String, pattern: DATE_AS_GIVEN_PATTERN, example: '2023-11-06', ...doc }),
    IsDateAsGiven(),
  );

export const OptionalSourceDate = (doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: String, pattern: DATE_AS_GIVEN_PATTERN, nullable: true, ...doc }),
    IsOptional(),
    IsDateAsGiven(),
  );

export const Time = (doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ type: String, pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', example: '09:00', ...doc }),
    IsTimeOfDay(),
  );

export const OptionalTime = (doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
      nullable: true,
      ...doc,
    }),
    IsOptional(),
    IsTimeOfDay(),
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
    (min > 0 ? ApiProperty : ApiPropertyOptional)({
      type: [String],
      format: 'uuid',
      minItems: min,
      maxItems: max,
      ...doc,
    }),
    ...(min > 0 ? [] : [IsOptional()]),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    IsUUID('all', { each: true }),
  );

export const OneOf = (values: readonly string[], doc: Doc = {}) =>
  applyDecorators(ApiProperty({ enum: values, ...doc }), IsIn(values));

export const OptionalOneOf = (values: readonly string[], doc: Doc = {}) =>
  applyDecorators(ApiPropertyOptional({ enum: values, ...doc }), IsOptional(), IsIn(values));

export const Int = (min: number, max: number, doc: Doc = {}) =>
  applyDecorators(
    ApiProperty({ type: 'integer', minimum: min, maximum: max, ...doc }),
    IsInt(),
    Min(min),
    Max(max),
  );

export const OptionalInt = (min: number, max: number, doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: min, maximum: max, nullable: true, ...doc }),
    IsOptional(),
    IsInt(),
    Min(min),
    Max(max),
  );

/** An optional list of whole numbers, each within bounds (indices into another list, say). */
export const OptionalInts = (min: number, max: number, maxItems: number, doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'integer',
      isArray: true,
      minimum: min,
      maximum: max,
      maxItems,
      ...doc,
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsInt({ each: true }),
    Min(min, { each: true }),
    Max(max, { each: true }),
  );

export const OptionalFlag = (doc: Doc = {}) =>
  applyDecorators(ApiPropertyOptional({ type: Boolean, ...doc }), IsOptional(), IsBoolean());

/** A nested object, validated field by field (unknown fields refused, as at the top). */
export const Nested = (type: () => Class<unknown>, doc: Doc = {}) =>
  applyDecorators(
    // Written inline under `type`, the thunk is named `type`: how Swagger tells it from a class.
    ApiProperty({ type: () => type(), ...doc }),
    IsObject(),
    ValidateNested(),
    Type(type),
  );

export const OptionalNested = (type: () => Class<unknown>, doc: Doc = {}) =>
  applyDecorators(
    ApiPropertyOptional({ type: () => type(), nullable: true, ...doc }),
    IsOptional(),
    IsObject(),
    ValidateNested(),
    Type(type),
  );

/** A list of nested objects, each validated; optional lists are left out or empty alike. */
export const List = (type: () => Class<unknown>, max: number, doc: Doc & { min?: number } = {}) => {
  const { min = 0, ...rest } = doc;
  return applyDecorators(
    (min > 0 ? ApiProperty : ApiPropertyOptional)({
      type: () => type(),
      isArray: true,
      minItems: min,
      maxItems: max,
      ...rest,
    }),
    ...(min > 0 ? [] : [IsOptional()]),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    IsObject({ each: true }),
    ValidateNested({ each: true }),
    Type(type),
  );
};
