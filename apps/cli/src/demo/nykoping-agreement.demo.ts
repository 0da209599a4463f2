import type { CommandAnswer, SendCommand } from './nynashamn.demo';

/**
 * The Nyköping agreement between Kompetens- och arbetsmarknadsnämnden (KAN) and Division Social
 * omsorg (DSO) for 2024 (../shared/seeds/nykoping-overenskommelse-kan-dso-2024.txt), recorded
 * through the command endpoints in municipality 0480. Every command carries an Idempotency-Key
 * named after its step, so recording it again adds nothing.
 *
 * ASSUMPTIONS (the seed does not say): the organisations exist from 2019-01-01; the council
 * (KF) is registered as a board (the structure has no kind of its own for a council); the
 * agreement was drafted on 2023-11-20 and adopted by KAN on 2023-12-13 ("KAN 2023-12-13 § 98").
 */
export interface NykopingAgreement {
  municipality: string;
  kf: string;
  kan: string;
  dso: string;
  du: string;
  agreement: string;
  /** 2.1 Arbetsmarknadsverksamhet, 2.3 Integrationsvägledning och -samordning, 2.6 heltidsmodellen. */
  labourMarket: string;
  integration: string;
  fullTimeModel: string;
  /** The nine indicators of 2.2, the six Kolada key figures of KF's goal, KAN's four own. */
  indicators: { assignment: string[]; kolada: Record<string, string>; board: string[] };
  position: string;
}

const VALIDITY = { validFrom: '2024-01-01', validTo: '2024-12-31' };
const MATERIAL = { daysBefore: 21, to: 'nämndens sakkunniga' };
const KAN_NAME = 'Kompetens- och arbetsmarknadsnämnden';

const oral = (on: string, note: string | null = null) => ({ on, form: 'oral', note });
const written = (on: string) => ({ on, form: 'written' });

/**
 * The six key figures of the council's goal. ASSUMPTION: the seed names them but not their Kolada
 * ids; these ids are placeholders for the demo and the fixtures, to be checked against Kolada.
 */
export const KOLADA_KEY_FIGURES: Record<string, string> = {
  N31807: 'Andel vuxna biståndsmottagare med försörjningshinder på grund av arbetslöshet',
  U40457:
    'Resultat vid avslut i kommunens arbetsmarknadsverksamhet, andel som börjat arbeta eller studera',
  N00955: 'Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel av arbetslösa',
  N00956: 'Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel av befolkningen',
  N00957: 'Långtidsarbetslöshet 25-64 år, årsmedelvärde, andel av arbetslösa',
  N00958: 'Långtidsarbetslöshet 25-64 år, årsmedelvärde, andel av befolkningen',
};
/** Which of them Kolada divides by gender (as its KPI metadata says; the fixtures agree). */
export const KOLADA_DIVIDED_BY_GENDER = new Set(['N31807', 'N00955', 'N00956', 'N00957', 'N00958']);

const ASSIGNMENT_INDICATORS = [
  'Antal vuxna med ekonomiskt bistånd som har aktualiserats till Jobbtorg',
  'Antal personer i insatsen kartläggning och individuell planering',
  'Antal personer i arbetsträning',
  'Antal personer i arbetspraktik',
  'Antal personer i kommunal arbetsmarknadsanställning',
  'Antal personer som aktualiserats för kompetenshöjande verksamhet (samverkan med Campus inom ramen för ”heltidsmodellen”)',
  'Antal deltagare som är 24 år eller yngre',
  'Antal deltagare som är 25 år eller äldre',
  'Antal deltagare som börjat arbeta eller studera efter avslutad insats',
];

/** KAN's four own indicators, each with the desired result (index) it measures. */
const BOARD_INDICATORS: [string, number][] = [
  [
    'Antal personer som uppbär ekonomiskt bistånd på grund av arbetslöshet och som saknar ersättning',
    0,
  ],
  ['Antal personer som haft arbetspraktik eller arbetsmarknadsanställning i kommunen', 1],
  [
    'Antal personer som deltagit i arbetsmarknadsinsats eller kompetenshöjande verksamhet via Jobbtorg',
    1,
  ],
  [
    'Antal personer som gått vidare till arbete eller studier efter avslutad insats från Jobbtorg',
    2,
  ],
];

