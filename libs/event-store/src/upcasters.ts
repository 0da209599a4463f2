/** An event as stored, or as an upcaster turns it into a newer shape. */
export interface EventShape {
  type: string;
  schemaVersion: number;
  data: unknown;
  /**
   * What an upcaster took out of an older shape's data because it is personal data (a person's
   * title): never shown with the event, only there for the projection that moves it into the
   * erasable personal-data table. Carried along a chain of upcasters.
   */
  personalData?: Readonly<Record<string, string>>;
}

/** Turns one (type, schema version) into the next shape; it must raise the schema version. */
export type Upcaster = (event: EventShape) => EventShape;

/** A context's upcaster, as it declares it beside its events. */
export interface UpcasterRegistration {
  type: string;
  fromVersion: number;
  upcast: Upcaster;
}

/**
 * Old events are never rewritten: readers see them through upcasters keyed by (type, schema
 * version), chained until no upcaster applies. Hashes are checked against the stored form, so
 * verification reads without upcasters.
 */
export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  register(type: string, fromVersion: number, upcaster: Upcaster): this {
    const key = Upcasters.key(type, fromVersion);
    if (this.byKey.has(key))
      throw new Error(`An upcaster for ${type} v${fromVersion} is already registered`);
    this.byKey.set(key, upcaster);
    return this;
  }

  apply<E extends EventShape>(event: E): E {
    let current: EventShape = event;
    for (let upcaster = this.find(current); upcaster; upcaster = this.find(current)) {
      const next = upcaster(current);
      // A chain that does not move forward would loop for ever on read.
      if (next.schemaVersion <= current.schemaVersion) {
        throw new Error(
          `Upcaster for ${current.type} v${current.schemaVersion} did not raise the schema version`,
        );
      }
      current =
        current.personalData === undefined
          ? next
          : { ...next, personalData: { ...current.personalData, ...next.personalData } };
    }
    return current === event ? event : { ...event, ...current };
  }

  /** One registry from several contexts' registrations. */
  static of(...registrations: readonly UpcasterRegistration[]): Upcasters {
    const upcasters = new Upcasters();
    for (const { type, fromVersion, upcast } of registrations) {
      upcasters.register(type, fromVersion, upcast);
    }
    return upcasters;
  }

  private find(event: EventShape): Upcaster | undefined {
    return this.byKey.get(Upcasters.key(event.type, event.schemaVersion));
  }

  private static key(type: string, version: number): string {
    return `${type}\u0000${version}`;
  }
}
