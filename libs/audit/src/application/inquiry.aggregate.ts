import { aggregateOf } from '@app/event-store';
import {
  INQUIRY_EVENT_VERSIONS,
  inquiryDecider,
  inquiryStream,
  validFromOfInquiryEvent,
} from '../domain';

/** How the inquiry decider meets the event store. */
export const inquiryAggregate = aggregateOf('inquiry', {
  decider: inquiryDecider,
  streamOf: inquiryStream,
  validFromOf: validFromOfInquiryEvent,
  eventVersions: INQUIRY_EVENT_VERSIONS,
});
