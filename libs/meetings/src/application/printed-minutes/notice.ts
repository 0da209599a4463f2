import type { MinutesView } from '@app/meetings';
import { markup, type Html } from './html';
import { BODY_UNKNOWN } from './swedish';

/**
 * "Anslag/Bevis": the certificate that the approved minutes were announced on the notice board,
 * and from when to when; the appeal period runs three weeks from the posting.
 */
export function noticeCertificate(minutes: MinutesView): Html {
  const notice = minutes.notice;
  const row = (label: string, value: string | null) =>
    markup`<tr><th scope="row">${label}</th><td>${value ?? '-'}</td></tr>`;
  return markup` <section class="notice">
    <h2>Anslag/Bevis</h2>
    <p>
      ${notice === null ? 'Anslag om protokollets justering har inte satts upp.' : 'Det justerade protokollet offentliggörs genom detta anslag.'}
    </p>
    <table>
      ${row('Organ', minutes.body.name ?? BODY_UNKNOWN)}
      ${row('Sammanträdesdatum', minutes.date)}
      ${row('Datum för anslags uppsättande', notice?.postedOn ?? null)}
      ${row('Datum för anslags nedtagande', notice?.takenDownOn ?? null)}
      ${row('Sista dag för överklagande', minutes.appealEndsOn)}
      ${row('Förvaringsplats för protokollet', notice?.minutesKeptAt ?? null)}
    </table>
    <div class="signature">
      <div class="signature-line"></div>
      <p class="role">Underskrift</p>
    </div>
  </section>`;
}
