import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Matches, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@app/kernel';
import {
  SourceDate,
  CommandBodyDto,
  Ids,
  Nested,
  OneOf,
  OptionalSourceDate,
  OptionalId,
  OptionalText,
  Text,
} from '@app/platform';
import { MAX_ADDRESSEES, MAX_QUESTIONS } from '../../domain';

/** A required list of non-blank texts. */
const TextList = (maxItems: number, maxLength: number, description: string) =>
  applyDecorators(
    ApiProperty({
      type: 'array',
      items: { type: 'string', maxLength },
      minItems: 1,
      maxItems,
      description,
    }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
    Matches(/\S/, { each: true, message: 'each value in $property must not be blank' }),
  );

export class ReceiveInquiryDto extends CommandBodyDto {
  @SourceDate({ description: 'The day the questions came', example: '2023-09-15' })
  receivedOn!: string;

  @Text(TEXT_LIMITS.name, { example: 'De förtroendevalda revisorerna' })
  from!: string;

  @OptionalText(TEXT_LIMITS.code, {
    description: "The auditors' reference or the case number it is filed under",
    example: 'NAN/2023/0160/007',
  })
  reference?: string | null;

  @Text(TEXT_LIMITS.name, { example: 'Nynäshamnsmodellen' })
  subject!: string;

  @Ids(1, MAX_ADDRESSEES, { description: 'The boards and committees asked (organisations)' })
  addressedTo!: string[];

  @TextList(MAX_QUESTIONS, TEXT_LIMITS.description, 'The questions, in order: numbered 1, 2, …')
  questions!: string[];

  @OptionalSourceDate({ description: 'When the answer is due; a month or year is due at its end' })
  dueOn?: string | null;
}

/** A decision item of a meeting (kind decision) or a written answer (kind written). */
export class AnswerDto {
  @OneOf(['decision', 'written'])
  kind!: 'decision' | 'written';

  @OptionalId({ description: 'kind decision: the meeting' })
  meetingId?: string;

  @OptionalId({ description: 'kind decision: its decision item answering the questions' })
  itemId?: string;

  @OptionalText(TEXT_LIMITS.document, { description: 'kind written: the answer' })
  text?: string;

  @OptionalText(TEXT_LIMITS.code, { description: 'kind written: the document it is in' })
  documentReference?: string | null;
}

export class AnswerQuestionsDto extends CommandBodyDto {
  @TextList(MAX_QUESTIONS, TEXT_LIMITS.code, 'The numbers of the questions answered: ["1", "3"]')
  questionIds!: string[];

  @Nested(() => AnswerDto)
  answer!: AnswerDto;

  @SourceDate({ example: '2023-11-06' })
  answeredOn!: string;
}

export class CloseInquiryDto extends CommandBodyDto {
  @SourceDate({ example: '2023-12-15' })
  closedOn!: string;

  @OptionalText(TEXT_LIMITS.text)
  note?: string | null;
}
