import type { RecordItemInput } from '../../application';
import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  CommandBodyDto,
  CommandResponse,
  Id,
  Ids,
  Int,
  List,
  OneOf,
  OptionalId,
  OptionalInts,
  OptionalInt,
  OptionalNested,
  OptionalOneOf,
  OptionalText,
  Text,
} from '@app/platform';
import { TEXT_LIMITS } from '@app/kernel';
import {
  DECISION_FORMS,
  ITEM_KINDS,
  MOTION_KINDS,
  type DecisionForm,
  type ItemKind,
  type MotionKind,
} from '../../domain';

/** Running texts may mention people as {{person:<id>}}, so that their names can be erased. */
const LONG_TEXT = TEXT_LIMITS.minutes;

export class ProposalDto {
  @Text(LONG_TEXT, { description: 'The administration\u2019s proposal (förslag till beslut)' })
  text!: string;

  @OptionalId({ description: 'The administration that proposes' })
  organisationId?: string | null;
}

export class MotionDto {
  @OptionalId({
    description: 'Left out or null: the source names no mover (give the party, if it does)',
  })
  personId?: string | null;

  @OptionalText(50)
  party?: string | null;

  @Text(LONG_TEXT)
  text!: string;

  @OptionalOneOf(MOTION_KINDS, {
    description:
      'motion (yrkande, default), additional (tilläggsyrkande), amendment (ändringsyrkande), rejection (avslagsyrkande), referral-back (återremissyrkande)',
  })
  kind?: MotionKind;
}

export class VotesDto {
  @Int(0, 1000)
  yes!: number;

  @Int(0, 1000)
  no!: number;

  @Int(0, 1000)
  abstained!: number;
}

export class ReservationDto {
  @Id()
  personId!: string;

  @OptionalText(50)
  party?: string | null;

  @OptionalText(LONG_TEXT)
  text?: string | null;
}

export class DecisionDto {
  @Text(LONG_TEXT)
  text!: string;

  @OptionalOneOf(DECISION_FORMS, {
    description: 'decision (default), or proposal-to-board: a working committee proposes',
  })
  form?: DecisionForm;

  @OptionalNested(() => VotesDto, { description: 'Null or left out: no vote was called' })
  votes?: VotesDto | null;

  @List(() => ReservationDto, 50)
  reservations?: ReservationDto[];

  @OptionalInts(0, 49, 50, {
    description: 'The motions (0-based, in the item\u2019s order) adopted',
  })
  adoptedMotions?: number[];
}

export class BasisDocumentDto {
  @Text(500)
  title!: string;

  @OptionalText(200, { description: 'A case number or link' })
  reference?: string | null;
}

export class RecipientDto {
  @Text(200, { example: 'Akten' })
  name!: string;

  @OptionalId()
  organisationId?: string | null;
}

/** An item's content, as recorded; an amendment sends only what changes. */
export class ItemFieldsDto {
  @OptionalInt(1, 9999, {
    description:
      '§ number within the body and year (minutes), or the number within the meeting (notes); none for roll call',
  })
  number?: number | null;

  @OptionalInt(1900, 2999, {
    description: 'Left out: the meeting\u2019s year (the only one allowed); notes have none',
  })
  year?: number | null;

  @OptionalInt(1, 1000, { description: 'Order in the minutes, from 1; left out: after the last' })
  position?: number;

  @OptionalText(100, { example: 'NAN/2023/0160/007' })
  caseNumber?: string | null;

  @Text(500, { example: 'Svar på revisorernas frågor angående Nynäshamnsmodellen' })
  title!: string;

  @OneOf(ITEM_KINDS, { example: 'decision' })
  kind!: ItemKind;

  @Ids(0, 20, { description: 'The people who present the item' })
  presentedBy?: string[];

  @OptionalText(LONG_TEXT, { description: 'The case description (Ärendet)' })
  background?: string | null;

  @OptionalNested(() => ProposalDto)
  proposal?: ProposalDto | null;

  @List(() => MotionDto, 50)
  motions?: MotionDto[];

  @OptionalNested(() => DecisionDto, { description: 'Recorded once the meeting is held' })
  decision?: DecisionDto | null;

  @List(() => BasisDocumentDto, 100)
  basisDocuments?: BasisDocumentDto[];

  @List(() => RecipientDto, 100, { description: 'Sent to (skickas till)' })
  recipients?: RecipientDto[];

  @OptionalText(LONG_TEXT)
  notes?: string | null;
}

export class RecordItemDto
  extends IntersectionType(ItemFieldsDto, CommandBodyDto)
  implements Omit<RecordItemInput, 'meetingId'> {}

/** Only the fields sent change; null clears an optional one (and a number takes its year along). */
export class AmendItemDto extends IntersectionType(PartialType(ItemFieldsDto), CommandBodyDto) {}

export class RemoveItemDto extends CommandBodyDto {}

export class ItemCommandResponse extends CommandResponse {
  @ApiProperty({
    format: 'uuid',
    description: 'The new item: amend, remove or correct it by this id',
  })
  itemId!: string;
}
