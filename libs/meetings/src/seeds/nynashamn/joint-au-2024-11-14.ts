import type { AttendeeInput, MeetingCommand, RecordItem } from '../../domain';
import { mention } from '../../domain';
import { jointAu, org, person, seededItemFacts } from './people';

/**
 * Protokoll, Gemensamt arbetsutskott (BUN, KFN, NAN, SN), 2024-11-14, §§ 78-81
 * (seeds/nynashamn-gemensamt-au-2024-11-14.txt), as the commands a secretary would give.
 */
export const MEETING = 'mtg-joint-au-2024-11-14';
const meetingId = MEETING;

const item = (
  itemId: string,
  data: Omit<RecordItem['data'], 'meetingId' | 'itemId' | 'numberTakenBy' | 'facts'>,
): RecordItem => ({
  type: 'RecordItem',
  data: { meetingId, itemId, numberTakenBy: null, facts: seededItemFacts, ...data },
});

// The minutes say which four boards' committees sit together, not which board each member
// sits for: organisationId stays null rather than guessed.
const member = (
  personId: string,
  party: string,
  more: Partial<AttendeeInput> = {},
): AttendeeInput => ({
  personId,
  party,
  capacity: 'decision-maker',
  ...more,
});

const [olsson, kalback, landberg, nyberg, forshage] = [
  person.olsson,
  person.kalback,
  person.landberg,
  person.nyberg,
  person.forshage,
].map(mention);

const bullets = (lines: string[]) => lines.map((line) => `• ${line}`).join('\n');

const information79 = [
  `Förvaltningscheferna ${olsson}, ${kalback} och ${landberg} informerar om utvecklingen av samverkansarbetet mellan förvaltningarna. Samverkansmodell för barn och unga i riskzon kommer framöver ersätta Nynäshamnsmodellen.`,
  `I styrgruppen för samverkansarbetet ingår förvaltningscheferna samt ${forshage}, senior projektledare och ordförande i gruppen.`,
  'Varför gemensamt arbetsutskott?\nInom alla nämnders ansvarsområden finns målsättningar för arbetet med barn och unga.',
  `Stockholmsenkäten\n${nyberg}, statistiker, informerar om Stockholmsenkäten från 2024 för de elever som bor i Nynäshamns kommun. Enkäten har genomförts var annat år sedan 2006, och innehåller resultat från nästan alla kommuner i Stockholms län. Alla elever i årskurs 9 och i gymnasiet år 2 har erbjudits att besvara enkäten digitalt på skoltid. Svarsfrekvensen bland elever som bor i Nynäshamn är 79% (samma som länet i helhet). ${nyberg} informerar om en del av resultaten i fokusområdena:`,
  bullets([
    'Tobaks, nikotin, alkohol, narkotika, spel om pengar',
    'Brott',
    'Otrygghet i bostadsområdet',
    'Psykisk ohälsa',
  ]),
  'Gruppsamtal med reflektioner kring Stockholmsenkäten\nLedamöterna och förvaltningscheferna delas i grupper med deltagare från olika nämnder och partier för samtal. Några punkter som diskuterades:',
  bullets([
    'Kan Nynäshamns kommun själva genomföra enkäten redan i årskurs 7?',
    'Inkludera samhällsbyggnadsförvaltningen och kommunala bostadsbolag i vissa delar av kommunens samverkansarbete för barn och unga i riskzonen',
    'Stöd till fritidsaktiviteter är särskilt viktigt för ekonomiskt utsatta familjer',
    'Analysera och använd statistiken för att identifiera centrala problem, och för att ta fram konkreta åtgärder',
    'Stärk sårbara individer genom att från tidig ålder uppmuntra och låta dem utveckla sina styrkor',
    'Skillnaden mellan flickors och pojkars mående och kopplingen till eventuell påverkan av sociala medier. Vad kan skolor göra?',
    'Viktigt med helhetsperspektiv (likt livscykelanalys) för att skapa självständiga och fungerande individer, från litet barn till vuxen',
    'Beroende- och spelproblematik',
    'Positiva förebilder',
  ]),
  `Utvecklingen av den nya samverkansmodellen\nUnder våren har en förändringsprocess kring arbetet med barn och unga pågått. Förvaltningarna har inom utvecklingen av samverkansmodellen för arbete med barn och unga i riskzon gått från 42 olika arbetsgrupper till en mer systematiserad samverkan mellan förvaltningarna, under ledning av styrgruppen. ${forshage} beskriver organisationsstrukturen med strategisk styrgrupp, taktisk styrgrupp samt operativa grupper.`,
  'Tre förändringar och övergripande principer:',
  bullets([
    'Tydlig samarbetsstruktur',
    'Fokus främjande och förebyggande',
    'Skyddsfaktorer (framtagna från Rice och Länsstyrelsen)',
  ]),
  'Samverkansorganisationens fokus framöver\nFörvaltningscheferna informerar om respektive förvaltnings fokus för utveckling av främjande, förebyggande, uppmärksammande och åtgärdande arbetsmetoder som del i arbetet med barn och unga i riskzon.',
  `${forshage} informerar om ambition till en gemensam nämndaktivitet för de fyra nämndernas verksamhetsplaner under 2025.`,
].join('\n\n');

