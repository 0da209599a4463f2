import {
  certainlyBefore,
  DomainError,
  duplicatesOf,
  latest,
  listOf,
  optionalDateAsGiven,
  optionalText,
  requireDateAsGiven,
  requireText,
  type Decider,
  type DateAsGiven,
} from '@app/kernel';
import {
  MAX_ADDRESSEES,
  MAX_QUESTIONS,
  type AnswerQuestions,
  type CloseInquiry,
  type InquiryCommand,
  type ReceiveInquiry,
} from './inquiry.commands';
import type { Answer, InquiryEvent } from './inquiry.events';
import { evolveInquiry, type Inquiry, type InquiryState } from './inquiry.state';

const P = 'INQUIRY';

/**
 * Auditors' inquiries (revisorernas frågor): questions received on a date and addressed to
 * boards or committees; each answered by a decision item of a meeting (one item may answer
 * several) or in writing; closed once every question has its answer.
 */
export const inquiryDecider: Decider<InquiryCommand, InquiryEvent, InquiryState> = {
  initialState: { status: 'none' },
  evolve: evolveInquiry,
  decide(command, state) {
    switch (command.type) {
      case 'ReceiveInquiry':
        return [receive(command, state)];
      case 'AnswerQuestions':
        return [answer(command, existing(state))];
      case 'CloseInquiry':
        return [close(command, existing(state))];
    }
  },
};

function receive({ data }: ReceiveInquiry, state: InquiryState): InquiryEvent {
  if (state.status !== 'none') {
    throw new DomainError(`${P}.ALREADY_RECEIVED`, 'The inquiry is already recorded', 'conflict');
  }
  const receivedOn = requireDateAsGiven(P, 'receivedOn', data.receivedOn);
  const addressedTo = listOf<string>(P, 'addressedTo', data.addressedTo).map((id) =>
    requireText(P, 'addressedTo', id),
  );
  if (addressedTo.length === 0 || addressedTo.length > MAX_ADDRESSEES) {
    throw new DomainError(
      `${P}.ADDRESSEES_REQUIRED`,
      `An inquiry is addressed to 1 to ${MAX_ADDRESSEES} boards or committees`,
    );
  }
  const repeated = duplicatesOf(addressedTo);
  if (repeated.length > 0) {
    throw new DomainError(`${P}.ADDRESSEE_REPEATED`, `Addressed twice: ${repeated.join(', ')}`);
  }
  const questions = listOf<string>(P, 'questions', data.questions).map((text) =>
    requireText(P, 'question', text),
  );
  if (questions.length === 0 || questions.length > MAX_QUESTIONS) {
    throw new DomainError(
      `${P}.QUESTIONS_REQUIRED`,
      `An inquiry asks 1 to ${MAX_QUESTIONS} questions`,
    );
  }
  const dueOn = optionalDateAsGiven(P, 'dueOn', data.dueOn);
  // Dates as given ("received in September 2023, due 2023") are refused only if certainly wrong.
  if (dueOn !== null && certainlyBefore(dueOn, receivedOn)) {
    throw new DomainError(
      `${P}.DUE_BEFORE_RECEIVED`,
      'The answer cannot be due before the questions came',
    );
  }
  return {
    type: 'InquiryReceived',
    data: {
      inquiryId: requireText(P, 'inquiryId', data.inquiryId),
      receivedOn,
      from: requireText(P, 'from', data.from),
      reference: optionalText(data.reference),
      subject: requireText(P, 'subject', data.subject),
      addressedTo,
      questions: questions.map((text, index) => ({ questionId: String(index + 1), text })),
      dueOn,
    },
  };
}