export async function recordNykopingAgreement(command: SendCommand): Promise<NykopingAgreement> {
  let position = '0';
  let step = 0;
  const send = async (url: string, body: object): Promise<CommandAnswer> => {
    step += 1;
    const answer = await command(url, body, `demo-nykoping-${step}`);
    position = answer.position;
    return answer;
  };
  const organisation = async (kind: string, name: string, shortName: string, parentId?: string) =>
    (await send('/organisations', { kind, name, shortName, parentId, establishedOn: '2019-01-01' }))
      .id;

  const municipality = await organisation('municipality', 'Nyköpings kommun', '0480');
  const kf = await organisation('board', 'Kommunfullmäktige', 'KF', municipality);
  const kan = await organisation('board', KAN_NAME, 'KAN', municipality);
  const dso = await organisation('administration', 'Division Social omsorg', 'DSO', municipality);
  const du = await organisation('administration', 'Division Utbildning', 'DU', municipality);

  const agreement = (
    await send('/agreements', {
      title:
        'Överenskommelse mellan Kompetens- och arbetsmarknadsnämnden och Division Social omsorg 2024',
      parties: [
        {
          organisationId: kan,
          role: 'principal',
          representative: 'nämndens sakkunniga tjänsteperson',
        },
        { organisationId: dso, role: 'provider', representative: 'divisionschef' },
      ],
      ...VALIDITY,
      draftedOn: '2023-11-20',
      scope: [
        'Kommunens arbetsmarknadsinsatser för arbetslösa',
        'Integrationssamordning och -vägledning',
      ],
      sections: SECTIONS,
    })
  ).id;

  const labourMarket = (
    await send(`/agreements/${agreement}/assignments`, {
      kind: 'base',
      number: '2.1',
      title: 'Grunduppdrag Arbetsmarknadsverksamhet',
      what: 'Svara för kommunens arbetsmarknadsinsatser för arbetslösa via Jobbtorg',
      owedBy: { organisationId: dso },
      parts: LABOUR_MARKET_PARTS,
      followUps: [
        {
          what: 'Beskrivning av verksamhetens arbete med grunduppdraget samt uppföljning av indikatorer och nyckeltal',
          to: KAN_NAME,
          dates: [oral('2024-02-07', 'helår 2023'), written('2024-05-29'), written('2024-09-25')],
          material: MATERIAL,
        },
      ],
    })
  ).id;

  const integration = (
    await send(`/agreements/${agreement}/assignments`, {
      kind: 'base',
      number: '2.3',
      title: 'Grunduppdrag Integrationsvägledning och -samordning',
      what: 'Svara för integrationsvägledning och integrationssamordning',
      owedBy: { organisationId: dso },
      parts: INTEGRATION_PARTS,
      followUps: [
        {
          what: 'Beskrivning av arbetet med grunduppdraget (pågående verksamhet och utvecklingsarbete)',
          to: KAN_NAME,
          dates: [
            oral('2024-02-07'),
            written('2024-03-27'),
            oral('2024-05-29'),
            written('2024-09-25'),
            oral('2024-11-06'),
            written('2024-12-18'),
          ],
          material: MATERIAL,
        },
      ],
    })
  ).id;

  const fullTimeModel = (
    await send(`/agreements/${agreement}/assignments`, {
      kind: 'special',
      number: '2.6',
      title: 'Heltidsmodellen',
      what: 'DSO och DU ska tillsammans utveckla och arbeta med Nyköpings kommuns ”heltidsmodell”',
      owedBy: { organisationId: dso },
      jointlyWith: [{ organisationId: du }],
      parts: FULL_TIME_MODEL_PARTS,
      followUps: [
        {
          what: 'Avrapportering av uppdraget till nämnden',
          to: KAN_NAME,
          dates: [
            oral('2024-02-07'),
            written('2024-03-27'),
            oral('2024-05-29'),
            written('2024-09-25'),
            oral('2024-11-06'),
            written('2024-12-18'),
          ],
          material: null,
        },
      ],
    })
  ).id;

  await send(`/agreements/${agreement}/economy`, {
    economy: [
      {
        activity: 'Arbetsmarknadsverksamhet',
        year: 2024,
        volume: 1,
        unitPrice: null,
        compensation: 19000,
        settlement: {
          period: 'monthly',
          basis: 'allocation',
          note: 'Anslagsfinansieras och ersätts med 1/12-delar genom bokföringsorder',
        },
      },
      {
        activity: 'Integrationsvägledning och -samordning',
        year: 2024,
        volume: 1,
        unitPrice: null,
        compensation: 2060,
        settlement: {
          period: 'tertial',
          basis: 'actual-cost',
          note: 'Faktisk ackumulerad kostnad per tertial via bokföringsorder',
        },
      },
    ],
    economicFollowUps: [
      {
        what: 'Muntlig rapport över verksamhetens ekonomiska utfall',
        to: KAN_NAME,
        dates: [oral('2024-05-29'), oral('2024-11-06')],
        material: null,
      },
    ],
  });

  await send(`/agreements/${agreement}/goals`, {
    goal: {
      goalId: 'kf-1',
      level: 'council',
      setBy: kf,
      text: 'Alla som kan jobba ska jobba. Genom fokus på utbildning, språk och arbete kommer fler i egen försörjning och behovet av ekonomiskt bistånd minskar (KAN, SN)',
      period: { fromYear: 2024, toYear: 2026 },
      reportedTo: 'Hypergene/VP vid delår och helår',
      desiredResults: [
        { text: 'Utbildningsnivån hos kommunens invånare höjas', direction: 'increase' },
        { text: 'Långtidsarbetslösheten i kommunen minska', direction: 'decrease' },
        {
          text: 'Fler komma i arbete med ökad självförsörjning som resultat',
          direction: 'increase',
        },
      ],
    },
  });
  await send(`/agreements/${agreement}/goals`, {
    goal: {
      goalId: 'kan-1',
      level: 'board',
      setBy: kan,
      text: 'Fler personer som uppbär ekonomiskt bistånd ska delta i arbetsmarknadsinsatser eller kompetenshöjande verksamhet och fler ska gå vidare till arbete eller studier efter insatserna',
      period: { fromYear: 2023, toYear: 2026 },
      reportedTo: 'KAN',
      desiredResults: [
        {
          text: 'Antalet personer som uppbär ekonomiskt bistånd på grund av arbetslöshet och som saknar ersättning ska halveras under mandatperioden 2023-2026',
          direction: 'decrease',
        },
        {
          text: '100 personer ska ha arbetsmarknadsanställning eller arbetspraktik i kommunens egna verksamheter under året',
          direction: 'increase',
          target: 100,
        },
        {
          text: 'Fler personer ska gå vidare till arbete eller studier efter avslutad insats från Jobbtorg',
          direction: 'increase',
        },
      ],
    },
  });

  const indicator = async (body: object) =>
    (await send('/indicators', { unit: 'antal', periodicity: 'tertial', ...body })).id;
  const assignmentIndicators: string[] = [];
  for (const name of ASSIGNMENT_INDICATORS) {
    assignmentIndicators.push(
      await indicator({
        name,
        source: { kind: 'own' },
        dividedByGender: true,
        attachedTo: { agreementId: agreement, assignmentId: labourMarket },
      }),
    );
  }
  const kolada: Record<string, string> = {};
  for (const [kpiId, name] of Object.entries(KOLADA_KEY_FIGURES)) {
    kolada[kpiId] = await indicator({
      name,
      source: { kind: 'kolada', kpiId },
      unit: 'procent',
      periodicity: 'year',
      dividedByGender: KOLADA_DIVIDED_BY_GENDER.has(kpiId),
      attachedTo: {
        agreementId: agreement,
        goalId: 'kf-1',
        desiredResult: kpiId === 'U40457' ? 2 : 1,
      },
    });
  }
  const board: string[] = [];
  for (const [name, desiredResult] of BOARD_INDICATORS) {
    board.push(
      await indicator({
        name,
        source: { kind: 'own' },
        periodicity: 'year',
        dividedByGender: true,
        attachedTo: { agreementId: agreement, goalId: 'kan-1', desiredResult },
      }),
    );
  }

  await send(`/agreements/${agreement}/adopt`, {
    adoptedOn: '2023-12-13',
    decision: { reference: 'KAN 2023-12-13 § 98' },
  });

  return {
    municipality,
    kf,
    kan,
    dso,
    du,
    agreement,
    labourMarket,
    integration,
    fullTimeModel,
    indicators: { assignment: assignmentIndicators, kolada, board },
    position,
  };
}

