import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { CheckpointService } from './checkpoint.service';

/** Provided as true by the worker, which projects whatever PROJECTIONS says. */
export const ALWAYS_SCHEDULE = Symbol('ALWAYS_SCHEDULE');

/** How often the scheduler looks whether a checkpoint is due (at most). */
const TICK_MS = 10_000;

/**
 * Issues checkpoints every N events or M minutes (AUDIT_CHECKPOINT_EVENTS, _MINUTES) in every
 * process that runs the projections. Two processes issuing at once keep one checkpoint: a size
 * is kept once, and Ed25519 signs the same note the same way.
 */
@Injectable()
export class CheckpointScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Checkpoints');
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly checkpoints: CheckpointService,
    @Optional() @Inject(ALWAYS_SCHEDULE) private readonly always?: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!(this.always ?? this.config.projections)) return;
    const every = Math.min(TICK_MS, this.config.audit.checkpointEvery.minutes * 60_000);
    this.timer = setInterval(() => {
      this.ticking = this.tick().catch((error: unknown) =>
        this.logger.warn(`checkpoint not issued: ${(error as Error).message}`),
      );
    }, every);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
  }

  /** Issues the checkpoints that are due now; answers the municipalities that got one. */
  async tick(now = Date.now()): Promise<string[]> {
    const issued: string[] = [];
    for (const tenant of await this.checkpoints.tenants()) {
      if (!(await this.checkpoints.isDue(tenant, now, this.started))) continue;
      if ((await this.checkpoints.issue(tenant)).issued) issued.push(tenant);
    }
    return issued;
  }
}
