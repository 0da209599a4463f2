/**
 * The Streams service of the double: Append (client-streaming, through @grpc/grpc-js) and Read
 * (stream and $all reads, which the client sends through its native bridge, and $all
 * subscriptions, which it sends through @grpc/grpc-js). BatchAppend, Delete and Tombstone are
 * left UNIMPLEMENTED: the client only batch-appends when ServerFeatures advertises it, and the
 * double does not serve ServerFeatures.
 */
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type {
  AppendReq,
  AppendResp,
  ReadReq,
  ReadResp,
} from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';
import { matchesFilter } from './in-memory-log';
import type { ExpectedState, InMemoryLog, ProposedEvent, StoredEvent } from './in-memory-log';
import * as protocol from './protocol';

export type ReadCall = grpc.ServerWritableStream<ReadReq, ReadResp>;
type AppendCall = grpc.ServerReadableStream<AppendReq, AppendResp>;

export function streamsService(log: InMemoryLog, calls: Set<ReadCall>) {
  return {
    append(call: AppendCall, respond: grpc.sendUnaryData<AppendResp>) {
      let target: { stream: string; expected: ExpectedState } | undefined;
      const events: ProposedEvent[] = [];
      call.on('data', (request: AppendReq) => {
        const options = request.getOptions();
        const message = request.getProposedMessage();
        if (options) {
          const stream = protocol.streamName(options.getStreamIdentifier());
          target = { stream, expected: protocol.expectedState(options) };
        } else if (message) events.push(protocol.proposedEvent(message));
      });
      call.on('end', () => {
        if (!target) return respond(invalid('append without options'));
        const outcome = log.append(target.stream, target.expected, events);
        respond(null, protocol.appendResponse(outcome, target.expected));
      });
    },

    read(call: ReadCall) {
      const options = call.request.getOptions();
      if (!options) return void call.emit('error', invalid('read without options'));
      if (options.hasSubscription()) return subscribe(log, call, options, calls);
      const stream = options.getStream();
      const all = options.getAll();
      const count = protocol.count(options);
      const direction = protocol.direction(options);
      if (stream) {
        const identifier = stream.getStreamIdentifier();
        const name = protocol.streamName(identifier);
        const events = log.readStream(name, direction, protocol.streamPointer(stream), count);
        if (events === null) call.write(protocol.streamNotFound(identifier));
        else writeAll(call, events);
      } else if (all) {
        const from = protocol.allPointer(all);
        writeAll(call, log.readAll(direction, from, count, protocol.eventFilter(options)));
      }
      call.end();
    },
  };
}

function subscribe(
  log: InMemoryLog,
  call: ReadCall,
  options: ReadReq.Options,
  calls: Set<ReadCall>,
) {
  const all = options.getAll();
  if (!all) return void call.emit('error', invalid('the double only serves $all subscriptions'));
  const filter = protocol.eventFilter(options);
  call.write(protocol.confirmation(randomUUID()));
  // Catch-up and registration happen in one tick, so no append can fall between them.
  writeAll(call, log.after(protocol.allPointer(all), filter));
  call.write(protocol.caughtUp());
  const stop = log.listen((event) => {
    if (!filter || matchesFilter(filter, event)) call.write(protocol.eventResponse(event));
  });
  calls.add(call);
  const release = () => {
    stop();
    calls.delete(call);
  };
  call.on('cancelled', release);
  call.on('close', release);
  call.on('error', release);
}

function writeAll(call: ReadCall, events: StoredEvent[]) {
  for (const event of events) call.write(protocol.eventResponse(event));
}

function invalid(details: string): Partial<grpc.StatusObject> {
  return { code: grpc.status.INVALID_ARGUMENT, details };
}
