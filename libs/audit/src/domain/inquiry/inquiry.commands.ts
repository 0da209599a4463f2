import type {
  Answer,
  InquiryClosed,
  InquiryQuestionsAnswered,
  InquiryReceived,
} from './inquiry.events';

/** What the questions are received as: their texts, numbered by the decider. */
export type ReceiveInquiry = {
  type: 'ReceiveInquiry';
  data: Omit<InquiryReceived['data'], 'questions'> & { questions: string[] };
};

/** The item named by a decision answer, as its meeting's stream says (loaded by the handler). */
export interface AnsweringItem {
  found: boolean;
  decided: boolean;
}

export type AnswerQuestions = {
  type: 'AnswerQuestions';
  data: Omit<InquiryQuestionsAnswered['data'], 'answer'> & {
    answer: Answer;
    /** Facts about the answering item; absent for a written answer. */
    item?: AnsweringItem;
  };
};

export type CloseInquiry = { type: 'CloseInquiry'; data: InquiryClosed['data'] };

export type InquiryCommand = ReceiveInquiry | AnswerQuestions | CloseInquiry;

/** Limits the DTOs check too. */
export const MAX_QUESTIONS = 50;
export const MAX_ADDRESSEES = 20;
