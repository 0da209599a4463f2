import {
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Identity } from '@app/kernel';
import { IS_PUBLIC, type IdentifiedRequest } from '@app/platform';
import { TokenVerifier } from './token-verifier';

/** Every request but the public ones (health) carries an identity, or gets a 401. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<IdentifiedRequest>();
    request.identity = await this.identify(request.headers.authorization);
    return true;
  }

  private async identify(header: string | undefined): Promise<Identity> {
    if (header === undefined) {
      const anonymous = this.verifier.anonymousIdentity();
      if (anonymous) return anonymous;
      throw new UnauthorizedException({
        code: 'AUTH.TOKEN_MISSING',
        detail: 'A bearer token is required',
      });
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) {
      throw new UnauthorizedException({
        code: 'AUTH.MALFORMED_HEADER',
        detail: 'The Authorization header must be "Bearer <token>"',
      });
    }
    try {
      return await this.verifier.verifyToken(match[1]);
    } catch (error) {
      throw new UnauthorizedException({
        code: 'AUTH.INVALID_TOKEN',
        detail: `The bearer token was rejected: ${error instanceof Error ? error.message : 'invalid'}`,
      });
    }
  }
}
