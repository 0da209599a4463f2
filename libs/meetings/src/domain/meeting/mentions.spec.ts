import { mention, mentionsIn, renderMentions } from './mentions';

describe('mentions of people in running text', () => {
  const text = `Workshop där bland annat ${mention('p-102')} och ${mention('p-202')} (M) närvarade; ${mention('p-102')} informerade.`;

  it('finds each person mentioned once, in order', () => {
    expect(mentionsIn(text)).toEqual(['p-102', 'p-202']);
    expect(mentionsIn(null)).toEqual([]);
    expect(mentionsIn('Inga övriga frågor.')).toEqual([]);
  });

  it('renders names, or a mask for an erased person', () => {
    const names: Record<string, string> = { 'p-102': 'Petra Kålbäck' };
    expect(renderMentions(text, (id) => names[id] ?? '[borttagen]')).toBe(
      'Workshop där bland annat Petra Kålbäck och [borttagen] (M) närvarade; Petra Kålbäck informerade.',
    );
  });

  it('leaves text that only looks like a mention alone', () => {
    expect(renderMentions('{{person:}} {person:p-1} {{person:a b}}', () => 'X')).toBe(
      '{{person:}} {person:p-1} {{person:a b}}',
    );
  });
});
