import type { MinutesView, PersonRef } from '@app/meetings';
import { markup, type Html } from './html';
import {
  attendeeLine,
  BODY_UNKNOWN,
  clock,
  NOT_IN_SOURCE,
  OFFICE_NAMES,
  paragraphRange,
  withParty,
} from './swedish';

/**
 * The first page of Swedish minutes: who met where and when, who decided, who else was there,
 * which paragraphs, where and when the minutes were approved, and the signatures.
 */
export function frontPage(minutes: MinutesView): Html {
  return markup` <header class="minutes-header">
      <p class="body-name">${minutes.body.name ?? BODY_UNKNOWN}</p>
      <h1>${minutes.records === 'notes' ? 'Minnesanteckningar' : 'Sammanträdesprotokoll'}</h1>
      <p class="meeting-date">Sammanträdesdatum ${minutes.date}</p>
      ${minutes.status === 'cancelled' ? markup`<p class="cancelled">Sammanträdet ställdes in ${minutes.cancelledOn}.</p>` : ''}
    </header>
    <section class="front-page">
      <h2>Plats och tid</h2>
      <p>${placeAndTime(minutes)}</p>
      ${minutes.adjournments.map((a) => markup`<p>Ajournering ${clock(a.from)}-${clock(a.to)}</p>`)}
      ${attendance(minutes)}
      ${
        minutes.records === 'notes'
          ? notesSignatures(minutes)
          : markup`<h2>Paragrafer</h2>
              <p>${paragraphRange(minutes) ?? '-'}</p>
              <h2>Justeringens plats och tid</h2>
              <p>${approvalPlaceAndTime(minutes)}</p>
              <h2>Underskrifter</h2>
              ${signatures(minutes)}`
      }
    </section>`;
}

/** Who was there, or that the source does not say (a meeting known only by its decisions). */
function attendance(minutes: MinutesView): Html {
  if (minutes.unknown.includes('attendance')) {
    return markup`<h2>Närvarande</h2>
      <p class="unknown">Närvaron framgår inte av källan.</p>`;
  }
  return markup`<h2>${minutes.records === 'notes' ? 'Närvarande' : 'Beslutande'}</h2>
    ${people(minutes.attendance.decisionMakers.map(attendeeLine))}
    ${
      minutes.attendance.servingDeputies.length > 0
        ? markup`<h3>Tjänstgörande ersättare</h3>
            ${people(minutes.attendance.servingDeputies.map(attendeeLine))}`
        : ''
    }
    <h2>Övriga deltagare</h2>
    ${people(minutes.attendance.others.map(attendeeLine))} ${absences(minutes)}
    ${minutes.presidedBy === null ? '' : markup`<p class="presided">Ordförande vid sammanträdet: ${minutes.presidedBy.name}</p>`}`;
}

/** Notes: signed by the chair, counter-signed by another member, and where they were delivered. */
function notesSignatures(minutes: MinutesView): Html {
  const signing = minutes.counterSigning;
  const signer = (role: string, person: PersonRef | null, on: string | null) =>
    markup` <div class="signature">
      <div class="signature-line"></div>
      <p class="signer">${person === null ? '' : person.name}</p>
      <p class="role">${role}${on === null ? '' : ` ${on}`}</p>
    </div>`;
  return markup`<h2>Underskrifter</h2>
    ${signing === null ? markup`<p>Anteckningarna är inte kontrasignerade.</p>` : ''}
    <div class="signatures">
      ${signer('Ordförande', signing?.signedBy ?? null, null)}
      ${signer('Kontrasignerad', signing?.counterSignedBy ?? null, signing?.counterSignedOn ?? null)}
    </div>
    ${
      minutes.deliveries.length === 0
        ? ''
        : markup`<h2>Delges</h2>
            ${people(minutes.deliveries.map((d) => `${d.to.name} ${d.deliveredOn}`))}`
    }`;
}

/** A time the source does not give is said to be missing, never filled in. */
function placeAndTime(minutes: MinutesView): string {
  if (minutes.status !== 'held') {
    return [minutes.place, minutes.date].filter((part) => part !== null).join(', ');
  }
  const at = (time: string | null) => (time === null ? '?' : clock(time));
  const time =
    minutes.startedAt === null && minutes.endedAt === null
      ? `, tid: ${NOT_IN_SOURCE}`
      : ` klockan ${at(minutes.startedAt)}-${at(minutes.endedAt)}`;
  return [minutes.place ?? `plats: ${NOT_IN_SOURCE}`, `${minutes.date}${time}`].join(', ');
}

function people(lines: string[]): Html {
  if (lines.length === 0) return markup`<p>-</p>`;
  return markup`<ul class="people">
    ${lines.map((line) => markup`<li>${line}</li>`)}
  </ul>`;
}

function absences(minutes: MinutesView): Html | '' {
  const absent = minutes.attendance.absences;
  if (absent.length === 0) return '';
  const lines = absent.map((a) =>
    [withParty(a, a.party), a.office === null ? null : OFFICE_NAMES[a.office], a.reason]
      .filter((part) => part !== null && part !== undefined)
      .join(', '),
  );
  return markup`<h2>Frånvarande</h2>
    ${people(lines)}`;
}

function approvalPlaceAndTime(minutes: MinutesView): string {
  const approval = minutes.approval;
  if (approval === null) return 'Protokollet är inte justerat.';
  const time = approval.approvedAt === null ? '' : ` klockan ${clock(approval.approvedAt)}`;
  return [approval.place, `${approval.approvedOn}${time}`].filter((p) => p !== null).join(' ');
}

/** A line to sign on, the name under it, the role under that: as the printed minutes have it. */
function signatures(minutes: MinutesView): Html {
  const approval = minutes.approval;
  const signer = (role: string, person: PersonRef | null) =>
    markup` <div class="signature">
      <div class="signature-line"></div>
      <p class="signer">${person === null ? '' : person.name}</p>
      <p class="role">${role}</p>
    </div>`;
  return markup`<div class="signatures">
    ${signer('Sekreterare', approval?.secretary ?? null)}
    ${signer('Ordförande', approval?.chair ?? null)}
    ${(approval?.adjusters.length ? approval.adjusters : [null]).map((adjuster) => signer('Justerare', adjuster))}
  </div>`;
}
