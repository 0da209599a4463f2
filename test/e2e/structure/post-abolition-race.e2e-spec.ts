import { sql } from 'kysely';
import { SQL_DATABASE, type SqlDatabase } from '@app/platform';
import { postgresUrl } from '../../support/test-databases';
import { startTestApp, type TestApp } from '../../support/test-app';
import { Structure, eventsOf } from './structure-api';

const ROUNDS = 12;

/**
 * Abolishing a post while a seat for it is being added, on real PostgreSQL with concurrent
 * transactions: whichever comes first, the other must see it — never an abolished post with a
 * seat that outlives it. Each append dawdles between writing its rows and committing (as in
 * test/event-store/postgres-concurrency.spec.ts), so a seat's transaction is still open while the
 * abolition looks for the post's seats. Outcomes, not timings, are asserted.
 */
(postgresUrl ? describe : describe.skip)(
  `abolishing a post while its seat is added, on PostgreSQL${postgresUrl ? '' : ' (skipped: TEST_DATABASE_URL is unset)'}`,
  () => {
    let api: TestApp;
    let structure: Structure;
    let group: string;
    let naf: string;
    beforeAll(async () => {
      api = await startTestApp({ engine: 'postgres' });
      structure = new Structure(api);
      naf = await structure.organisation('NAF');
      const model = await structure.model([naf], { establishedOn: '2019-01-01' });
      group = await structure.group(model, { formedOn: '2019-01-01' });
      const db = api.app.get<SqlDatabase>(SQL_DATABASE).db;
      await sql`
        create function samverkan_test_dawdle() returns trigger language plpgsql as $$
        begin perform pg_sleep(random() * 0.05); return null; end $$
      `.execute(db);
      await sql`
        create trigger dawdle after insert on events
        for each statement execute function samverkan_test_dawdle()
      `.execute(db);
    }, 120_000);
    afterAll(() => api.close());

    it('never abolishes a post whose seat, added at the same time, outlives it', async () => {
      const posts: string[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        posts.push(
          await structure.create('/posts', {
            organisationId: naf,
            name: `Förvaltningschef ${round}`,
            establishedOn: '2019-01-01',
          }),
        );
      }
      const outcomes = await Promise.all(
        posts.map(async (post) => {
          const [seat, abolition] = await Promise.all([
            structure.post(`/groups/${group}/members`, {
              postId: post,
              role: 'member',
              from: '2021-01-01',
            }),
            structure.post(`/posts/${post}/abolish`, { on: '2024-01-01' }),
          ]);
          return { post, seat, abolition };
        }),
      );
      const seated = new Set(
        (await eventsOf(api, `group-${group}`))
          .filter((event) => event.type === 'MemberAdded')
          .map((event) => (event.data as { postId: string }).postId),
      );
      for (const { post, seat, abolition } of outcomes) {
        // One wins; the other is refused by the rule the winner's write brought into force (or,
        // having lost every retry, answers that the post kept changing).
        const won = [seat.status === 201, abolition.status === 200];
        expect(won.filter(Boolean)).toHaveLength(1);
        const loser = won[0] ? abolition : seat;
        expect(loser.status).toBe(409);
        expect(loser.body.code).toMatch(
          won[0]
            ? /^(POST\.HOLDS_SEATS|CONCURRENCY\.CONFLICT)$/
            : /^(GROUP\.SEAT_OUTLIVES_POST|CONCURRENCY\.CONFLICT)$/,
        );
        const abolished = (await eventsOf(api, `post-${post}`)).some(
          (event) => event.type === 'PostAbolished',
        );
        expect({ post, abolished, seated: seated.has(post) }).toEqual({
          post,
          abolished: abolition.status === 200,
          seated: seat.status === 201,
        });
      }
    }, 300_000);
  },
);