const section = (kind: string, heading: string, text: string) => ({ kind, heading, text });

const SECTIONS = [
  section(
    'changed-conditions',
    'Förändrade förutsättningar',
    'Om förutsättningarna för genomförande av överenskommen verksamhet väsentligt förändras, till exempel genom protokollförda politiska beslut om inriktning, organisation, omfattning och kvalitet eller ändrade krav i lagar och förordningar, kan överenskommelsen komma att revideras.',
  ),
  section(
    'responsibilities',
    'Ansvarsfördelning',
    'Kompetens- och arbetsmarknadsnämnden ansvarar för innehållet i den verksamhet som överenskommits om och för uppföljning enligt fastställd plan. Division Social omsorg svarar för verksamhetsledning och personal, har det fulla arbetsgivaransvaret, svarar för lokaler, ska vara försäkrad genom kommunens gemensamma försäkringssystem, delta på samverkansmöten och nämndsammanträden, representera nämnden i externa forum med regelbunden muntlig rapport till sakkunniga, och bidra med uppgifter till verksamhetsuppföljning (årlig statistik till SCB, övriga uppgifter som efterfrågas).',
  ),
  section(
    'insight-and-supervision',
    'Insyn och tillsyn',
    'Kompetens- och arbetsmarknadsnämnden och dess ombud har rätt till skälig insyn i Division Social omsorgs verksamhet i frågor som rör åtagande enligt denna överenskommelse. Parterna åtar sig att hålla varandra underrättade om och samråda kring förändringar i volymer, kvaliteter eller avtal med underleverantörer.',
  ),
  section(
    'data-protection',
    'Dataskyddsombud',
    'Uppgift om vem som är dataskyddsombud för Kompetens- och arbetsmarknadsnämndens räkning kan fås från Kommunledningskansliet.',
  ),
  section(
    'governing-documents',
    'Styrande dokument',
    'Division Social omsorg ska fullgöra sitt uppdrag enligt kommunens övergripande styrdokument.',
  ),
  section(
    'child-rights',
    'Barnrättsperspektiv',
    'Barnkonventionen etablerar vad kommunen måste säkerställa för varje barn utifrån principen om barnets bästa; verksamheten omfattas av skyldigheten att tillse barnets rätt till skydd, säkerhet och skäliga levnadsvillkor, och att vårdnadshavare stöttas.',
  ),
  section(
    'gender-equality',
    'Jämställdhetsperspektiv',
    'Verksamheterna ska redovisa könsuppdelad statistik, analysera om verksamheten tillhandahåller jämställd service och vid behov vidta åtgärder. Resultaten ska kunna utläsas utifrån kön i ordinarie verksamhets- och budgetuppföljning.',
  ),
  section(
    'customer-focus',
    'Fokus Nöjd Kund',
    'Enklare service – det ska bli lätt att göra rätt; gott bemötande; tillgänglighet, engagemang, effektivitet och lösningsförmåga.',
  ),
];

