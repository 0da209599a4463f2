import { applyDecorators, BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { Request } from 'express';
import { POSITION_PATTERN } from './consistent-query.dto';

/** Every list answers at most this many entries a page unless asked for fewer or more. */
export const DEFAULT_PAGE_SIZE = 50;
/** And never more than this: a client that wants everything follows `next`. */
export const MAX_PAGE_SIZE = 500;

export const CURSOR_INVALID = 'PAGE.CURSOR_INVALID';

const CURSOR = /^[A-Za-z0-9_-]{1,400}$/;

/** `?limit=` on every list: 1 to MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE. */
export const PageLimit = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: Number,
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      default: DEFAULT_PAGE_SIZE,
      description: `Entries per page; default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}`,
    }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );

/** `?cursor=` on every list: opaque, from the previous page's `next`. */
export const PageCursor = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: String,
      description: 'Opaque: where the previous page ended. Follow `next` rather than building it',
    }),
    IsOptional(),
    IsString(),
    MaxLength(400),
    Matches(CURSOR, { message: 'cursor must be a cursor from a previous page' }),
  );

export interface PageQueryFields {
  limit?: number;
  cursor?: string;
}

/** A page of a list: where to start (the key of the last entry seen) and how many. */
export interface PageRequest {
  limit: number;
  after?: string;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function pageRequestOf(query: PageQueryFields): PageRequest {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (query.cursor === undefined) return { limit };
  const after = Buffer.from(query.cursor, 'base64url').toString('utf8');
  if (after.length === 0 || encodeCursor(after) !== query.cursor) throw cursorInvalid();
  return { limit, after };
}

export function cursorInvalid(): BadRequestException {
  return new BadRequestException({
    code: CURSOR_INVALID,
    detail: 'cursor is not one this list handed out; start again without it',
  });
}

/** The largest position a bigint column holds. */
const MAX_POSITION = 2n ** 63n - 1n;

/**
 * A cursor that names a position (the trail's lists): a decimal that a bigint holds, else
 * PAGE.CURSOR_INVALID (not the database's out-of-range error, a 500).
 */
export function positionCursorOf(key: string): string {
  if (!POSITION_PATTERN.test(key) || BigInt(key) > MAX_POSITION) throw cursorInvalid();
  return key;
}

/**
 * The link to the page after one that ended at `lastKey`: the same request with its cursor
 * replaced (every filter kept), relative to the server, as `next` and in a `Link` header.
 */
export function nextLinkOf(request: Request, lastKey: string): string {
  const url = new URL(request.originalUrl, 'http://samverkan.invalid');
  url.searchParams.set('cursor', encodeCursor(lastKey));
  url.searchParams.delete('consistentWith');
  return `${url.pathname}${url.search}`;
}

export interface Page<T> {
  items: T[];
  /** The next page's link, or null on the last page. */
  next: string | null;
}

/** The page answered: `Link: <next>; rel="next"` beside the body's `next`. */
export function linkHeaderOf(next: string | null): string | undefined {
  return next === null ? undefined : `<${next}>; rel="next"`;
}
