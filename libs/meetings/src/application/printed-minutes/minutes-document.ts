import type { MinutesView } from '@app/meetings';
import { frontPage } from './front-page';
import { Html, markup } from './html';
import { noticeCertificate } from './notice';
import { paragraph, printedParagraphs, tableOfContents } from './paragraph';
import { PRINT_CSS } from './print.css';
import { BODY_UNKNOWN } from './swedish';

/** "Styrgruppen, minnesanteckningar 2024-02-07": the body, what kind of record, the date. */
export function minutesTitle(minutes: MinutesView): string {
  const kind = minutes.records === 'notes' ? 'minnesanteckningar' : 'sammanträdesprotokoll';
  return `${minutes.body.name ?? BODY_UNKNOWN}, ${kind} ${minutes.date}`;
}

/**
 * The minutes as a printable Swedish document, in the order of the seed minutes: the front page,
 * the notice certificate, the table of contents, then each paragraph. Notes print as
 * "Minnesanteckningar": their items numbered as they were, signed and counter-signed, no notice.
 * Every text is escaped.
 */
export function minutesDocument(minutes: MinutesView): string {
  const title = minutesTitle(minutes);
  // Notes have no public notice and no appeal: no Anslag/Bevis.
  const notice = minutes.records === 'notes' ? '' : noticeCertificate(minutes);
  return markup`<!DOCTYPE html>
    <html lang="sv">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
        <style>
          ${new Html(PRINT_CSS)}
        </style>
      </head>
      <body>
        ${frontPage(minutes)} ${notice} ${tableOfContents(minutes)}
        ${printedParagraphs(minutes).map(paragraph)}
      </body>
    </html> `.value;
}
