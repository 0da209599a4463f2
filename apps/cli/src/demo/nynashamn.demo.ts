export interface Nynashamn {
  municipality: string;
  naf: string;
  buf: string;
  sof: string;
  olsson: string;
  kalback: string;
  landberg: string;
  forshage: string;
  /** The posts of förvaltningschef in BUF, NAF and SOF (held by Olsson, Kålbäck and Landberg). */
  headOfBuf: string;
  headOfNaf: string;
  headOfSof: string;
  oldModel: string;
  steering: string;
  coordination: string;
  preschool: string;
  school: string;
  violence: string;
  analysis: string;
  newModel: string;
  strategic: string;
  tactical: string;
  /** The position of the last command: pass it as consistentWith. */
  position: string;
}

/** Sends one command (POST to a path under /api/v1) and answers its body; throws on anything but 200/201. */
export type SendCommand = (
  path: string,
  body: object,
  idempotencyKey: string,
) => Promise<CommandAnswer>;

export interface CommandAnswer {
  id: string;
  position: string;
  [field: string]: unknown;
}

export interface DemoHooks {
  /** Called after the old structure is recorded and before the replacement is (tests take a knownAt here). */
  beforeReplacement?: () => Promise<void>;
}

/**
 * Nynäshamn's collaboration model and its 2024 replacement, from the seeds (NAN AU 2023-11-06
 * § 42/23 and the joint AU 2024-11-14 § 79/24), recorded through the command endpoints. Every
 * command carries an Idempotency-Key named after its step, so recording it again adds nothing
 * and answers the same ids. Dates the seeds do not give are assumptions: the old model and its
 * steering and coordination groups from 2021, the replacement effective on New Year's Day 2025.
 */
