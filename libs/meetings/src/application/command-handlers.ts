import type { Provider } from '@nestjs/common';

/** The meetings context's command handlers, one per use case folder beside this file. */
export const MEETINGS_COMMAND_HANDLERS: Provider[] = [];
