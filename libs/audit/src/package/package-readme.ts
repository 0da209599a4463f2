import type { PackagedMinutes } from './audit-package';

/** README.txt of an audit package, in Swedish: what it holds and how a revisor verifies it. */
export function packageReadme(p: {
  tenant: string;
  origin: string;
  from: string;
  to: string;
  closingTreeSize: number;
  minutes: readonly PackagedMinutes[];
}): string {
  return `REVISIONSPAKET – Samverkan
Kommun: ${p.tenant}   Logg: ${p.origin}
Period (registreringstid): ${p.from} – ${p.to}

VAD PAKETET INNEHÅLLER
  events.ndjson        Alla händelser som registrerades under perioden, en per rad (kanonisk JSON,
                       RFC 8785), med händelsens hash och ett inklusionsbevis (RFC 9162) mot
                       den avslutande kontrollpunkten.
  checkpoints/         Signerade kontrollpunkter (C2SP signed note, Ed25519): loggens storlek
                       och rothash vid olika tidpunkter, från den senaste före perioden till
                       den avslutande (${p.closingTreeSize} händelser).
  consistency.ndjson   Bevis för att varje kontrollpunkt bygger vidare på den föregående:
                       ingenting har ändrats, tagits bort eller lagts in i efterhand.
  public-key.txt       Den publika nyckel som kontrollpunkterna är signerade med (verifieringsnyckel).
  public-key.pem       Samma nyckel i PEM-format.
  verify.js            Ett fristående verifieringsprogram. Kräver bara Node.js (version 20 eller
                       senare); ingen databas, ingen server, inga andra program.
  minutes/             Utskrivbara protokoll och minnesanteckningar (HTML, öppnas i en webbläsare)
                       för varje möte med händelser under perioden, så som mötet var registrerat
                       vid dess sista händelse under perioden:
${minutesList(p.minutes)}
  manifest.json        Paketets innehållsförteckning med kontrollsummor (SHA-256) för varje fil,
                       och för varje protokoll den händelse (ström, revision, hash) det visar.

SÅ HÄR VERIFIERAR DU PAKETET
  1. Använd den publika nyckel som ni själva sparade vid ett tidigare tillfälle (inte den i
     paketet, som den som skapade paketet kunde ha bytt ut):
         node verify.js revisionspaket.zip --public-key er-sparade-nyckel.txt
     Utan --public-key används nyckeln i paketet, vilket bara visar att paketet hänger ihop.
  2. Programmet kontrollerar att varje händelses innehåll ger dess hash, att varje händelse
     ingår i den avslutande signerade kontrollpunkten, att kontrollpunkternas signaturer
     stämmer och att de är konsistenta med varandra. "OK" och slutkod 0 betyder att allt
     stämmer; annars skrivs "BROKEN" och varje fel med den händelse (rad, löv, ström,
     revision) eller fil det gäller, och slutkoden är 3. Programmet kontrollerar också att
     varje möte med händelser i paketet har sitt protokoll och att protokollet anger en av
     paketets händelser. Protokollen är en utskrift av händelserna, inte själva beviset: det
     är händelserna i events.ndjson som är signerade.
  3. Jämför den avslutande kontrollpunkten (checkpoints/) med de kontrollpunkter ni själva har
     sparat: med samma storlek ska rothashen vara densamma. För en senare kontrollpunkt kan
     ett konsistensbevis hämtas: GET /api/v1/audit/proofs/consistency?from=<er storlek>.

VAD DU BÖR SPARA
  Den publika nyckeln (public-key.txt) och den avslutande kontrollpunkten. Nästa gång kan du
  då bevisa att inget som fanns när du sparade dem har ändrats sedan.

VAD HASHEN OMFATTAR
  Händelsens id, kommun, ström, revision, typ, schemaversion, data, giltighetsdatum,
  registreringstid, aktör (id, roll, organisation – aldrig namn), på uppdrag av, motivering,
  korrelations- och orsaks-id samt föregående händelses hash i samma ström. Personers namn
  finns utanför de hashade uppgifterna, så att de kan raderas utan att något bevis bryts.
`;
}

function minutesList(minutes: readonly PackagedMinutes[]): string {
  if (minutes.length === 0) return '                         (inga möten under perioden)';
  return minutes.map((m) => `                         ${m.file}  ${m.title}`).join('\n');
}
