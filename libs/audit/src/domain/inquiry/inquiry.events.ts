import type { IsoDate } from '@app/kernel';

/** One question of an inquiry; its id is the question's number in the inquiry, from 1. */
export interface Question {
  questionId: string;
  text: string;
}

/** How questions were answered: by a decision item of a meeting, or in writing. */
export type Answer =
  | { kind: 'decision'; meetingId: string; itemId: string }
  | { kind: 'written'; text: string; documentReference: string | null };

export type InquiryReceived = {
  type: 'InquiryReceived';
  data: {
    inquiryId: string;
    receivedOn: IsoDate;
    /** Who asks: "De förtroendevalda revisorerna". */
    from: string;
    /** The auditors' reference or the case number it is filed under. */
    reference: string | null;
    subject: string;
    /** The boards and committees asked (organisations). */
    addressedTo: string[];
    questions: Question[];
    dueOn: IsoDate | null;
  };
};

export type InquiryQuestionsAnswered = {
  type: 'InquiryQuestionsAnswered';
  data: { inquiryId: string; questionIds: string[]; answer: Answer; answeredOn: IsoDate };
};

export type InquiryClosed = {
  type: 'InquiryClosed';
  data: { inquiryId: string; closedOn: IsoDate; note: string | null };
};

export type InquiryEvent = InquiryReceived | InquiryQuestionsAnswered | InquiryClosed;

export const INQUIRY_EVENT_VERSIONS: Record<InquiryEvent['type'], number> = {
  InquiryReceived: 1,
  InquiryQuestionsAnswered: 1,
  InquiryClosed: 1,
};

export const inquiryStream = (inquiryId: string): string => `inquiry-${inquiryId}`;

export function validFromOfInquiryEvent(event: InquiryEvent): IsoDate {
  switch (event.type) {
    case 'InquiryReceived':
      return event.data.receivedOn;
    case 'InquiryQuestionsAnswered':
      return event.data.answeredOn;
    case 'InquiryClosed':
      return event.data.closedOn;
  }
}
