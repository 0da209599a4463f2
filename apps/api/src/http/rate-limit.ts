import {
  HttpException,
  HttpStatus,
  Injectable,
  Module,
  type ExecutionContext,
} from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { APP_CONFIG, IS_PUBLIC, type AppConfig, type IdentifiedRequest } from '@app/platform';

/**
 * A limit on requests per minute for each identity (its municipality and subject), across every
 * route; a request without one (refused before it has one) counts for its address. Runs after
 * the AuthGuard, so that it knows who calls. The health probes are not limited.
 */
@Injectable()
export class IdentityThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return (
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
        context.getHandler(),
        context.getClass(),
      ]) === true
    );
  }

  protected override async getTracker(request: IdentifiedRequest): Promise<string> {
    const identity = request.identity;
    return identity
      ? `identity:${identity.municipality}:${identity.actor.id}`
      : `address:${request.ip}`;
  }

  /** One budget per identity, whichever route it spends it on. */
  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    limit: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new HttpException(
      {
        code: 'REQUEST.RATE_LIMITED',
        detail: `More than ${limit.limit} requests a minute: try again in ${limit.timeToBlockExpire} s`,
        retryAfterSeconds: limit.timeToBlockExpire,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'default', ttl: 60_000, limit: Math.max(config.http.ratePerMinute, 1) },
        ],
        skipIf: () => config.http.ratePerMinute === 0,
      }),
    }),
  ],
})
export class RateLimitModule {}
