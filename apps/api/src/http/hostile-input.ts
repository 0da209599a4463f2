import { BadRequestException } from '@nestjs/common';
import { MAX_TEXT_LENGTH } from '@app/kernel';
import { validationFailed, type FieldError } from '@app/platform';

/** Deeper JSON is refused before it is parsed into anything that recurses over it. */
export const MAX_JSON_DEPTH = 32;

const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
export function jsonDepthOver(text: Buffer, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) {
      if (++depth > limit) return true;
    } else if (CLOSE.has(byte)) depth--;
  }
  return false;
}

export function tooDeep(): BadRequestException {
  return new BadRequestException({
    code: 'REQUEST.TOO_DEEP',
    detail: `The body nests arrays and objects more than ${MAX_JSON_DEPTH} deep`,
  });
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Keys that would reach an object's prototype in careless code: unknown fields, like any other. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What no field of any request may hold, whatever its DTO says: a NUL (PostgreSQL text cannot
 * store it), a lone UTF-16 surrogate (no character at all), a string longer than the longest
 * text any field takes, or a key that names a prototype. Each offending field is named.
 */
export function hostileFields(value: unknown, at = ''): FieldError[] {
  if (typeof value === 'string') {
    const messages: string[] = [];
    const field = at || '(body)';
    if (value.includes('\u0000')) messages.push(`${field} must not contain NUL characters`);
    if (LONE_SURROGATE.test(value)) messages.push(`${field} must not contain lone surrogates`);
    if (value.length > MAX_TEXT_LENGTH) {
      messages.push(`${field} must be shorter than or equal to ${MAX_TEXT_LENGTH} characters`);
    }
    return messages.length > 0 ? [{ field, messages }] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const named = printable(key);
    const field = at ? `${at}.${named}` : named;
    if (FORBIDDEN_KEYS.has(key)) {
      return [{ field, messages: [`property ${named} should not exist`] }];
    }
    const ownName = hostileFields(key, field).map((error) => ({
      field,
      messages: error.messages.map((message) => `the name of ${message}`),
    }));
    return [...ownName, ...hostileFields(child, field)];
  });
}

/** A key as it can be shown in a message: NULs and lone surrogates escaped. */
function printable(key: string): string {
  return !LONE_SURROGATE.test(key) && !key.includes('\u0000')
    ? key
    : JSON.stringify(key).slice(1, -1);
}

export function refuseHostile(fields: FieldError[]): BadRequestException {
  return validationFailed(fields);
}
