import type { MinutesItem, MinutesView } from '@app/meetings';
import { markup, paragraphs, type Html } from './html';
import { motionLine, withParty } from './swedish';

const FIELDS: Record<string, string> = {
  title: 'rubriken',
  caseNumber: 'diarienumret',
  background: 'ärendebeskrivningen',
  proposal: 'förslaget till beslut',
  motion: 'yrkandet',
  decision: 'beslutet',
  notes: 'anteckningen',
};

/**
 * One paragraph in the order of the seed minutes: number, case number, title, the decision
 * (or the committee's proposal to its board), the case, the administration's proposal, the
 * motions, then the basis documents and where the decision is sent.
 */
export function paragraph(item: MinutesItem): Html {
  const decision = item.decision;
  return markup` <section class="paragraph" id="${item.id}">
    <h2>${item.number ?? item.title}</h2>
    ${item.caseNumber === null ? '' : markup`<p class="case-number">${item.caseNumber}</p>`}
    ${item.number === null ? '' : markup`<h3 class="title">${item.title}</h3>`}
    ${
      decision === null
        ? ''
        : markup` <h4>
              ${decision.form === 'proposal-to-board' ? 'Förslag till nämnden' : 'Beslut'}
            </h4>
            ${paragraphs(decision.text)}
            ${decision.votes === null ? '' : markup`<p class="votes">Omröstning: ${decision.votes.yes} ja, ${decision.votes.no} nej, ${decision.votes.abstained} avstår.</p>`}
            ${decision.reservations.map((r) => markup`<p class="reservation">Reservation: ${withParty(r.by, r.party)}${r.text === null ? '' : `: ${r.text}`}</p>`)}`
    }
    ${item.notes === null ? '' : markup`<div class="notes">${paragraphs(item.notes)}</div>`}
    ${
      item.background === null
        ? ''
        : markup`<h4>Ärendet</h4>
            ${paragraphs(item.background)}`
    }
    ${
      item.proposal === null
        ? ''
        : markup`<h4>Förslag till beslut</h4>
            ${paragraphs(item.proposal.text)}`
    }
    ${
      item.motions.length === 0
        ? ''
        : markup`<h4>Yrkanden</h4>
            ${item.motions.map((m) => markup`<p>${motionLine(m)}</p>`)}`
    }
    ${list(
      'Beslutsunderlag',
      item.basisDocuments.map((d) =>
        d.reference === null ? d.title : `${d.title} (${d.reference})`,
      ),
    )}
    ${list(
      'Skickas till',
      item.recipients.map((r) => r.name),
    )}
    ${item.corrections.map(
      (c) =>
        markup` <aside class="correction">
          <p>Rättelse ${c.correctedOn} av ${FIELDS[c.field] ?? c.field}: ${c.why}</p>
          <p>Tidigare lydelse: ${c.previous ?? '-'}</p>
        </aside>`,
    )}
  </section>`;
}

function list(heading: string, entries: string[]): Html | '' {
  if (entries.length === 0) return '';
  return markup`<h4>${heading}</h4>
    <ul>
      ${entries.map((entry) => markup`<li>${entry}</li>`)}
    </ul>`;
}

/** Unnumbered points (the roll call, the election of adjusters) get a paragraph only if something was minuted. */
export function printedParagraphs(minutes: MinutesView): MinutesItem[] {
  return minutes.items.filter(
    (item) =>
      item.number !== null ||
      item.notes !== null ||
      item.decision !== null ||
      item.background !== null,
  );
}

/** "Innehållsförteckning": every point in order, numbered ones with their number. */
export function tableOfContents(minutes: MinutesView): Html {
  return markup` <nav class="contents">
    <h2>Innehållsförteckning</h2>
    <ol>
      ${minutes.items.map((item) => markup`<li>${item.number === null ? item.title : `${item.number} ${item.title}`}</li>`)}
    </ol>
  </nav>`;
}
