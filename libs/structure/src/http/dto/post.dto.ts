import type {
  AbolishPostInput,
  AppointPostHolderInput,
  EstablishPostInput,
} from '../../application';
import type { PostHolderLeaves, RenamePost } from '../../domain';
import { CommandBodyDto, Id, SourceDate, Text } from '@app/platform';

export class EstablishPostDto extends CommandBodyDto implements EstablishPostInput {
  @Id({ description: 'The organisation the office belongs to' })
  organisationId!: string;

  @Text(200, { example: 'Förvaltningschef SOF' })
  name!: string;

  @SourceDate({ example: '2019-01-01' })
  establishedOn!: string;
}

export class AppointPostHolderDto
  extends CommandBodyDto
  implements Omit<AppointPostHolderInput, 'postId'>
{
  @Id()
  personId!: string;

  @SourceDate({ description: 'The first day the person holds the post', example: '2021' })
  from!: string;
}

export class PostHolderLeavesDto
  extends CommandBodyDto
  implements Omit<PostHolderLeaves['data'], 'postId'>
{
  @SourceDate({ description: 'The first day the holder no longer holds the post' })
  on!: string;
}

export class AbolishPostDto extends CommandBodyDto implements Omit<AbolishPostInput, 'postId'> {
  @SourceDate({ description: 'The first day the post no longer exists; its seats end by then' })
  on!: string;
}

export class RenamePostDto extends CommandBodyDto implements Omit<RenamePost['data'], 'postId'> {
  @Text(200, { example: 'Förvaltningsdirektör SOF' })
  name!: string;

  @SourceDate({ description: 'The first day the post has the new name' })
  on!: string;
}
