/** The stylesheet of the printable minutes: A4, one paragraph per page as the printed minutes. */
export const PRINT_CSS = `
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; line-height: 1.4; max-width: 42em; margin: 2em auto; color: #000; }
h1 { font-size: 18pt; margin: 0.2em 0; }
h2 { font-size: 13pt; margin: 1.2em 0 0.3em; }
h3 { font-size: 12pt; margin: 0.6em 0 0.3em; }
h4 { font-size: 11pt; margin: 1em 0 0.2em; }
.minutes-header { border-bottom: 1px solid #000; margin-bottom: 1em; }
.body-name { font-weight: bold; margin: 0; }
.cancelled { font-weight: bold; }
ul.people { list-style: none; padding: 0; margin: 0; }
.signatures { display: flex; flex-wrap: wrap; gap: 2em; margin-top: 1em; }
.signature { min-width: 14em; margin-top: 2.5em; }
.signature-line { border-bottom: 1px solid #000; height: 2em; }
.signer, .role { margin: 0.2em 0; }
.role { font-style: italic; }
.notice table { border-collapse: collapse; }
.notice th { text-align: left; font-weight: normal; padding: 0.2em 1em 0.2em 0; }
.case-number { margin: 0; }
.correction { border-left: 3px solid #888; padding-left: 0.8em; font-size: 10pt; }
@page { size: A4; margin: 25mm 20mm; }
@media print {
  body { margin: 0; max-width: none; }
  .notice, .contents, .paragraph { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .signature, .correction { break-inside: avoid; }
}
`;
