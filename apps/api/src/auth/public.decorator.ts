import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'samverkan:public';

/** Marks a route that needs no identity (health probes). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