export const jointAu20241114: MeetingCommand[] = [
  {
    type: 'ScheduleMeeting',
    data: {
      meetingId,
      bodyId: org.jointAu,
      body: jointAu,
      // The minutes give when it sat, not when it was called: no time is assumed.
      scheduledFor: { date: '2024-11-14' },
      place: 'Kommunhuset Nynäshamn, A-hus, Sammanträdesrum Landsort',
      format: 'hybrid',
    },
  },
  {
    type: 'RecordHeld',
    data: {
      meetingId,
      // Everyone these minutes name is registered by the seed's structure part.
      registered: Object.values(person),
      startedAt: '09:05',
      endedAt: '10:59',
      adjournments: [{ from: '10:14', to: '10:19' }],
      attendance: [
        member(person.lagerberg, 'S'),
        member(person.persson, 'L', { office: 'chair' }),
        member(person.poolsaar, 'M', { arrivingAt: '09:14', remote: true }),
        member(person.norell, 'M', { remote: true }),
        member(person.appelkvist, 'C'),
        member(person.johansson, 'S'),
        member(person.pirrone, 'KD', { remote: true }),
        member(person.goldbech, 'M'),
        member(person.hagg, 'S'),
        member(person.sonnergren, 'M'),
        member(person.pettersson, 'KD'),
        member(person.junerud, 'S'),
        {
          personId: person.olsson,
          organisationId: org.buf,
          capacity: 'official',
          title: 'förvaltningschef barn- och utbildningsnämnden samt kultur- och fritidsnämnden',
        },
        {
          personId: person.kalback,
          organisationId: org.naf,
          capacity: 'official',
          title: 'förvaltningschef näringslivs- och arbetsmarknadsnämnden',
        },
        {
          personId: person.landberg,
          organisationId: org.sof,
          capacity: 'official',
          title: 'förvaltningschef socialförvaltningen',
        },
        {
          personId: person.forshage,
          capacity: 'official',
          title: 'senior projektledare och ordförande i styrgruppen för samverkansmodellen',
        },
        { personId: person.nyberg, capacity: 'official', title: 'statistiker', leavingAt: '09:45' },
        { personId: person.orjes, capacity: 'secretary', title: 'sekreterare' },
      ],
    },
  },
  item('joint-roll-call', { title: 'Upprop och anmälningar om förhinder', kind: 'roll-call' }),
  item('joint-adjusters', { title: 'Val av justerare', kind: 'election-of-adjusters' }),
  item('joint-78', {
    number: 78,
    title: 'Fastställande av dagordning',
    kind: 'agenda-adoption',
    decision: { text: 'Ledamöterna beslutar att fastställa dagordningen enligt utskick.' },
  }),
  item('joint-79', {
    number: 79,
    title: 'Information om samverkansarbetet kring barn och ungdomar',
    kind: 'information',
    presentedBy: [person.olsson, person.kalback, person.landberg, person.nyberg, person.forshage],
    notes: information79,
  }),
  item('joint-80', {
    number: 80,
    title: 'Diskussion',
    kind: 'discussion',
    notes:
      'Kort avslutande diskussion, bland annat lyfts önskemål om en tidslinje eller liknande som kan konkretisera när och vilka olika sorters åtgärder sätts in för individer med behov.',
  }),
  item('joint-81', {
    number: 81,
    title: 'Övriga frågor',
    kind: 'other-business',
    notes: 'Inga övriga frågor.',
  }),
  {
    type: 'ApproveMinutes',
    data: {
      meetingId,
      approvedOn: '2024-11-18',
      approvedAt: '08:00',
      place: 'Kommunhuset Nynäshamn, kommunstyrelseförvaltningens kanslienhet, B-hus plan 3',
      // The extracted signature page shows the two adjusters and the secretary; the chair of
      // the sitting is recorded as approving, as every approval names one.
      chairId: person.persson,
      adjusterIds: [person.sonnergren, person.hagg],
      secretaryId: person.orjes,
    },
  },
  {
    type: 'PostNotice',
    data: {
      meetingId,
      postedOn: '2024-11-19',
      takenDownOn: '2024-12-11',
      minutesKeptAt: 'kommunstyrelseförvaltningens kanslienhet',
    },
  },
];
