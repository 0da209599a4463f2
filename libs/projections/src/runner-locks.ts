import { sql, type Kysely } from 'kysely';
import type { Database, SqlDatabase } from '@app/platform';

/**
 * Who may project what: one holder per key across every process on the database. The
 * checkpoint's compare-and-set keeps events from being applied twice even when two runners
 * believe they hold a key (a lock lost with its connection); the lock keeps them from racing.
 */
export interface RunnerLocks {
  tryAcquire(key: string): Promise<boolean>;
  /** False once the lock was released or lost (its connection died). */
  holds(key: string): boolean;
  release(key: string): Promise<void>;
  close(): Promise<void>;
  /** Whether any process holds the key now (for status: is anyone projecting it?). */
  heldByAnyone(key: string): Promise<boolean>;
}

export function createRunnerLocks(database: SqlDatabase, heartbeatMs = 2000): RunnerLocks {
  return database.engine === 'postgres'
    ? new AdvisoryLocks(database.db, heartbeatMs)
    : new InProcessLocks(database.db);
}

/**
 * PGlite: its data directory can be opened by one process only, so a lock shared by the
 * process's engines on that database (keyed by its Kysely instance) excludes every other runner.
 */
const heldInProcess = new WeakMap<object, Set<string>>();

class InProcessLocks implements RunnerLocks {
  private readonly mine = new Set<string>();
  private readonly held: Set<string>;

  constructor(db: Kysely<Database>) {
    this.held = heldInProcess.get(db) ?? new Set();
    heldInProcess.set(db, this.held);
  }

  async tryAcquire(key: string): Promise<boolean> {
    if (this.mine.has(key)) return true;
    if (this.held.has(key)) return false;
    this.held.add(key);
    this.mine.add(key);
    return true;
  }

  holds(key: string): boolean {
    return this.mine.has(key);
  }

  async release(key: string): Promise<void> {
    if (this.mine.delete(key)) this.held.delete(key);
  }

  async close(): Promise<void> {
    for (const key of this.mine) this.held.delete(key);
    this.mine.clear();
  }

  async heldByAnyone(key: string): Promise<boolean> {
    return this.held.has(key);
  }
}

/** Keeps the advisory locks of different applications on one server apart. */
const LOCK_NAMESPACE = 0x53_56_4b; // 'SVK'

interface Session {
  conn: Kysely<Database>;
  end(): void;
}

/**
 * PostgreSQL: session advisory locks on one pooled connection this object keeps for itself. The
 * server releases them the moment that session ends, so a killed process hands its projections
 * over at once. A heartbeat notices a dead session, and then every lock counts as lost.
 */
class AdvisoryLocks implements RunnerLocks {
  private session: Promise<Session> | undefined;
  private readonly held = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly heartbeatMs: number,
  ) {}

  async tryAcquire(key: string): Promise<boolean> {
    if (this.closed) return false;
    if (this.held.has(key)) return true;
    const { conn } = await this.open();
    try {
      const { rows } = await sql<{ locked: boolean }>`
        select pg_try_advisory_lock(${LOCK_NAMESPACE}, hashtext(${key})) as locked
      `.execute(conn);
      if (rows[0]?.locked) this.held.add(key);
      return this.held.has(key);
    } catch (error) {
      await this.lose();
      throw error;
    }
  }

  holds(key: string): boolean {
    return this.held.has(key);
  }

  async release(key: string): Promise<void> {
    if (!this.held.delete(key) || !this.session) return;
    const { conn } = await this.session;
    await sql`select pg_advisory_unlock(${LOCK_NAMESPACE}, hashtext(${key}))`
      .execute(conn)
      .catch(() => this.lose());
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.lose();
  }

  /** Read from pg_locks: asking with pg_try_advisory_lock could stand in a runner's way. */
  async heldByAnyone(key: string): Promise<boolean> {
    const { rows } = await sql<{ held: boolean }>`
      select exists (
        select 1 from pg_locks
        where locktype = 'advisory' and granted and objsubid = 2
          and database = (select oid from pg_database where datname = current_database())
          and classid = ${LOCK_NAMESPACE}::oid and objid = hashtext(${key})::oid
      ) as held
    `.execute(this.db);
    return rows[0]?.held === true;
  }

  private open(): Promise<Session> {
    this.session ??= new Promise<Session>((resolve, reject) => {
      this.db
        .connection()
        .execute(
          (conn) =>
            new Promise<void>((end) => {
              resolve({ conn, end });
            }),
        )
        .catch((error: unknown) => {
          this.session = undefined;
          reject(error);
        });
    });
    this.heartbeat ??= setInterval(() => void this.beat(), this.heartbeatMs);
    this.heartbeat.unref();
    return this.session;
  }

  private async beat(): Promise<void> {
    const session = this.session;
    if (!session) return;
    try {
      await sql`select 1`.execute((await session).conn);
    } catch {
      await this.lose();
    }
  }

  /** Forgets the session and its locks, and hands the connection back to the pool. */
  private async lose(): Promise<void> {
    this.held.clear();
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    const session = this.session;
    this.session = undefined;
    const opened = await session?.catch(() => undefined);
    if (!opened) return;
    // A dead session's locks are gone with it; a live one's must not pass to the pool's next user.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      sql`select pg_advisory_unlock_all()`.execute(opened.conn),
      new Promise((resolve) => (timer = setTimeout(resolve, 1000))),
    ]).catch(() => undefined);
    clearTimeout(timer);
    opened.end();
  }
}
