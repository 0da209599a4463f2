import { given } from '@app/testing';
import type { InquiryCommand } from './inquiry.commands';
import { inquiryDecider } from './inquiry.decider';
import { overdueOn } from './inquiry.state';

/** "Revisorernas frågor inkom i september 2023, svar senast december": dates as given. */
describe('an auditors’ inquiry with dates as precise as the source', () => {
  const receive = (receivedOn: string, dueOn: string | null): InquiryCommand => ({
    type: 'ReceiveInquiry',
    data: {
      inquiryId: 'i-1',
      receivedOn,
      from: 'De förtroendevalda revisorerna',
      reference: null,
      subject: 'Nynäshamnsmodellen',
      addressedTo: ['nan'],
      questions: ['Hur uppfattar nämnden sin roll?'],
      dueOn,
    },
  });
  const answer = (answeredOn: string): InquiryCommand => ({
    type: 'AnswerQuestions',
    data: {
      inquiryId: 'i-1',
      questionIds: ['1'],
      answer: { kind: 'written', text: 'Se bilaga.', documentReference: null },
      answeredOn,
    },
  });
  const close = (closedOn: string): InquiryCommand => ({
    type: 'CloseInquiry',
    data: { inquiryId: 'i-1', closedOn, note: null },
  });

  it('keeps the dates as given', () => {
    given(inquiryDecider)
      .when(receive('2023-09', '2023-12'))
      .then([
        expect.objectContaining({
          data: expect.objectContaining({ receivedOn: '2023-09', dueOn: '2023-12' }),
        }),
      ]);
  });

  it('refuses a due date only when certainly before the questions came', () => {
    given(inquiryDecider)
      .when(receive('2023-09-15', '2023-09'))
      .then([expect.objectContaining({ type: 'InquiryReceived' })]);
    given(inquiryDecider)
      .when(receive('2023-09-15', '2023-08'))
      .thenFails('INQUIRY.DUE_BEFORE_RECEIVED', 'invalid');
  });

  it('refuses an answer or a closing only when certainly too early', () => {
    const received = given(inquiryDecider).when(receive('2023-09', null)).events();
    given(inquiryDecider, received)
      .when(answer('2023-09-01'))
      .then([expect.objectContaining({ type: 'InquiryQuestionsAnswered' })]);
    given(inquiryDecider, received)
      .when(answer('2023-08'))
      .thenFails('INQUIRY.ANSWERED_BEFORE_RECEIVED', 'invalid');
    const answered = [
      ...received,
      ...given(inquiryDecider, received).when(answer('2023-11-06')).events(),
    ];
    given(inquiryDecider, answered)
      .when(close('2023-11'))
      .then([expect.objectContaining({ type: 'InquiryClosed' })]);
    given(inquiryDecider, answered)
      .when(close('2023-10'))
      .thenFails('INQUIRY.CLOSED_BEFORE_ANSWERED', 'invalid');
  });

  it('is due at the end of a month given as due: overdue from the next day', () => {
    const state = given(inquiryDecider).when(receive('2023-09', '2023-12')).state();
    if (state.status === 'none') throw new Error('not received');
    expect(overdueOn(state, '2023-12-31')).toBe(false);
    expect(overdueOn(state, '2024-01-01')).toBe(true);
  });

  it('refuses a date that is no date', () => {
    given(inquiryDecider)
      .when(receive('hösten 2023', null))
      .thenFails('INQUIRY.INVALID_DATE', 'invalid');
  });
});
