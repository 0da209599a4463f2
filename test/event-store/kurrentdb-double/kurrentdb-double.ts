/**
 * An in-process stand-in for a KurrentDB node, for tests only: a @grpc/grpc-js server that
 * registers the Streams service definition shipped inside @kurrent/kurrentdb-client, so the
 * adapter runs over a real gRPC connection (appends through grpc-js, reads through the
 * client's native bridge) without a server binary.
 */
import * as grpc from '@grpc/grpc-js';
import { StreamsService } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb';
import { InMemoryLog } from './in-memory-log';
import { streamsService, type ReadCall } from './streams-service';

export interface KurrentDbDouble {
  connectionString: string;
  /** The log behind the server, to tamper with stored events or inspect them. */
  log: InMemoryLog;
  /** Ends live subscriptions and stops the server. */
  stop(): Promise<void>;
}

export async function startKurrentDbDouble(now?: () => number): Promise<KurrentDbDouble> {
  const log = new InMemoryLog(now);
  const server = new grpc.Server();
  const live = new Set<ReadCall>();
  server.addService(
    StreamsService,
    streamsService(log, live) as unknown as grpc.UntypedServiceImplementation,
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    connectionString: `kurrentdb://127.0.0.1:${port}?tls=false`,
    log,
    async stop() {
      for (const call of live) call.end();
      // Not tryShutdown: a client that kept its HTTP/2 session open would hold the test run.
      server.forceShutdown();
    },
  };
}
