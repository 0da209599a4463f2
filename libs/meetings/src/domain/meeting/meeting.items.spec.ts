import { given, run } from '@app/testing';
import {
  BODY,
  MEETING,
  approved,
  cancelled,
  held,
  itemFacts,
  person,
  recordItem,
  scheduled,
  withItem,
} from '../testing/meeting.fixtures';
import type { AmendItem } from './meeting.commands';
import { meetingDecider as decider } from './meeting.decider';
import { itemsInOrder } from './meeting.state';

const amend = (
  changes: AmendItem['data']['changes'],
  over: Partial<AmendItem['data']> = {},
): AmendItem => ({
  type: 'AmendItem',
  data: {
    meetingId: MEETING,
    itemId: 'item-42',
    changes,
    numberTakenBy: null,
    facts: itemFacts,
    ...over,
  },
});
const elsewhere = { meetingId: 'mtg-0', itemId: 'item-x' };

describe('meeting decider: items', () => {
  describe('RecordItem', () => {
    it('records an item with its number in the meeting year, all fields present', () => {
      given(decider, held)
        .when(
          recordItem({
            presentedBy: [person.official],
            background: 'Revisorerna har ställt frågor.',
            motions: [{ personId: person.chair, party: 'KD', text: 'Bifall med tillägg.' }],
            decision: {
              text: 'Arbetsutskottet lämnar ärendet till nämnden.',
              form: 'proposal-to-board',
              votes: { yes: 2, no: 1, abstained: 0 },
              reservations: [{ personId: person.member, party: 'M' }],
            },
            basisDocuments: [{ title: 'Frågor från revisorerna' }],
            recipients: [{ name: 'Akten' }, { name: 'Revisorerna', organisationId: 'org-rev' }],
            notes: '  ',
          }),
        )
        .then([
          {
            type: 'ItemRecorded',
            data: {
              meetingId: MEETING,
              bodyId: BODY,
              meetingDate: '2023-11-06',
              item: {
                itemId: 'item-42',
                number: 42,
                year: 2023,
                position: 1,
                caseNumber: 'NAN/2023/0160/007',
                title: 'Svar på revisorernas frågor',
                kind: 'decision',
                presentedBy: [person.official],
                background: 'Revisorerna har ställt frågor.',
                proposal: {
                  text: 'Nämnden överlämnar svaret till revisorerna.',
                  organisationId: 'org-naf',
                },
                motions: [
                  {
                    personId: person.chair,
                    party: 'KD',
                    text: 'Bifall med tillägg.',
                    kind: 'motion',
                  },
                ],
                decision: {
                  text: 'Arbetsutskottet lämnar ärendet till nämnden.',
                  form: 'proposal-to-board',
                  votes: { yes: 2, no: 1, abstained: 0 },
                  reservations: [{ personId: person.member, party: 'M', text: null }],
                  adoptedMotions: [],
                },
                basisDocuments: [{ title: 'Frågor från revisorerna', reference: null }],
                recipients: [
                  { name: 'Akten', organisationId: null },
                  { name: 'Revisorerna', organisationId: 'org-rev' },
                ],
                notes: null,
              },
            },
          },
        ]);
    });

    it('keeps case numbers as each municipality writes them', () => {
      for (const caseNumber of ['NAN/2023/0160/007', 'KS/2017:88', '2023/BUN 0203 40']) {
        const event = given(decider, held).when(recordItem({ caseNumber })).events()[0]!;
        expect(event.type === 'ItemRecorded' && event.data.item.caseNumber).toBe(caseNumber);
      }
    });

    it('sets the agenda before the meeting: items without motions or decisions', () => {
      expect(
        given(decider, scheduled)
          .when(recordItem({ decision: null }))
          .events(),
      ).toHaveLength(1);
    });

    it.each([
      ['a decision', {}],
      ['a motion', { decision: null, motions: [{ personId: person.chair, text: 'Bifall' }] }],
    ])('refuses %s before the meeting is held', (_what, over) => {
      given(decider, scheduled).when(recordItem(over)).thenFails('ITEM.BEFORE_HELD', 'conflict');
    });

    it('places items one after another, and unnumbered points where they are put', () => {
      const point = (itemId: string, over: Parameters<typeof recordItem>[0]) =>
        recordItem({ number: null, decision: null, ...over }, itemId);
      const events = run(
        decider,
        [
          point('roll-call', { kind: 'roll-call', title: 'Upprop' }),
          point('agenda', {
            number: 41,
            kind: 'agenda-adoption',
            title: 'Dagordning',
            position: 3,
          }),
          recordItem({}, 'decision'),
          point('adjusters', {
            kind: 'election-of-adjusters',
            title: 'Val av justerare',
            position: 2,
          }),
        ],
        held,
      );
      const state = given(decider, [...held, ...events]).state;
      expect(
        state.status === 'held' && itemsInOrder(state).map((item) => [item.itemId, item.position]),
      ).toEqual([
        ['roll-call', 1],
        ['adjusters', 2],
        ['agenda', 3],
        ['decision', 4],
      ]);
    });

    it('lets unnumbered points share the body and year freely', () => {
      const roll = (id: string) =>
        recordItem({ number: null, kind: 'roll-call', title: 'Upprop', decision: null }, id);
      expect(run(decider, [roll('a'), roll('b')], held)).toHaveLength(2);
    });

    it.each([
      ['this meeting', withItem, recordItem({}, 'item-other'), 'ITEM.NUMBER_TAKEN'],
      [
        'another meeting of the body',
        held,
        recordItem({ numberTakenBy: elsewhere }),
        'ITEM.NUMBER_TAKEN',
      ],
      [
        'the same position',
        withItem,
        recordItem({ number: 43, position: 1 }, 'item-43'),
        'ITEM.POSITION_TAKEN',
      ],
      ['the same item id', withItem, recordItem({ number: 43 }), 'ITEM.ALREADY_RECORDED'],
    ])('refuses a number or place already used in %s', (_what, history, command, code) => {
      given(decider, history).when(command).thenFails(code, 'conflict');
    });

    it('reports who holds a taken number', () => {
      const error = given(decider, held)
        .when(recordItem({ numberTakenBy: elsewhere }))
        .thenFails('ITEM.NUMBER_TAKEN');
      expect(error.details).toEqual({ number: 42, year: 2023, takenBy: elsewhere });
      expect(error.message).toContain('§ 42/23');
    });

    it('ignores a holder that names this very meeting: the read model lags behind its stream', () => {
      const stale = { meetingId: MEETING, itemId: 'item-removed' };
      expect(
        given(decider, held)
          .when(recordItem({ numberTakenBy: stale }))
          .events(),
      ).toHaveLength(1);
    });

    it.each([
      ['a year other than the meeting year', { year: 2024 }, 'ITEM.YEAR_MISMATCH'],
      ['a year without a number', { number: null, year: 2023 }, 'ITEM.YEAR_WITHOUT_NUMBER'],
      ['number 0', { number: 0 }, 'ITEM.INVALID_NUMBER'],
      ['a part number', { number: 4.5 }, 'ITEM.INVALID_NUMBER'],
      ['position 0', { position: 0 }, 'ITEM.INVALID_POSITION'],
      ['a blank title', { title: ' ' }, 'ITEM.TITLE_REQUIRED'],
      ['an unknown kind', { kind: 'gossip' as never }, 'ITEM.INVALID_KIND'],
      [
        'a presenter named twice',
        { presentedBy: [person.official, person.official] },
        'ITEM.PRESENTER_TWICE',
      ],
      ['a proposal without text', { proposal: { text: '' } }, 'ITEM.PROPOSAL_TEXT_REQUIRED'],
      [
        'a motion without text',
        { motions: [{ personId: person.chair, text: '' }] },
        'ITEM.MOTION_TEXT_REQUIRED',
      ],
      [
        'a motion of an unknown kind',
        { motions: [{ text: 'Bifall', kind: 'wish' as never }] },
        'ITEM.INVALID_MOTION_KIND',
      ],
      [
        'a decision adopting a motion the item does not have',
        { motions: [{ text: 'Bifall' }], decision: { text: 'x', adoptedMotions: [1] } },
        'ITEM.ADOPTED_MOTION_NOT_FOUND',
      ],
      [
        'a decision adopting a motion twice',
        { motions: [{ text: 'Bifall' }], decision: { text: 'x', adoptedMotions: [0, 0] } },
        'ITEM.ADOPTED_MOTION_TWICE',
      ],
      ['a decision without text', { decision: { text: ' ' } }, 'ITEM.DECISION_TEXT_REQUIRED'],
      [
        'an unknown decision form',
        { decision: { text: 'x', form: 'hunch' as never } },
        'ITEM.INVALID_DECISION_FORM',
      ],
      [
        'a vote with no yes or no',
        { decision: { text: 'x', votes: { yes: 0, no: 0, abstained: 3 } } },
        'ITEM.VOTES_EMPTY',
      ],
      [
        'negative votes',
        { decision: { text: 'x', votes: { yes: -1, no: 2, abstained: 0 } } },
        'ITEM.INVALID_YES',
      ],
      [
        'a basis document without title',
        { basisDocuments: [{ title: '' }] },
        'ITEM.DOCUMENT_TITLE_REQUIRED',
      ],
      ['a recipient without name', { recipients: [{ name: '' }] }, 'ITEM.RECIPIENT_NAME_REQUIRED'],
      ['motions that are not a list', { motions: 'Bifall' as never }, 'ITEM.INVALID_MOTIONS'],
    ])('refuses %s', (_what, over, code) => {
      given(decider, held).when(recordItem(over)).thenFails(code, 'invalid');
    });

    it.each([
      ['a cancelled meeting', cancelled, 'MEETING.CANCELLED'],
      ['approved minutes', approved, 'MINUTES.ALREADY_APPROVED'],
    ])('refuses items on %s', (_what, history, code) => {
      given(decider, history)
        .when(recordItem({ number: 43 }, 'item-43'))
        .thenFails(code, 'conflict');
    });
  });

  describe('AmendItem', () => {
    it('replaces the whole item and names the fields that changed', () => {
      const event = given(decider, withItem)
        .when(amend({ title: 'Svar till revisorerna', notes: 'Bordlagt en gång.' }))
        .events()[0]!;
      expect(event.type).toBe('ItemAmended');
      expect(event.type === 'ItemAmended' && event.data).toMatchObject({
        meetingId: MEETING,
        bodyId: BODY,
        meetingDate: '2023-11-06',
        item: {
          itemId: 'item-42',
          number: 42,
          title: 'Svar till revisorerna',
          notes: 'Bordlagt en gång.',
        },
        changed: ['title', 'notes'],
      });
    });

    it('adds the decision an agenda item was waiting for', () => {
      const agenda = run(decider, [recordItem({ decision: null })], held);
      const state = given(decider, [...held, ...agenda])
        .when(amend({ decision: { text: 'Beslutar enligt förslaget.' } }))
        .state();
      expect(state.status === 'held' && state.items['item-42']!.decision?.text).toBe(
        'Beslutar enligt förslaget.',
      );
    });

    it('takes the year away with the number', () => {
      const event = given(decider, withItem)
        .when(amend({ number: null }))
        .events()[0]!;
      expect(event.type === 'ItemAmended' && event.data.item).toMatchObject({
        number: null,
        year: null,
      });
    });

    it('consults the number fact only when the number changes', () => {
      expect(
        given(decider, withItem)
          .when(amend({ title: 'Ny' }, { numberTakenBy: elsewhere }))
          .events(),
      ).toHaveLength(1);
      given(decider, withItem)
        .when(amend({ number: 43 }, { numberTakenBy: elsewhere }))
        .thenFails('ITEM.NUMBER_TAKEN', 'conflict');
    });

    it('refuses an amendment that changes nothing', () => {
      given(decider, withItem)
        .when(amend({ title: 'Svar på revisorernas frågor' }))
        .thenFails('ITEM.UNCHANGED', 'invalid');
    });

    it('validates the amended item like a new one', () => {
      given(decider, withItem)
        .when(amend({ year: 2022 }))
        .thenFails('ITEM.YEAR_MISMATCH', 'invalid');
    });

    it.each([
      ['an unknown item', withItem, amend({ title: 'x' }, { itemId: 'nope' }), 'ITEM.NOT_FOUND'],
      ['approved minutes', approved, amend({ title: 'x' }), 'MINUTES.ALREADY_APPROVED'],
    ])('refuses %s', (_what, history, command, code) => {
      given(decider, history).when(command).thenFails(code);
    });
  });

  describe('RemoveItem', () => {
    const remove = (itemId = 'item-42') => ({
      type: 'RemoveItem' as const,
      data: { meetingId: MEETING, itemId },
    });

    it('strikes an item before approval, freeing its number', () => {
      given(decider, withItem)
        .when(remove())
        .then([
          {
            type: 'ItemRemoved',
            data: { meetingId: MEETING, meetingDate: '2023-11-06', itemId: 'item-42' },
          },
        ]);
      const removed = run(decider, [remove()], withItem);
      expect(
        given(decider, [...withItem, ...removed])
          .when(recordItem({}, 'item-again'))
          .events(),
      ).toHaveLength(1);
    });

    it.each([
      ['an unknown item', withItem, remove('nope'), 'ITEM.NOT_FOUND'],
      ['approved minutes', approved, remove(), 'MINUTES.ALREADY_APPROVED'],
    ])('refuses %s', (_what, history, command, code) => {
      given(decider, history).when(command).thenFails(code);
    });
  });
});
