import { given } from '@app/testing';
import type { InquiryCommand } from './inquiry.commands';
import { inquiryDecider } from './inquiry.decider';
import type { InquiryEvent, InquiryReceived } from './inquiry.events';

const received: InquiryReceived = {
  type: 'InquiryReceived',
  data: {
    inquiryId: 'i-1',
    receivedOn: '2023-09-15',
    from: 'De förtroendevalda revisorerna',
    reference: 'NAN/2023/0160/007',
    subject: 'Nynäshamnsmodellen',
    addressedTo: ['nan', 'bun'],
    questions: [
      { questionId: '1', text: 'Hur uppfattar nämnden sin roll?' },
      { questionId: '2', text: 'Hur ser arbetet ut i praktiken?' },
      { questionId: '3', text: 'Finns det utvecklingsbehov?' },
    ],
    dueOn: '2023-11-30',
  },
};
const { questions, ...receivedFields } = received.data;
const receive: InquiryCommand = {
  type: 'ReceiveInquiry',
  data: { ...receivedFields, questions: questions.map((question) => question.text) },
};
const byItem = (questionIds: string[], decided = true): InquiryCommand => ({
  type: 'AnswerQuestions',
  data: {
    inquiryId: 'i-1',
    questionIds,
    answer: { kind: 'decision', meetingId: 'm-1', itemId: 'item-42' },
    item: { found: true, decided },
    answeredOn: '2023-11-06',
  },
});
const answeredAll: InquiryEvent = {
  type: 'InquiryQuestionsAnswered',
  data: {
    inquiryId: 'i-1',
    questionIds: ['1', '2', '3'],
    answer: { kind: 'decision', meetingId: 'm-1', itemId: 'item-42' },
    answeredOn: '2023-11-06',
  },
};
const close = (closedOn: string): InquiryCommand => ({
  type: 'CloseInquiry',
  data: { inquiryId: 'i-1', closedOn, note: null },
});

describe('an auditors’ inquiry', () => {
  it('is received with its questions numbered from 1, open', () => {
    given(inquiryDecider).when(receive).then([received]);
    expect(given(inquiryDecider).when(receive).state()).toMatchObject({ status: 'open' });
  });

  it('is addressed to at least one board, once each, and asks at least one question', () => {
    const without = (data: object) =>
      ({ ...receive, data: { ...receive.data, ...data } }) as InquiryCommand;
    given(inquiryDecider)
      .when(without({ addressedTo: [] }))
      .thenFails('INQUIRY.ADDRESSEES_REQUIRED');
    given(inquiryDecider)
      .when(without({ addressedTo: ['nan', 'nan'] }))
      .thenFails('INQUIRY.ADDRESSEE_REPEATED');
    given(inquiryDecider)
      .when(without({ questions: [] }))
      .thenFails('INQUIRY.QUESTIONS_REQUIRED');
    given(inquiryDecider)
      .when(without({ dueOn: '2023-01-01' }))
      .thenFails('INQUIRY.DUE_BEFORE_RECEIVED');
    given(inquiryDecider, [received])
      .when(receive)
      .thenFails('INQUIRY.ALREADY_RECEIVED', 'conflict');
  });

  it('has several questions answered by one decision item, and is answered once all are', () => {
    given(inquiryDecider, [received])
      .when(byItem(['1', '2', '3']))
      .then([answeredAll]);
    const partly = given(inquiryDecider, [received])
      .when(byItem(['1']))
      .state();
    expect(partly).toMatchObject({ status: 'open' });
    expect(given(inquiryDecider, [received, answeredAll]).state).toMatchObject({
      status: 'answered',
    });
  });

  it('takes a written answer', () => {
    const written: InquiryCommand = {
      type: 'AnswerQuestions',
      data: {
        inquiryId: 'i-1',
        questionIds: ['2'],
        answer: { kind: 'written', text: 'Se bilaga', documentReference: 'Dnr 2023/12' },
        answeredOn: '2023-10-01',
      },
    };
    expect(given(inquiryDecider, [received]).when(written).events()[0].data).toMatchObject({
      answer: { kind: 'written', text: 'Se bilaga', documentReference: 'Dnr 2023/12' },
    });
  });

  it('refuses an answer to an unknown or answered question, by an item that is not there or not decided, or before the questions came', () => {
    given(inquiryDecider, [received])
      .when(byItem(['4']))
      .thenFails('INQUIRY.QUESTION_NOT_FOUND');
    given(inquiryDecider, [received, answeredAll])
      .when(byItem(['2']))
      .thenFails('INQUIRY.QUESTION_ALREADY_ANSWERED', 'conflict');
    given(inquiryDecider, [received])
      .when(byItem(['1'], false))
      .thenFails('INQUIRY.ITEM_NOT_DECIDED');
    const missing = byItem(['1']);
    (missing.data as any).item = { found: false, decided: false };
    given(inquiryDecider, [received]).when(missing).thenFails('INQUIRY.ITEM_NOT_FOUND');
    const early = byItem(['1']);
    (early.data as any).answeredOn = '2023-01-01';
    given(inquiryDecider, [received]).when(early).thenFails('INQUIRY.ANSWERED_BEFORE_RECEIVED');
    given(inquiryDecider)
      .when(byItem(['1']))
      .thenFails('INQUIRY.NOT_FOUND', 'not-found');
  });

  it('is closed once every question has its answer, not before it, and then takes nothing more', () => {
    given(inquiryDecider, [received])
      .when(close('2023-12-01'))
      .thenFails('INQUIRY.QUESTIONS_OPEN', 'conflict');
    given(inquiryDecider, [received, answeredAll])
      .when(close('2023-11-01'))
      .thenFails('INQUIRY.CLOSED_BEFORE_ANSWERED');
    const closed = given(inquiryDecider, [received, answeredAll]).when(close('2023-12-01'));
    expect(closed.state()).toMatchObject({ status: 'closed', closed: { closedOn: '2023-12-01' } });
    const events = [received, answeredAll, ...closed.events()];
    given(inquiryDecider, events)
      .when(byItem(['1']))
      .thenFails('INQUIRY.CLOSED', 'conflict');
    given(inquiryDecider, events).when(close('2023-12-02')).thenFails('INQUIRY.CLOSED', 'conflict');
  });
});
