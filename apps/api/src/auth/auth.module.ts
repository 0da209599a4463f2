import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { MeController } from './me.controller';
import { TokenVerifier } from './token-verifier';

@Module({
  controllers: [MeController],
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
