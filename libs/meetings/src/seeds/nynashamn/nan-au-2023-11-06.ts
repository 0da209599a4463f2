import type { IssueAssignment } from '../../domain';
import type { MeetingCommand, RecordItem } from '../../domain';
import { mention } from '../../domain';
import { nanAu, org, person, seededOrganisation, seededItemFacts } from './people';

/**
 * Protokoll, Näringslivs- och arbetsmarknadsnämndens arbetsutskott, 2023-11-06, §§ 41-48
 * (seeds/nynashamn-nan-au-2023-11-06.txt), as the commands a secretary would give.
 */
export const MEETING = 'mtg-nan-au-2023-11-06';
const meetingId = MEETING;

const item = (
  itemId: string,
  data: Omit<RecordItem['data'], 'meetingId' | 'itemId' | 'numberTakenBy' | 'facts'>,
): RecordItem => ({
  type: 'RecordItem',
  data: { meetingId, itemId, numberTakenBy: null, facts: seededItemFacts, ...data },
});

// Running text as printed, with the person mentioned by token instead of by name.
const informs = `${mention(person.kalback)}, förvaltningschef informerar`;

const background = [
  'Hur uppfattar nämnden sin roll i arbetet inom ramen för Nynäshamnsmodellen?',
  'Nynäshamnsmodellen är en samverkan mellan Näringslivs- och arbetsmarknadsförvaltningen (NAF), Barn- och utbildningsförvaltningen (BUF) och Socialförvaltningen (SOF), och inte en samverkan mellan nämnder.',
  'Hur ser arbetet ut i praktiken?',
  'Nynäshamnsmodellen är i nuläget en samverkan mellan Näringslivs- och arbetsmarknadsförvaltningen (NAF), Barn- och utbildningsförvaltningen (BUF) och Socialförvaltningen (SOF). Arbetet är organiserat i en styrgrupp, en samordningsgrupp och flera arbetsgrupper. Styrgruppen beslutar om inriktning för arbetet inom ramen för Nynäshamnsmodellen medan samordningsgruppen skapar arbetsgrupper och väljer ut vilka som är lämpliga att delta i respektive arbetsgrupp.',
  'Styrgrupp respektive samordningsgrupp ses regelbundet var 4:e till var 6:e vecka. Mötena bokas så att frågor kan gå emellan styr- och samordningsgrupp för att få ett bra flöde i arbetet. Arbetsgrupperna bokar själva sina möten utifrån pågående arbete i gruppen och arbetsbelastning.',
  'Prioriterade områden under 2023 specificeras nedan. Varje område är en arbetsgrupp med tvärprofessionell samverkan från NAF, BUF och SOF.',
  'Närvaro i förskolan; Arbetet utgår ifrån den utredning som genomfördes inom ramen för Nynäshamnsmodellen 2021 om hur många barn som inte gick i förskolan i Nynäshamns kommun. Arbetet påbörjades 2022 och har fokus på vikten av närvaro i förskolan. Det innebar att vid lagändringen 1 juli 2023, då alla kommuner måste arbeta för att fler barn ska gå i förskolan, var kommunen väl förberedd. Ansvaret i lagen består av två delar; uppsökande verksamhet och erbjudande av förskoleplats till vissa grupper av barn. Arbetsgruppen har arbetat fram rutiner för att uppfylla lagkraven. Arbetet sker i samverkan med BVC och familjecentralen. Ytterligare en del av arbetet består av att bidra till att rutiner kring närvaro uppmärksammas av förskolepersonal, för att öka möjligheten att ge stöd till familjer där problematisk frånvaro riskerar att uppstå.',
  'Närvaro i skolan En uppdatering av Handlingsplan för att säkerställa skolnärvaro i Nynäshamns kommun har gjorts i samverkan mellan de aktuella förvaltningarna. En plan för implementering är framtagen och arbetet med detta pågår.',
  'Våldsprevention I arbetet med våldsprevention har fokus 2023 varit på förskola. Arbetsgruppen har samverkat med länsstyrelsen för att få metodstöd i arbetet. Arbetsgruppen har genomfört workshops med rektorerna och där tagit fram en handlingsplan för hur arbetet ska bedrivas framåt. Det långsiktiga arbetet är fortsatt implementering av våldsprevention till grundskola och gymnasium under 2024 och 2025.',
  'Analysdag I maj 2023 genomfördes en gemensam analysdag där samtliga som arbetar inom Nynäshamnsmodellen var inbjudna. Under analysdagen genomfördes en dragning av relevanta enkätresultat kring barn och unga. De underlag som redovisades var Stockholmsenkäten, hälsoenkäter, skolinspektionens skolenkät. Under dagen gjordes också en genomgång av statistik över exempelvis Kostnad Per Brukare (KPB), aktualiseringar, placeringar mm från Individ- och familjeomsorgen. Även skolfrånvaro och kränkningar redovisades. Syftet var att få en gemensam lägesbild samt att utifrån det ta fram fortsatta fokusområden/aktiviteter för Nynäshamsmodellen. En arbetsgrupp bildades som ska fortsätta ta fram underlag från dessa olika källor.',
  'Ser nämnden att det finns några utvecklingsbehov kopplat till arbetet med Nynäshamsmodellen?',
  'Nynäshamsmodellen är ett långsiktigt arbete med fokus på hälsofrämjande och förebyggande faktorer för barn och unga. Arbetet kommer att utvecklas över tid utifrån de behov som finns och utifrån de områden som är kända att bidra till trygghet och goda skolresultat. Hur det ska utformas kommer med fördel kunna beslutas bland annat utifrån de underlag som analysgruppen tar fram. Ett utvecklingsområde som uppmärksammas är hur uppföljning av arbetet ska ske. Hur märks det att arbetet ger resultat och gör insatserna nytta för barn och unga? På agendan senare i höst finns att utvärdera resultatet av samverkan genom ett spindeldiagram kallat Samverkan på riktigt. Ett nytt samverkansavtal mellan nämnderna/förvaltningarna behöver tas fram för att säkerställa att arbetet med Nynäshamsmodellen inte blir personbundet utan att arbetet blir en del i det ordinarie arbetet på förvaltningarna.',
].join('\n\n');

