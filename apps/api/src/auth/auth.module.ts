import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityThrottlerGuard, RateLimitModule } from '../http/rate-limit';
import { AuthGuard } from './auth.guard';
import { MeController } from './me.controller';
import { OwnOrganisation } from './own-organisation';
import { PermissionGuard } from './permission.guard';
import { TokenVerifier } from './token-verifier';

/**
 * Global guards run in this order: who calls (AuthGuard), whether they have called too often
 * (IdentityThrottlerGuard), and whether they may (PermissionGuard).
 */
@Module({
  imports: [RateLimitModule],
  controllers: [MeController],
  providers: [
    TokenVerifier,
    OwnOrganisation,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: IdentityThrottlerGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
})
export class AuthModule {}
