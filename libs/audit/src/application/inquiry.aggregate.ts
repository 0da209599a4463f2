import type { Aggregate } from '@app/event-store';
import {
  INQUIRY_EVENT_VERSIONS,
  inquiryDecider,
  inquiryStream,
  validFromOfInquiryEvent,
  type InquiryCommand,
  type InquiryEvent,
  type InquiryState,
} from '../domain';

/** How the inquiry decider meets the event store. */
export const inquiryAggregate: Aggregate<InquiryCommand, InquiryEvent, InquiryState> = {
  name: 'inquiry',
  decider: inquiryDecider,
  streamOf: inquiryStream,
  validFromOf: validFromOfInquiryEvent,
  schemaVersionOf: (type) => INQUIRY_EVENT_VERSIONS[type],
};