export const DECISION_42 =
  'Näringslivs- och arbetsmarknadsnämndens arbetsutskott lämnar ärendet till nämnden utan eget ställningstagande och inför utskick till nämnden ska ärendet kompletteras med beskrivning av Nynäshamnsmodellen.';

export const nanAu20231106: MeetingCommand[] = [
  {
    type: 'ScheduleMeeting',
    data: {
      meetingId,
      bodyId: org.nanAu,
      body: nanAu,
      scheduledFor: { date: '2023-11-06', time: '09:00' },
      place: 'Digitalt via Teams',
      format: 'remote',
    },
  },
  {
    type: 'RecordHeld',
    data: {
      meetingId,
      // Everyone these minutes name is registered by the seed's structure part.
      registered: Object.values(person),
      startedAt: '09:00',
      endedAt: '09:50',
      // "Beslutande – På distans", then "Övriga deltagare – På distans".
      attendance: [
        {
          personId: person.pirrone,
          organisationId: org.nan,
          party: 'KD',
          capacity: 'decision-maker',
          office: 'chair',
          remote: true,
        },
        {
          personId: person.svanberg,
          organisationId: org.nan,
          party: 'M',
          capacity: 'decision-maker',
          remote: true,
        },
        {
          personId: person.hagg,
          organisationId: org.nan,
          party: 'S',
          capacity: 'decision-maker',
          remote: true,
        },
        { personId: person.zotterman, capacity: 'secretary', title: 'sekreterare', remote: true },
        {
          personId: person.kalback,
          organisationId: org.naf,
          capacity: 'official',
          title: 'förvaltningschef',
          remote: true,
        },
      ],
    },
  },
  item('nan-roll-call', { title: 'Upprop och anmälningar om förhinder', kind: 'roll-call' }),
  item('nan-adjusters', { title: 'Val av justerare', kind: 'election-of-adjusters' }),
  item('nan-41', {
    number: 41,
    title: 'Fastställande av dagordning',
    kind: 'agenda-adoption',
    decision: {
      text: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott beslutar att fastställa dagordningen.',
    },
  }),
  item('nan-42', {
    number: 42,
    caseNumber: 'NAN/2023/0160/007',
    title: 'Svar på revisorernas frågor angående Nynäshamnsmodellen',
    kind: 'decision',
    background,
    proposal: {
      text: 'Näringslivs- och arbetsmarknadsnämnden beslutar att överlämna svaret till revisorerna.',
      organisationId: org.naf,
    },
    motions: [
      {
        personId: person.pirrone,
        party: 'KD',
        text: 'att näringslivs- och arbetsmarknadsnämndens arbetsutskott lämnar ärendet utan eget ställningstagande och att ärendet ska kompletteras med beskrivning av Nynäshamsmodellen inför utskick till nämnden.',
      },
    ],
    // "Arbetsutskottets förslag till nämnden": the committee prepares, the board decides.
    // The proposal to the board is the chair's motion, word for word in substance: it was adopted.
    decision: { text: DECISION_42, form: 'proposal-to-board', adoptedMotions: [0] },
    basisDocuments: [
      { title: 'Frågor från revisorerna till styrelse och nämnder angående Nynäshamsmodellen' },
    ],
    recipients: [{ name: 'Akten' }, { name: 'Revisorerna' }],
  }),
  item('nan-43', {
    number: 43,
    title: 'Aktuellt från förvaltningen',
    kind: 'information',
    presentedBy: [person.kalback],
    notes: [
      `${informs}:`,
      '- Angående statusen i den pågående omorganisationen inom nämndens ansvarsområde',
      '- Att informationsärendena § 43-45 kommer vara beslutsärenden på sammanträdet med näringslivs- och arbetsmarknadsnämnden.',
    ].join('\n'),
  }),
  item('nan-44', {
    number: 44,
    title: 'Programutbud 2024/2025',
    kind: 'information',
    presentedBy: [person.kalback],
    notes: `${informs} om den pågående planeringen kring programutbudet 2024/2025.`,
  }),
  item('nan-45', {
    number: 45,
    title:
      'Fastställande av ersättningstabeller för gymnasiesärskolan och introduktionsprogram, 2024',
    kind: 'information',
    presentedBy: [person.kalback],
    notes: `${informs} om ersättningstabeller för gymnasiesärskolan och introduktionsprogram 2024.`,
  }),
  item('nan-46', {
    number: 46,
    title: 'Stadskärneföreningen',
    kind: 'information',
    presentedBy: [person.kalback],
    notes: `${informs} att Stadskärneföreningen har haft Workshop där bland annat ${mention(person.kalback)} och ${mention(person.svanberg)} (M) närvarade. Syftet var bland annat att sätta en gemensam bild och vad är det vi behöver göra tillsammans.`,
  }),
  item('nan-47', {
    number: 47,
    title: 'Övriga frågor',
    kind: 'other-business',
    notes: 'Inga övriga frågor.',
  }),
  item('nan-48', {
    number: 48,
    title: 'Nästa sammanträde',
    kind: 'next-meeting',
    notes:
      'Nästa sammanträde med näringslivs- och arbetsmarknadsnämndens arbetsutskott är den 28 november 2023.',
  }),
  {
    type: 'ApproveMinutes',
    data: {
      meetingId,
      approvedOn: '2023-11-14',
      approvedAt: '10:00',
      place: 'Kommunstyrelsens kansliavdelning',
      chairId: person.pirrone,
      adjusterIds: [person.hagg],
      secretaryId: person.zotterman,
    },
  },
  {
    type: 'PostNotice',
    data: {
      meetingId,
      postedOn: '2023-11-15',
      takenDownOn: '2023-12-07',
      minutesKeptAt: 'Kommunstyrelsens kansliavdelning',
    },
  },
];

/**
 * § 42/23: "inför utskick till nämnden ska ärendet kompletteras med beskrivning av
 * Nynäshamnsmodellen". The minutes name no one and no date: NAF, the administration that
 * prepares the board's cases, is assumed to owe it, by the occasion rather than a date.
 */
export function assignment42(sourceFacts: IssueAssignment['data']['sourceFacts']): IssueAssignment {
  return {
    type: 'IssueAssignment',
    data: {
      assignmentId: 'asg-nan-42-23',
      source: { kind: 'decision', meetingId, itemId: 'nan-42' },
      sourceFacts,
      owedBy: { organisationId: org.naf },
      owedByFacts: { organisations: [seededOrganisation(org.naf)], registered: [] },
      what: 'Komplettera ärendet med en beskrivning av Nynäshamnsmodellen',
      issuedOn: '2023-11-06',
      dueOn: null,
      dueNote: 'inför utskick till nämnden',
    },
  };
}
