import { fold, run } from '@app/testing';
import {
  meetingDecider,
  minutesDocument,
  minutesView,
  type MinutesView,
  type StoredMeeting,
} from '@app/meetings';
import { nanAu20231106 } from '../../../libs/meetings/src/seeds/nynashamn/nan-au-2023-11-06';
import { correction, NAMES, org } from '../read/nynashamn-events';

function nanMinutes(): MinutesView {
  const events = run(meetingDecider, [...nanAu20231106, correction]);
  const meeting = fold(meetingDecider, events) as StoredMeeting;
  return minutesView(meeting, {
    person: (id) => ({ id, name: NAMES[id] ?? '[name unknown]' }),
    organisation: (id) => (id === null ? null : { id, name: id === org.naf ? 'NAF' : null }),
    body: {
      id: org.nanAu,
      kind: 'working-committee',
      name: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
    },
  });
}

/** Each needle found after the one before it: the page prints them in this order. */
function expectInOrder(text: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    expect({ needle, inOrder: at >= 0 }).toEqual({ needle, inOrder: true });
    from = at + needle.length;
  }
}

describe('printable minutes', () => {
  const page = minutesDocument(nanMinutes());

  it('is a Swedish HTML document with a print stylesheet', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<meta charset="utf-8" />');
    expect(page).toMatch(/@media print/);
    expect(page).toContain("'Times New Roman'");
  });

  it('prints the front page, the notice certificate and the paragraphs in the seed order', () => {
    const order = [
      'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
      'Sammanträdesprotokoll',
      '2023-11-06',
      'Plats och tid',
      'Digitalt via Teams, 2023-11-06 klockan 09.00-09.50',
      'Beslutande',
      'Antonella Pirrone (KD), ordförande, deltog på distans',
      'Övriga deltagare',
      'Petra Kålbäck, förvaltningschef, deltog på distans',
      'Paragrafer',
      '§§ 41-48',
      'Justeringens plats och tid',
      'Kommunstyrelsens kansliavdelning 2023-11-14 klockan 10.00',
      'Underskrifter',
      'Sekreterare',
      'Ordförande',
      'Justerare',
      'Anslag/Bevis',
      'Datum för anslags uppsättande</th><td>2023-11-15',
      'Datum för anslags nedtagande</th><td>2023-12-07',
      'Förvaringsplats för protokollet</th><td>Kommunstyrelsens kansliavdelning',
    ];
    expectInOrder(page, order);
    const paragraphs = ['41', '42', '43', '44', '45', '46', '47', '48'].map(
      (n) => `<h2>§ ${n}/23</h2>`,
    );
    expectInOrder(page, paragraphs);
    expect(page.indexOf('<h2>§ 41/23</h2>')).toBeGreaterThan(page.indexOf('Anslag/Bevis'));
  });

  it('prints § 42/23 with its case number, decision, case, proposal, motions, documents and recipients', () => {
    const section = page.slice(page.indexOf('<h2>§ 42/23</h2>'), page.indexOf('<h2>§ 43/23</h2>'));
    expectInOrder(section, [
      'NAN/2023/0160/007',
      'Svar på revisorernas frågor angående Nynäshamnsmodellen',
      'Förslag till nämnden',
      'Ärendet',
      'Förslag till beslut',
      'Yrkanden',
      'Antonella Pirrone (KD) yrkar att',
      'Beslutsunderlag',
      'Skickas till',
      '<li>Akten</li>',
      '<li>Revisorerna</li>',
      'Rättelse 2023-11-20 av beslutet: Felskrivning vid justeringen',
    ]);
  });

  it('renders mentions as names', () => {
    expect(page).toContain('Petra Kålbäck och Håkan Svanberg (M) närvarade');
    expect(page).not.toContain('{{person:');
  });

  it('escapes <script> in every text field', () => {
    const payload = '<script>alert("x")</script>';
    const poisoned = poison(nanMinutes(), payload) as MinutesView;
    const escaped = minutesDocument(poisoned);
    expect(escaped).not.toMatch(/<script/i);
    expect(escaped).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Every string of the view that the page prints comes out escaped: count a few of them.
    const count = escaped.split('&lt;script&gt;').length - 1;
    expect(count).toBeGreaterThan(60);
  });
});

/** The view with every string replaced by the payload: names, places, titles, texts, dates. */
function poison(value: unknown, payload: string): unknown {
  if (typeof value === 'string') return payload;
  if (Array.isArray(value)) return value.map((entry) => poison(entry, payload));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, poison(entry, payload)]),
    );
  }
  return value;
}
