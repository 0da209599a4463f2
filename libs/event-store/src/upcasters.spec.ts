import { Upcasters } from './upcasters';

const v1 = { id: 'e1', type: 'Renamed', schemaVersion: 1, data: { name: 'A' } };

describe('Upcasters', () => {
  it('chains upcasters by (type, schema version) and keeps the other fields', () => {
    const upcasters = new Upcasters()
      .register('Renamed', 1, (e) => ({ ...e, schemaVersion: 2, data: { title: 'A' } }))
      .register('Renamed', 2, (e) => ({
        ...e,
        schemaVersion: 3,
        data: { title: 'A', lang: 'sv' },
      }));
    expect(upcasters.apply(v1)).toEqual({
      id: 'e1',
      type: 'Renamed',
      schemaVersion: 3,
      data: { title: 'A', lang: 'sv' },
    });
  });

  it('leaves events alone that no upcaster is registered for', () => {
    const upcasters = new Upcasters().register('Renamed', 2, () => {
      throw new Error('must not run');
    });
    expect(upcasters.apply(v1)).toBe(v1);
    expect(upcasters.apply({ ...v1, type: 'Formed', schemaVersion: 2 })).toMatchObject({
      type: 'Formed',
    });
  });

  it('refuses a second upcaster for the same key and one that does not move forward', () => {
    const upcasters = new Upcasters().register('Renamed', 1, (e) => e);
    expect(() => upcasters.register('Renamed', 1, (e) => e)).toThrow(/already registered/);
    expect(() => upcasters.apply(v1)).toThrow(/did not raise/);
  });
});