function answer({ data }: AnswerQuestions, inquiry: Inquiry & { status: string }): InquiryEvent {
  if (inquiry.status === 'closed') {
    throw new DomainError(`${P}.CLOSED`, 'A closed inquiry takes no more answers', 'conflict');
  }
  const answeredOn = requireDateAsGiven(P, 'answeredOn', data.answeredOn);
  if (certainlyBefore(answeredOn, inquiry.receivedOn)) {
    throw new DomainError(
      `${P}.ANSWERED_BEFORE_RECEIVED`,
      'An answer cannot come before the questions',
    );
  }
  const questionIds = listOf<string>(P, 'questionIds', data.questionIds);
  if (questionIds.length === 0) {
    throw new DomainError(`${P}.QUESTIONS_REQUIRED`, 'Name the questions the answer answers');
  }
  const known = new Set(inquiry.questions.map((question) => question.questionId));
  const unknown = questionIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DomainError(
      `${P}.QUESTION_NOT_FOUND`,
      `No question ${unknown.join(', ')} in the inquiry`,
      'invalid',
      {
        questionIds: unknown,
      },
    );
  }
  const repeated = duplicatesOf(questionIds);
  if (repeated.length > 0) {
    throw new DomainError(`${P}.QUESTION_REPEATED`, `Named twice: ${repeated.join(', ')}`);
  }
  const answered = questionIds.filter((id) => id in inquiry.answers);
  if (answered.length > 0) {
    throw new DomainError(
      `${P}.QUESTION_ALREADY_ANSWERED`,
      `Question ${answered.join(', ')} already has its answer`,
      'conflict',
      { questionIds: answered },
    );
  }
  return {
    type: 'InquiryQuestionsAnswered',
    data: {
      inquiryId: inquiry.inquiryId,
      questionIds,
      answer: answerOf(data.answer, data.item),
      answeredOn,
    },
  };
}

function answerOf(answer: Answer, item: AnswerQuestions['data']['item']): Answer {
  if (answer?.kind === 'written') {
    return {
      kind: 'written',
      text: requireText(P, 'answer.text', answer.text),
      documentReference: optionalText(answer.documentReference),
    };
  }
  if (answer?.kind !== 'decision') {
    throw new DomainError(`${P}.INVALID_ANSWER`, 'An answer is a decision item or written');
  }
  if (!item?.found) {
    throw new DomainError(`${P}.ITEM_NOT_FOUND`, 'No such item in that meeting', 'invalid', {
      meetingId: answer.meetingId,
      itemId: answer.itemId,
    });
  }
  if (!item.decided) {
    throw new DomainError(
      `${P}.ITEM_NOT_DECIDED`,
      'The item answering the questions carries no decision',
    );
  }
  return {
    kind: 'decision',
    meetingId: requireText(P, 'answer.meetingId', answer.meetingId),
    itemId: requireText(P, 'answer.itemId', answer.itemId),
  };
}

function close({ data }: CloseInquiry, inquiry: Inquiry & { status: string }): InquiryEvent {
  if (inquiry.status === 'closed') {
    throw new DomainError(`${P}.CLOSED`, 'The inquiry is already closed', 'conflict');
  }
  const open = inquiry.questions.filter((question) => !(question.questionId in inquiry.answers));
  if (open.length > 0) {
    throw new DomainError(
      `${P}.QUESTIONS_OPEN`,
      `Question ${open.map((q) => q.questionId).join(', ')} has no answer yet`,
      'conflict',
    );
  }
  const closedOn = requireDateAsGiven(P, 'closedOn', data.closedOn);
  const lastAnswer: DateAsGiven = latest(
    inquiry.receivedOn,
    ...Object.values(inquiry.answers).map((entry) => entry.answeredOn),
  );
  if (certainlyBefore(closedOn, lastAnswer)) {
    throw new DomainError(
      `${P}.CLOSED_BEFORE_ANSWERED`,
      `Closed before its last answer (${lastAnswer})`,
    );
  }
  return {
    type: 'InquiryClosed',
    data: { inquiryId: inquiry.inquiryId, closedOn, note: optionalText(data.note) },
  };
}

function existing(state: InquiryState): Inquiry & { status: string } {
  if (state.status === 'none') {
    throw new DomainError(`${P}.NOT_FOUND`, 'No such inquiry', 'not-found');
  }
  return state;
}
