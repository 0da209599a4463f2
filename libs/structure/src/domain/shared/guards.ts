/** The shared command checks, under the name this context's deciders import them by. */
export {
  type IsoDate,
  isIsoDate,
  requireDate,
  requireText,
  optionalText,
  requireOneOf,
  requireId,
  latest,
  type Period,
  overlaps,
  duplicatesOf,
} from '@app/kernel';
