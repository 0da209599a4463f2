import { assertValidProjection, type Projection } from './projection';

/**
 * Every projection this process knows: the app's list plus what modules add with
 * ProjectionsModule.forFeature. Reads, status and the runners all look projections up here.
 */
export class ProjectionCatalog {
  private readonly byName = new Map<string, Projection>();

  constructor(projections: readonly Projection[] = []) {
    this.add(projections);
  }

  add(projections: readonly Projection[]): void {
    for (const projection of projections) {
      assertValidProjection(projection);
      const known = this.byName.get(projection.name);
      if (known === projection) continue;
      if (known) throw new Error(`Two projections are named ${projection.name}`);
      this.byName.set(projection.name, projection);
    }
  }

  get(name: string): Projection | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }

  all(): Projection[] {
    return this.names().map((name) => this.byName.get(name)!);
  }
}