const part = (heading: string, text: string) => ({ heading, text });

const LABOUR_MARKET_PARTS = [
  part(
    'Syfte med uppdraget',
    'Personer som deltar i Jobbtorgs insatser ska närma sig arbetsmarknaden och bli anställningsbara.',
  ),
  part(
    'Målgrupp',
    'Arbetslösa personer i ålder 18-64 år som uppbär ekonomiskt bistånd och inte är programanvisade av Arbetsförmedlingen. Undantag kan göras för individer som identifieras i samverkan med KAA/UKAA eller SFI och som riskerar att behöva ekonomiskt bistånd; en gemensam planering upprättas då av Jobbtorg och Campus inom ramen för ”heltidsmodellen”.',
  ),
  part(
    'Samverkan',
    'Insatser från Jobbtorg måste alltid föregås av ett samråd med Arbetsförmedlingen. Jobbtorg ska samverka med andra kommunala verksamheter, berörda myndigheter, näringslivet och civilsamhället.',
  ),
  part(
    'Insatser till målgruppen',
    'Kartläggning och individuell planering mot arbete; jobbsökaraktivitet; arbetsträning; arbetspraktik; arbetsmarknadsanställning.',
  ),
  part(
    'Insatsernas längd',
    'Kartläggning och individuell planering: max 1 månad. Arbetsträning och arbetspraktik: upp till 6 månader, max 6 månaders förlängning. Arbetsmarknadsanställning: upp till 1 år, max 1 års förlängning (6 + 6 månader).',
  ),
  part(
    'Insatsernas omfattning ”Heltidsmodellen”',
    'Insatserna från Jobbtorg ska ges på heltid eller på deltid i kombination med Campus Nyköpings kompetenshöjande insatser eller reguljär vuxenutbildning som till exempel SFI.',
  ),
  part('Krav på mottagande arbetsplatser', 'Arbetsspråket ska vara svenska.'),
  part(
    'Handledarstöd till arbetsplatser',
    'Praktiskt och/eller ekonomiskt stöd till arbetsplatser som tar emot målgruppen för arbetsträning, arbetspraktik eller arbetsmarknadsanställningar.',
  ),
  part(
    'Administration av kommunala arbetsmarknadsanställningar',
    'Kommunstyrelsen beslutade 2021-12-20 att kommunens divisioner och verksamheter ska tillhandahålla totalt 100 platser för arbetsmarknadsanställningar. Jobbtorg förfogar över platserna och sköter administrationen med tillgängliga lönestöd från Arbetsförmedlingen.',
  ),
];

