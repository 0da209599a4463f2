import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { MeController } from './me.controller';
import { OwnOrganisation } from './own-organisation';
import { PermissionGuard } from './permission.guard';
import { TokenVerifier } from './token-verifier';

/** Global guards run in this order: who calls (AuthGuard), then whether they may (PermissionGuard). */
@Module({
  controllers: [MeController],
  providers: [
    TokenVerifier,
    OwnOrganisation,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
})
export class AuthModule {}
