import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiProduces, ApiQuery } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { validationFailed } from '@app/platform';

export type CsvCell = string | number | boolean | null | undefined;
export type CsvRow = Record<string, CsvCell>;

/** How a list's JSON answer becomes a table: its rows, named columns in order, and a file name. */
export interface CsvSpec {
  filename: string;
  // The answer is the handler's own, typed there; here it is only passed through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rows(body: any): CsvRow[];
}

const CSV_SPEC = 'samverkan:csv';
const DELIMITERS = { comma: ',', semicolon: ';' } as const;
const FORMATS = ['json', 'csv'];
const DELIMITER_NAMES = ['comma', ',', 'semicolon', ';'];

/**
 * `format` and `delimiter` are the representation's and never reach the query's DTO, so they are
 * checked here, with the validation pipe's code and shape: an unknown one (`format=xml`,
 * `delimiter=tab`) is refused rather than quietly answered as JSON or with commas.
 */
function checkRepresentation(format: unknown, delimiter: unknown): void {
  const errors = [
    ...(format === undefined || FORMATS.includes(format as string)
      ? []
      : [{ field: 'format', messages: ['format must be one of: json, csv'] }]),
    ...(delimiter === undefined || DELIMITER_NAMES.includes(delimiter as string)
      ? []
      : [{ field: 'delimiter', messages: ['delimiter must be one of: comma, semicolon'] }]),
  ];
  if (errors.length > 0) throw validationFailed(errors);
}

/**
 * RFC 4180: CRLF between records, a field quoted when it holds the delimiter, a quote, CR or
 * LF, quotes doubled; UTF-8 with a byte-order mark, so Excel reads å, ä and ö. A text that a
 * spreadsheet would run as a formula (=, +, @, or - before a non-digit) is prefixed with an
 * apostrophe.
 */
export function toCsv(rows: readonly CsvRow[], delimiter: ',' | ';', columns?: string[]): string {
  const header = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const field = (value: CsvCell): string => {
    if (value === null || value === undefined) return '';
    let text = String(value);
    if (typeof value === 'string' && /^(=|\+|@|-(?![0-9])|\t|\r)/.test(text)) text = `'${text}`;
    return /["\r\n]/.test(text) || text.includes(delimiter)
      ? `"${text.replace(/"/g, '""')}"`
      : text;
  };
  const lines = [header, ...rows.map((row) => header.map((column) => row[column]))];
  return `\uFEFF${lines.map((cells) => cells.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

/** Requests the interceptor answers as CSV (it takes `format` out of their query). */
const answeredAsCsv = new WeakSet<Request>();

/** Whether the request asks for CSV: `?format=csv`, or an Accept that prefers text/csv. */
export function wantsCsv(request: Request): boolean {
  if (answeredAsCsv.has(request) || request.query?.format === 'csv') return true;
  if (request.query?.format === 'json') return false;
  const accept = request.headers.accept ?? '';
  return /\btext\/csv\b/.test(accept) && !/\bapplication\/json\b/.test(accept);
}

/**
 * Answers the list as CSV when asked. It runs before the validation pipe, so it takes `format`
 * and `delimiter` out of the query (they are the representation's, not the query's).
 */
@Injectable()
export class CsvInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const spec = this.reflector.get<CsvSpec | undefined>(CSV_SPEC, context.getHandler());
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const csv = wantsCsv(request);
    const { format, delimiter: asked, ...query } = request.query ?? {};
    checkRepresentation(format, asked);
    Object.defineProperty(request, 'query', { value: query, writable: true, configurable: true });
    const delimiter =
      asked === 'semicolon' || asked === ';' ? DELIMITERS.semicolon : DELIMITERS.comma;
    if (!spec || !csv) return next.handle();
    answeredAsCsv.add(request);
    return next.handle().pipe(
      map((body: unknown) => {
        const response = http.getResponse<Response>();
        response.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
        response.setHeader('Content-Disposition', `attachment; filename="${spec.filename}"`);
        response.setHeader('Vary', 'Accept');
        return toCsv(spec.rows(body), delimiter);
      }),
    );
  }
}

/** The list may also be had as CSV (`Accept: text/csv` or `?format=csv`, `&delimiter=semicolon`). */
export const CsvExport = (spec: CsvSpec) =>
  applyDecorators(
    SetMetadata(CSV_SPEC, spec),
    UseInterceptors(CsvInterceptor),
    ApiProduces('application/json', 'text/csv'),
    ApiQuery({
      name: 'format',
      required: false,
      enum: ['json', 'csv'],
      description: 'csv: the whole list as RFC 4180 CSV in UTF-8 with a byte-order mark',
    }),
    ApiQuery({
      name: 'delimiter',
      required: false,
      enum: ['comma', 'semicolon'],
      description: 'CSV only: semicolon for Swedish Excel; default comma',
    }),
  );
