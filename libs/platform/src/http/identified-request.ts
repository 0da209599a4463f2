import type { Request } from 'express';
import type { Identity } from '@app/kernel';

/** A request after the API's AuthGuard: it always says who acts, and in which municipality. */
export type IdentifiedRequest = Request & { identity: Identity; id?: string };
