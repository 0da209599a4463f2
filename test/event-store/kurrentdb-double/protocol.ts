/**
 * Translation between the client's own protocol messages (shipped in its package) and the
 * double's in-memory log, so that the double speaks exactly what the client sends.
 */
import {
  AppendReq,
  AppendResp,
  ReadReq,
  ReadResp,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import {
  Empty,
  StreamIdentifier,
  UUID,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import type {
  AppendOutcome,
  EventFilter,
  ExpectedState,
  LogPointer,
  ProposedEvent,
  StoredEvent,
} from './in-memory-log';

const Options = ReadReq.Options;
const Expected = AppendReq.Options.ExpectedStreamRevisionCase;

export function streamName(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function expectedState(options: AppendReq.Options): ExpectedState {
  switch (options.getExpectedStreamRevisionCase()) {
    case Expected.REVISION:
      return { kind: 'revision', revision: BigInt(options.getRevision()) };
    case Expected.NO_STREAM:
      return { kind: 'no-stream' };
    case Expected.STREAM_EXISTS:
      return { kind: 'stream-exists' };
    default:
      return { kind: 'any' };
  }
}

export function proposedEvent(message: AppendReq.ProposedMessage): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: message.getId()?.getString() ?? '',
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    metadata: message.getCustomMetadata_asU8(),
  };
}

export function appendResponse(outcome: AppendOutcome, expected: ExpectedState): AppendResp {
  const response = new AppendResp();
  if (outcome.kind === 'success') {
    const success = new AppendResp.Success();
    if (outcome.revision === null) success.setNoStream(new Empty());
    else success.setCurrentRevision(outcome.revision.toString());
    if (outcome.position === null) success.setNoPosition(new Empty());
    else success.setPosition(appendPosition(outcome.position));
    return response.setSuccess(success);
  }
  const wrong = new AppendResp.WrongExpectedVersion();
  if (outcome.current === null) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(outcome.current.toString());
  if (expected.kind === 'revision') wrong.setExpectedRevision(expected.revision.toString());
  else if (expected.kind === 'no-stream') wrong.setExpectedNoStream(new Empty());
  else if (expected.kind === 'stream-exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedAny(new Empty());
  return response.setWrongExpectedVersion(wrong);
}

function appendPosition(position: bigint): AppendResp.Position {
  return new AppendResp.Position()
    .setCommitPosition(position.toString())
    .setPreparePosition(position.toString());
}

export function direction(options: ReadReq.Options): 'forwards' | 'backwards' {
  return options.getReadDirection() === Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards';
}

export function count(options: ReadReq.Options): number {
  return options.hasCount() ? Number(options.getCount()) : Number.MAX_SAFE_INTEGER;
}

export function streamPointer(stream: ReadReq.Options.StreamOptions): LogPointer {
  if (stream.hasStart()) return 'start';
  if (stream.hasEnd()) return 'end';
  return BigInt(stream.getRevision());
}

export function allPointer(all: ReadReq.Options.AllOptions): LogPointer {
  if (all.hasStart()) return 'start';
  if (all.hasEnd()) return 'end';
  // Commit and prepare are equal in the double's log, so the commit position alone locates an event.
  return BigInt(all.getPosition()?.getCommitPosition() ?? '0');
}

export function eventFilter(options: ReadReq.Options): EventFilter | undefined {
  const filter = options.getFilter();
  if (!options.hasFilter() || !filter) return undefined;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const regex = expression?.getRegex();
  return {
    on: onStream ? 'stream' : 'type',
    regex: regex ? new RegExp(regex) : undefined,
    prefixes: expression?.getPrefixList() ?? [],
  };
}

export function eventResponse(event: StoredEvent): ReadResp {
  const id = new UUID().setString(event.id);
  const position = event.position.toString();
  const recorded = new ReadResp.ReadEvent.RecordedEvent()
    .setId(id)
    .setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(event.stream, 'utf8')))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(position)
    .setPreparePosition(position)
    .setCustomMetadata(event.metadata)
    .setData(event.data);
  recorded
    .getMetadataMap()
    .set('type', event.type)
    .set('content-type', event.contentType)
    .set('created', event.created.toString());
  const read = new ReadResp.ReadEvent().setEvent(recorded).setCommitPosition(position);
  return new ReadResp().setEvent(read);
}

export function streamNotFound(identifier: StreamIdentifier | undefined): ReadResp {
  const notFound = new ReadResp.StreamNotFound().setStreamIdentifier(identifier);
  return new ReadResp().setStreamNotFound(notFound);
}

export function confirmation(id: string): ReadResp {
  return new ReadResp().setConfirmation(
    new ReadResp.SubscriptionConfirmation().setSubscriptionId(id),
  );
}

export function caughtUp(): ReadResp {
  return new ReadResp().setCaughtUp(new ReadResp.CaughtUp());
}