export async function recordNynashamn(
  command: SendCommand,
  hooks: DemoHooks = {},
): Promise<Nynashamn> {
  let position = '0';
  let step = 0;
  const send = async (url: string, body: object): Promise<CommandAnswer> => {
    step += 1;
    const answer = await command(url, body, `demo-nynashamn-${step}`);
    position = answer.position;
    return answer;
  };
  const create = async (url: string, body: object) => (await send(url, body)).id;
  const administration = (shortName: string, name: string, parentId: string) =>
    create('/organisations', {
      kind: 'administration',
      name,
      shortName,
      parentId,
      establishedOn: '2019-01-01',
    });
  const person = (name: string, title: string, organisationId: string) =>
    create('/people', { name, title, organisationId, on: '2021-01-01' });
  const seat = (
    groupId: string,
    personId: string,
    organisationId: string,
    role: string,
    from: string,
  ) => send(`/groups/${groupId}/members`, { personId, organisationId, role, from });

  const municipality = await create('/organisations', {
    kind: 'municipality',
    name: 'Nynäshamns kommun',
    shortName: '0192',
    establishedOn: '1971-01-01',
  });
  const naf = await administration(
    'NAF',
    'Näringslivs- och arbetsmarknadsförvaltningen',
    municipality,
  );
  const buf = await administration('BUF', 'Barn- och utbildningsförvaltningen', municipality);
  const sof = await administration('SOF', 'Socialförvaltningen', municipality);
  const olsson = await person('Pär Olsson', 'Förvaltningschef', buf);
  const kalback = await person('Petra Kålbäck', 'Förvaltningschef', naf);
  const landberg = await person('Mikael Landberg', 'Förvaltningschef', sof);
  const forshage = await person('Patrik Forshage', 'Senior projektledare', municipality);
  // The heads of administration are posts: the strategic steering group is made of the posts,
  // whoever holds them. ASSUMPTION: the posts exist with their administrations (2019-01-01) and
  // today's holders hold them from the day the demo registers them (2021-01-01).
  const headOf = async (organisationId: string, shortName: string, holder: string) => {
    const post = await create('/posts', {
      organisationId,
      name: `Förvaltningschef ${shortName}`,
      establishedOn: '2019-01-01',
    });
    await send(`/posts/${post}/holders`, { personId: holder, from: '2021-01-01' });
    return post;
  };
  const headOfBuf = await headOf(buf, 'BUF', olsson);
  const headOfNaf = await headOf(naf, 'NAF', kalback);
  const headOfSof = await headOf(sof, 'SOF', landberg);

  const oldModel = await create('/models', {
    name: 'Nynäshamnsmodellen',
    purpose: 'Långsiktigt hälsofrämjande och förebyggande arbete för barn och unga',
    participantIds: [naf, buf, sof],
    focusAreas: ['Närvaro i förskolan', 'Närvaro i skolan', 'Våldsprevention'],
    adoptedBy: { description: 'Samverkan mellan förvaltningarna NAF, BUF och SOF' },
    establishedOn: '2021-01-01',
  });
  const every4to6 = { minWeeks: 4, maxWeeks: 6 };
  const steering = await create('/groups', {
    modelId: oldModel,
    kind: 'steering',
    name: 'Styrgruppen',
    mandate: 'Beslutar om inriktning för arbetet inom ramen för Nynäshamnsmodellen',
    cadence: every4to6,
    records: 'notes',
    formedOn: '2021-01-01',
  });
  const coordination = await create('/groups', {
    modelId: oldModel,
    kind: 'coordination',
    name: 'Samordningsgruppen',
    parentId: steering,
    mandate: 'Skapar arbetsgrupper och väljer ut deltagare',
    cadence: every4to6,
    records: 'notes',
    formedOn: '2021-01-01',
  });
  const working = (name: string, formedOn: string) =>
    create('/groups', {
      modelId: oldModel,
      kind: 'working',
      name,
      parentId: coordination,
      focusArea: name,
      records: 'notes',
      formedOn,
    });
  // As precise as NAN AU 2023-11-06 § 42/23 is: "Arbetet påbörjades 2022", the areas "under 2023",
  // "I maj 2023 genomfördes en gemensam analysdag" (README, "Dates as precise as the source").
  const preschool = await working('Närvaro i förskolan', '2022');
  const school = await working('Närvaro i skolan', '2023');
  const violence = await working('Våldsprevention', '2023');
  const analysis = await working('Analysgruppen', '2023-05');
  await seat(steering, olsson, buf, 'member', '2021-01-01');
  await seat(steering, kalback, naf, 'member', '2021-01-01');
  await seat(steering, landberg, sof, 'chair', '2021-01-01');
  await seat(coordination, forshage, municipality, 'convener', '2023-01-01');
  await seat(violence, landberg, sof, 'member', '2023');

  await hooks.beforeReplacement?.();

  const replaced = await send(`/models/${oldModel}/replace`, {
    successor: {
      name: 'Samverkansmodell för barn och unga i riskzon',
      purpose: 'Systematiserad samverkan mellan förvaltningarna för barn och unga i riskzon',
      participantIds: [naf, buf, sof],
      principles: [
        'Tydlig samarbetsstruktur',
        'Fokus främjande och förebyggande',
        'Skyddsfaktorer',
      ],
      focusAreas: ['Brott', 'Psykisk ohälsa'],
      adoptedBy: { description: 'Redovisat för gemensamt AU 2024-11-14 § 79/24' },
      establishedOn: '2024-11-14',
    },
    effectiveOn: '2025-01-01',
    groups: [
      { groupId: steering, action: 'dissolve' },
      { groupId: coordination, action: 'dissolve' },
      { groupId: preschool, action: 'transfer', parentId: null },
      { groupId: school, action: 'transfer', parentId: null },
      { groupId: violence, action: 'transfer', parentId: null },
      { groupId: analysis, action: 'dissolve' },
    ],
    reason: 'Gemensamt AU 2024-11-14 § 79/24: samverkansmodellen ersätter Nynäshamnsmodellen',
  });
  const newModel = replaced.successorId as string;
  const strategic = await create('/groups', {
    modelId: newModel,
    kind: 'strategic-steering',
    name: 'Strategisk styrgrupp',
    records: 'notes',
    formedOn: '2024-11-14',
  });
  const tactical = await create('/groups', {
    modelId: newModel,
    kind: 'tactical-steering',
    name: 'Taktisk styrgrupp',
    parentId: strategic,
    records: 'notes',
    formedOn: '2024-11-14',
  });
  // "I styrgruppen för samverkansarbetet ingår förvaltningscheferna samt Patrik Forshage" (§ 79/24).
  for (const post of [headOfBuf, headOfNaf, headOfSof]) {
    await send(`/groups/${strategic}/members`, {
      postId: post,
      role: 'member',
      from: '2024-11-14',
    });
  }
  await seat(strategic, forshage, municipality, 'chair', '2024-11-14');

  return {
    municipality,
    naf,
    buf,
    sof,
    olsson,
    kalback,
    landberg,
    forshage,
    headOfBuf,
    headOfNaf,
    headOfSof,
    oldModel,
    steering,
    coordination,
    preschool,
    school,
    violence,
    analysis,
    newModel,
    strategic,
    tactical,
    position,
  };
}