const INTEGRATION_PARTS = [
  part(
    'Syfte med uppdraget',
    'Påskynda nyanlända och språksvagas etablering i samhällslivet genom att skapa förutsättningar för jobb, utbildning och svenska språket. Öka förtroendet för kommunen i det socioekonomiskt utsatta bostadsområdet Brandkärr.',
  ),
  part(
    'Samverkan',
    'DSO ska samverka inom divisionen, med andra divisioner, berörda myndigheter, näringslivet och civilsamhället, både ta initiativ till kontakt och vara en kontaktväg in.',
  ),
  part(
    'Uppdragets innehåll',
    'Ge vägledning till enskilda och grupper kring arbete, studier och andra aktiviteter. Hålla samman, driva och utveckla nätverk med andra samhällsaktörer i Brandkärr.',
  ),
  part(
    'Tillgänglighet',
    'Fysisk närvaro ska finnas i Brandkärr och tillgängligheten ska vara hög.',
  ),
  part(
    'Språk',
    'Svenska ska alltid pratas i första hand men möjlighet att föra samtal på andra språk ska finnas.',
  ),
  part('Särskilt fokus i uppdraget', 'Kvinnors och flickors situation och behov.'),
];

const FULL_TIME_MODEL_PARTS = [
  part(
    'Beskrivning',
    'Campus Nyköping och Jobbtorg får ett gemensamt särskilt uppdrag att utveckla och arbeta med Nyköpings kommuns ”heltidsmodell” under 2024: kompetenshöjande insatser i kombination med reguljära utbildningsinsatser eller ordinarie arbetsmarknadsinsatser, så att den totala omfattningen blir heltid. Campus och Jobbtorg ansvarar gemensamt för att individuella planer fastställs och följs upp.',
  ),
  part(
    'Målgrupper',
    '1. Personer med ekonomiskt bistånd som anvisats till Jobbtorg och som inte bedöms vara aktuella för ordinarie arbetsmarknadsinsatser. 2. Vissa personer inom Campus Nyköpings verksamhet som riskerar att behöva ekonomiskt bistånd, unga 18-24 år eller studerande inom SFI. Målgrupp 1 är prioriterad.',
  ),
  part(
    'Insatser',
    'Campus arbetar med ”jobbspår”, orienteringskurser och språkhöjande aktiviteter, och sammanhållen utbildning ges till målgruppen.',
  ),
  part(
    'Rapportering',
    'Uppdraget ska också skriftligen avrapporteras i Hypergene/VP vid delår och helår.',
  ),
];
