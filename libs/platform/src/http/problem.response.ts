import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';

export class ProblemFieldErrors {
  @ApiProperty({ description: 'The request field, dotted for nested ones', example: 'name' })
  field!: string;

  @ApiProperty({ type: [String], example: ['name must be a string'] })
  messages!: string[];
}

/** RFC 9457 problem details as every error answers them; clients switch on `code`. */
export class ProblemResponse {
  @ApiProperty({ example: 'urn:samverkan:problem:group.not_found' })
  type!: string;

  @ApiProperty({ example: 'Not found' })
  title!: string;

  @ApiProperty({ example: 404 })
  status!: number;

  @ApiProperty({ example: 'No group 6b58ef41-… on 2024-01-01' })
  detail!: string;

  @ApiProperty({
    description:
      'Stable: what a client switches on (e.g. REQUEST.VALIDATION_FAILED, GROUP.NOT_FOUND)',
    example: 'GROUP.NOT_FOUND',
  })
  code!: string;

  @ApiPropertyOptional({ description: 'The request path that failed' })
  instance?: string;

  @ApiPropertyOptional({
    type: [ProblemFieldErrors],
    description: 'REQUEST.VALIDATION_FAILED: what is wrong with each field',
  })
  errors?: ProblemFieldErrors[];
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** An error answer in the OpenAPI document: problem+json with the codes the description names. */
export const ApiProblem = (status: number, description: string) =>
  applyDecorators(
    ApiExtraModels(ProblemResponse),
    ApiResponse({
      status,
      description,
      content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
    }),
  );

/** A 200 answer that is not JSON (HTML minutes, an SVG chart, a ZIP): its media type and body. */
export const ApiContentResponse = (mediaType: string, description: string, binary = false) =>
  ApiResponse({
    status: 200,
    description,
    content: { [mediaType]: { schema: { type: 'string', ...(binary && { format: 'binary' }) } } },
  });
