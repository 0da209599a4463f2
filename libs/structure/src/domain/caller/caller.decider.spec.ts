import { given } from '@app/testing';
import {
  callerDecider as decider,
  type CallerNameErased,
  type EraseCallerName,
} from './caller.decider';

const erase = (kept = true): EraseCallerName => ({
  type: 'EraseCallerName',
  data: { subject: 'sub-anna', on: '2026-12-03', kept },
});

const erased: CallerNameErased = {
  type: 'CallerNameErased',
  data: { subject: 'sub-anna', erasedOn: '2026-12-03' },
};

describe('caller decider', () => {
  it("records that a caller's kept name was erased, and when", () => {
    given(decider).when(erase()).then([erased]);
  });

  it('refuses a caller of whom no name is kept', () => {
    given(decider).when(erase(false)).thenFails('CALLER.NOT_FOUND', 'not-found');
  });

  it('refuses to erase twice', () => {
    given(decider, [erased]).when(erase()).thenFails('CALLER.ALREADY_ERASED', 'conflict');
  });
});
