import type { Type } from '@nestjs/common';

/** The write side's endpoints: meetings, items, minutes and assignments. */
export const MEETINGS_COMMAND_CONTROLLERS: Type<unknown>[] = [];
