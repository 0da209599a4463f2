import type { BodyFacts, ItemFacts, OrganisationFacts } from '../../domain';

/**
 * The people and bodies of the two Nynäshamn minutes in ../shared/seeds. Names are personal
 * data: the events know people by opaque ids only (the same ids as the structure context's
 * seed spec), and running text mentions them by token.
 */
export const person = {
  olsson: 'p-101',
  kalback: 'p-102',
  landberg: 'p-103',
  forshage: 'p-104',
  pirrone: 'p-201',
  svanberg: 'p-202',
  hagg: 'p-203',
  zotterman: 'p-204',
  lagerberg: 'p-205',
  persson: 'p-206',
  poolsaar: 'p-207',
  norell: 'p-208',
  appelkvist: 'p-209',
  johansson: 'p-210',
  goldbech: 'p-211',
  sonnergren: 'p-212',
  pettersson: 'p-213',
  junerud: 'p-214',
  nyberg: 'p-215',
  orjes: 'p-216',
} as const;

export const org = {
  nan: 'org-nan',
  nanAu: 'org-nan-au',
  jointAu: 'org-joint-au',
  naf: 'org-naf',
  buf: 'org-buf',
  sof: 'org-sof',
} as const;

/** As the handler would load them; the formation dates are assumptions, the seeds do not give them. */
export const nanAu: BodyFacts = {
  exists: true,
  bodyId: org.nanAu,
  kind: 'working-committee',
  formedOn: '2023-01-01',
  dissolvedOn: null,
  regimes: [{ from: '2023-01-01', records: 'minutes' }],
};

export const jointAu: BodyFacts = {
  exists: true,
  bodyId: org.jointAu,
  kind: 'joint-working-committee',
  formedOn: '2024-01-01',
  dissolvedOn: null,
  regimes: [{ from: '2024-01-01', records: 'minutes' }],
};

/** An organisation of the seed as the handler would load it; the date is an assumption, too. */
export const seededOrganisation = (organisationId: string): OrganisationFacts => ({
  organisationId,
  establishedOn: '2019-01-01',
  dissolvedOn: null,
});

/** What the handler would find about anyone an item of the seed names: the whole cast exists. */
export const seededItemFacts: ItemFacts = {
  registered: Object.values(person),
  organisations: Object.values(org).map(seededOrganisation),
};
