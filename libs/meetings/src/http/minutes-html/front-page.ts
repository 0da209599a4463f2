import type { MinutesView, PersonRef } from '@app/meetings';
import { markup, type Html } from './html';
import { attendeeLine, BODY_UNKNOWN, clock, paragraphRange, withParty } from './swedish';

/**
 * The first page of Swedish minutes: who met where and when, who decided, who else was there,
 * which paragraphs, where and when the minutes were approved, and the signatures.
 */
export function frontPage(minutes: MinutesView): Html {
  return markup` <header class="minutes-header">
      <p class="body-name">${minutes.body.name ?? BODY_UNKNOWN}</p>
      <h1>Sammanträdesprotokoll</h1>
      <p class="meeting-date">Sammanträdesdatum ${minutes.date}</p>
      ${minutes.status === 'cancelled' ? markup`<p class="cancelled">Sammanträdet ställdes in ${minutes.cancelledOn}.</p>` : ''}
    </header>
    <section class="front-page">
      <h2>Plats och tid</h2>
      <p>${placeAndTime(minutes)}</p>
      ${minutes.adjournments.map((a) => markup`<p>Ajournering ${clock(a.from)}-${clock(a.to)}</p>`)}
      <h2>Beslutande</h2>
      ${people(minutes.attendance.decisionMakers.map(attendeeLine))}
      ${
        minutes.attendance.servingDeputies.length > 0
          ? markup`<h3>Tjänstgörande ersättare</h3>
              ${people(minutes.attendance.servingDeputies.map(attendeeLine))}`
          : ''
      }
      <h2>Övriga deltagare</h2>
      ${people(minutes.attendance.others.map(attendeeLine))} ${absences(minutes)}
      <h2>Paragrafer</h2>
      <p>${paragraphRange(minutes) ?? '-'}</p>
      <h2>Justeringens plats och tid</h2>
      <p>${approvalPlaceAndTime(minutes)}</p>
      <h2>Underskrifter</h2>
      ${signatures(minutes)}
    </section>`;
}

function placeAndTime(minutes: MinutesView): string {
  const time =
    minutes.startedAt === null
      ? ''
      : ` klockan ${clock(minutes.startedAt)}-${clock(minutes.endedAt!)}`;
  return [minutes.place, `${minutes.date}${time}`].filter((part) => part !== null).join(', ');
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
    [withParty(a, a.party), a.reason].filter((part) => part !== null).join(', '),
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
