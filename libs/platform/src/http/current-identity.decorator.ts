import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Identity } from '@app/kernel';
import type { IdentifiedRequest } from './identified-request';

/** The identity the AuthGuard put on the request: who acts, and in which municipality. */
export const CurrentIdentity = createParamDecorator(
  (_: unknown, context: ExecutionContext): Identity =>
    context.switchToHttp().getRequest<IdentifiedRequest>().identity,
);
