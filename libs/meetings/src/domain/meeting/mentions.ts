/**
 * Minutes mention people in running text ("Petra Kålbäck och Håkan Svanberg (M) närvarade").
 * A name written into an event could never be erased without breaking the hash chain, so texts
 * carry a token with the person's id instead, and the read side puts the name in (or a mask,
 * once the person is erased).
 */
const MENTION = /\{\{person:([^{}\s]+)\}\}/g;

export function mention(personId: string): string {
  return `{{person:${personId}}}`;
}

/** The ids a text mentions, each once, in order of first mention. */
export function mentionsIn(text: string | null): string[] {
  if (text === null) return [];
  return [...new Set([...text.matchAll(MENTION)].map((match) => match[1]!))];
}

export function renderMentions(text: string, nameOf: (personId: string) => string): string {
  return text.replace(MENTION, (_token, personId: string) => nameOf(personId));
}
