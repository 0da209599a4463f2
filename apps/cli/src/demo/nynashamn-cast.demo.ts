import { nynashamnSeeds } from '@app/meetings';
import type { Nynashamn, SendCommand } from './nynashamn.demo';

const { person, org } = nynashamnSeeds;
export type SeedPerson = keyof typeof person;

/** Who and what the two seed minutes name, registered through the structure's endpoints. */
export interface MinutesCast {
  /** The boards and committees (and KSF), by short key. */
  bodies: {
    nan: string;
    bun: string;
    kfn: string;
    sn: string;
    nanAu: string;
    jointAu: string;
    ksf: string;
  };
  /** Every person of the seeds, by seed key (pirrone, ...), the structure demo's reused. */
  people: Record<SeedPerson, string>;
  /** The seed ids of those people and organisations, each mapped to its registered id. */
  known: Record<string, string>;
}

/** The structure demo's part the cast builds on: the municipality, administrations, people. */
export type CastStructure = Pick<
  Nynashamn,
  'municipality' | 'naf' | 'buf' | 'sof' | 'olsson' | 'kalback' | 'landberg' | 'forshage'
>;

/**
 * ASSUMPTION: the minutes do not say when the boards and committees were set up; like the
 * structure demo's administrations they are taken to exist from 2019-01-01.
 */
const ESTABLISHED = '2019-01-01';

/**
 * The people the structure demo does not register, with what the minutes say of them: the name,
 * the title and the first sitting they appear in (when they are known to hold it). Names are
 * personal data, so they live here and in the structure's person records, never in the seeds.
 * ASSUMPTION: a person must work for an organisation; the politicians are registered with the
 * committee whose minutes first name them (which board a joint-AU member sits for is not given),
 * the secretaries with Kommunstyrelseförvaltningen (whose kansli keeps the minutes), and the
 * statistician with the municipality.
 */
const PEOPLE: Record<
  Exclude<SeedPerson, 'olsson' | 'kalback' | 'landberg' | 'forshage'>,
  { name: string; title: string; at: 'nanAu' | 'jointAu' | 'ksf' | 'municipality'; on: string }
> = {
  pirrone: { name: 'Antonella Pirrone', title: 'ordförande', at: 'nanAu', on: '2023-11-06' },
  svanberg: { name: 'Håkan Svanberg', title: 'ledamot', at: 'nanAu', on: '2023-11-06' },
  hagg: { name: 'Ola Hägg', title: 'ledamot', at: 'nanAu', on: '2023-11-06' },
  zotterman: { name: 'Nathalie Zotterman', title: 'sekreterare', at: 'ksf', on: '2023-11-06' },
  lagerberg: { name: 'Gill Lagerberg', title: 'ledamot', at: 'jointAu', on: '2024-11-14' },
  persson: { name: 'Mikael Persson', title: 'ordförande', at: 'jointAu', on: '2024-11-14' },
  poolsaar: { name: 'Lena Poolsaar', title: 'ledamot', at: 'jointAu', on: '2024-11-14' },
  norell: { name: 'Jimmy Norell', title: 'ledamot', at: 'jointAu', on: '2024-11-14' },
  appelkvist: {
    name: 'Patrik Appelkvist Larsson',
    title: 'ledamot',
    at: 'jointAu',
    on: '2024-11-14',
  },
  johansson: { name: 'Ulla Johansson', title: 'ledamot', at: 'jointAu', on: '2024-11-14' },
  goldbech: { name: 'Satu Goldbech', title: 'ledamot', at: 'jointAu', on: '2024-11-14' },
  sonnergren: { name: 'Christina Sönnergren', title: 'ledamot', at: 'jointAu', on: '2024-11-14' },
  pettersson: {
    name: 'Bengt-Göran Pettersson',
    title: 'ledamot',
    at: 'jointAu',
    on: '2024-11-14',
  },
  junerud: { name: 'Roland Junerud', title: 'ledamot', at: 'jointAu', on: '2024-11-14' },
  nyberg: { name: 'Åsa Nyberg', title: 'statistiker', at: 'municipality', on: '2024-11-14' },
  orjes: { name: 'Jennie Örjes', title: 'sekreterare', at: 'ksf', on: '2024-11-14' },
};

/**
 * Registers the boards, committees and people the two seed minutes name on top of the structure
 * demo, each command's Idempotency-Key named after its step (org-nan, person-pirrone, ...).
 */
export async function registerMinutesCast(
  send: SendCommand,
  structure: CastStructure,
): Promise<MinutesCast> {
  const organisation = async (key: string, body: object) =>
    (await send('/organisations', { establishedOn: ESTABLISHED, ...body }, `org-${key}`)).id;
  const board = (key: string, shortName: string, name: string) =>
    organisation(key, { kind: 'board', name, shortName, parentId: structure.municipality });

  const nan = await board('nan', 'NAN', 'Näringslivs- och arbetsmarknadsnämnden');
  const bun = await board('bun', 'BUN', 'Barn- och utbildningsnämnden');
  const kfn = await board('kfn', 'KFN', 'Kultur- och fritidsnämnden');
  const sn = await board('sn', 'SN', 'Socialnämnden');
  const nanAu = await organisation('nan-au', {
    kind: 'working-committee',
    name: 'Näringslivs- och arbetsmarknadsnämndens arbetsutskott',
    shortName: 'NAN AU',
    parentId: nan,
  });
  // "Beslutsinstans" on the notice of 2024-11-14. The structure gives an organisation one parent,
  // so the committee the four boards (BUN, KFN, NAN, SN) share hangs under the municipality;
  // that it is joint is said by the meeting's body kind (joint-working-committee).
  const jointAu = await organisation('joint-au', {
    kind: 'working-committee',
    name: 'Barn- och utbildningsnämndens, kultur- och fritidsnämndens, näringslivs- och arbetsmarknadsnämndens och socialnämndens arbetsutskott',
    shortName: 'Gemensamt AU',
    parentId: structure.municipality,
  });
  // ASSUMPTION: the secretaries work at the administration whose kansli keeps the minutes.
  const ksf = await organisation('ksf', {
    kind: 'administration',
    name: 'Kommunstyrelseförvaltningen',
    shortName: 'KSF',
    parentId: structure.municipality,
  });

  const where = { nanAu, jointAu, ksf, municipality: structure.municipality };
  const people = {
    olsson: structure.olsson,
    kalback: structure.kalback,
    landberg: structure.landberg,
    forshage: structure.forshage,
  } as Record<SeedPerson, string>;
  for (const [key, { name, title, at, on }] of Object.entries(PEOPLE)) {
    const body = { name, title, organisationId: where[at], on };
    people[key as SeedPerson] = (await send('/people', body, `person-${key}`)).id;
  }

  const known = {
    ...Object.fromEntries(
      Object.entries(people).map(([key, id]) => [person[key as SeedPerson], id]),
    ),
    [org.nan]: nan,
    [org.nanAu]: nanAu,
    [org.jointAu]: jointAu,
    [org.naf]: structure.naf,
    [org.buf]: structure.buf,
    [org.sof]: structure.sof,
  };
  return { bodies: { nan, bun, kfn, sn, nanAu, jointAu, ksf }, people, known };
}
