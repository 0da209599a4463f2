import type { Type } from '@nestjs/common';

/** The read side's endpoints: meetings, minutes, the decision register, assignments, cadence. */
export const MEETINGS_QUERY_CONTROLLERS: Type<unknown>[] = [];
