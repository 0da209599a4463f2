import { latestDay, type IsoDate } from '@app/kernel';
import type { Answer, InquiryEvent, InquiryReceived } from './inquiry.events';

export type InquiryStatus = 'open' | 'answered' | 'closed';

export interface AnsweredQuestion {
  answer: Answer;
  answeredOn: IsoDate;
}

export type Inquiry = InquiryReceived['data'] & {
  /** By question id. */
  answers: Record<string, AnsweredQuestion>;
  closed: { closedOn: IsoDate; note: string | null } | null;
};

export type InquiryState = { status: 'none' } | ({ status: InquiryStatus } & Inquiry);

/** Open until every question has an answer; closed only by closing it. */
export function statusOf(inquiry: Inquiry): InquiryStatus {
  if (inquiry.closed) return 'closed';
  const answered = inquiry.questions.every((question) => question.questionId in inquiry.answers);
  return answered ? 'answered' : 'open';
}

/**
 * Open past its due date on `on`. A due date known to the month or year is due at its end
 * ("2023-12": overdue from 2024-01-01), as an assignment's is.
 */
export function overdueOn(
  inquiry: Pick<Inquiry, 'dueOn'> & { status: InquiryStatus },
  on: IsoDate,
): boolean {
  return inquiry.status === 'open' && inquiry.dueOn !== null && latestDay(inquiry.dueOn) < on;
}

export function evolveInquiry(state: InquiryState, event: InquiryEvent): InquiryState {
  switch (event.type) {
    case 'InquiryReceived': {
      const inquiry: Inquiry = { ...event.data, answers: {}, closed: null };
      return { ...inquiry, status: statusOf(inquiry) };
    }
    case 'InquiryQuestionsAnswered': {
      if (state.status === 'none') return state;
      const { answer, answeredOn } = event.data;
      const answers = { ...state.answers };
      for (const questionId of event.data.questionIds) answers[questionId] = { answer, answeredOn };
      const inquiry = { ...state, answers };
      return { ...inquiry, status: statusOf(inquiry) };
    }
    case 'InquiryClosed': {
      if (state.status === 'none') return state;
      return {
        ...state,
        closed: { closedOn: event.data.closedOn, note: event.data.note },
        status: 'closed',
      };
    }
  }
}
