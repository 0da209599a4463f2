import { inputOf } from '@app/platform';
import type { Cadence } from '../../domain';
import type { CadenceDto } from './group.dto';

/**
 * The DTO's flat cadence as the domain's union (weeks, or a count per period); left out stays
 * left out and null stays null, which mean different things to a re-mandate. Which form it is,
 * and whether it is one at all, is the decider's rule.
 */
export function cadenceOf(cadence: CadenceDto | null | undefined): Cadence | null | undefined {
  return cadence ? (inputOf(cadence) as Cadence) : cadence;
}
