import type { Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { MAX_TEXT_LENGTH } from '@app/kernel';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * Every string a client may send in a command body has a maximum length of its own, checked
 * where it is validated and documented where it is described, so that a field added tomorrow
 * cannot ship unbounded: both tests walk what the running app has, not a list.
 */
describe('text limits', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  }, 120_000);
  afterAll(() => api.close());

  it('documents a maximum length for every free-text string of every request body', async () => {
    const document = (await api.http.get('/api/docs-json')).body;
    const unbounded: string[] = [];
    const visit = (schema: Record<string, any>, at: string, seen: Set<string>): void => {
      if (schema.$ref) {
        const name = schema.$ref.split('/').pop();
        if (seen.has(name)) return;
        return visit(document.components.schemas[name], at, new Set([...seen, name]));
      }
      for (const part of [
        ...(schema.allOf ?? []),
        ...(schema.oneOf ?? []),
        ...(schema.anyOf ?? []),
      ]) {
        visit(part, at, seen);
      }
      if (schema.type === 'string' && !boundedByShape(schema) && schema.maxLength === undefined) {
        unbounded.push(at);
      }
      if (schema.type === 'string' && schema.maxLength > MAX_TEXT_LENGTH)
        unbounded.push(`${at} (over ${MAX_TEXT_LENGTH})`);
      if (schema.items) visit(schema.items, `${at}[]`, seen);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        visit(property as Record<string, any>, `${at}.${name}`, seen);
      }
    };
    let bodies = 0;
    for (const [path, methods] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [method, operation] of Object.entries<Record<string, any>>(methods)) {
        const schema = operation.requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        bodies++;
        visit(schema, `${method.toUpperCase()} ${path}`, new Set());
      }
    }
    expect(bodies).toBeGreaterThan(25);
    expect(unbounded).toEqual([]);
  });

  it('checks a maximum length on every string of every command body (the validators, not the documents)', () => {
    const bodies = commandBodies(api);
    expect(bodies.size).toBeGreaterThan(25);
    const unbounded = [...bodies].flatMap((body) => unboundedStrings(body, body.name, new Set()));
    expect(unbounded).toEqual([]);
  });
});

/** Formats whose every value is short: a date, a time, an id. */
const BOUNDED_FORMATS = new Set(['uuid', 'date', 'date-time', 'time']);

/** An enum, a short format, or an anchored pattern without an open-ended repetition. */
function boundedByShape(schema: Record<string, any>): boolean {
  if (schema.enum) return true;
  if (BOUNDED_FORMATS.has(schema.format)) return true;
  return typeof schema.pattern === 'string' && boundedPattern(new RegExp(schema.pattern));
}

function boundedPattern(pattern: RegExp): boolean {
  const source = pattern.source;
  return source.startsWith('^') && source.endsWith('$') && !/[*+]|\{\d+,\}/.test(source);
}

/** Validators whose every passing value is short whatever its length limit. */
const BOUNDED_VALIDATORS = new Set([
  'isUuid',
  'isIn',
  'isEnum',
  'isCalendarDate',
  'isTimeOfDay',
  'isTimestamp',
  'isSourceDate',
]);

/** The class each command route (POST, PUT, PATCH, DELETE) takes its body as. */
function commandBodies(api: TestApp): Set<Type<unknown>> {
  const bodies = new Set<Type<unknown>>();
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as Type<unknown> | null;
      if (!type) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) as
          Record<string, { index: number }> | undefined;
        const types = Reflect.getMetadata('design:paramtypes', type.prototype, name) as
          Type<unknown>[] | undefined;
        for (const [key, { index }] of Object.entries(args ?? {})) {
          if (Number(key.split(':')[0]) !== RouteParamtypes.BODY) continue;
          const body = types?.[index];
          if (body && body !== Object) bodies.add(body);
        }
      }
    }
  }
  return bodies;
}

/** Properties validated as text (a string, or by a pattern) with nothing that bounds them. */
function unboundedStrings(type: Type<unknown>, at: string, seen: Set<Type<unknown>>): string[] {
  if (seen.has(type)) return [];
  const storage = getMetadataStorage();
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const metadata of storage.getTargetValidationMetadatas(type, '', true, false)) {
    const list = byProperty.get(metadata.propertyName) ?? [];
    byProperty.set(metadata.propertyName, [...list, metadata]);
  }
  const found: string[] = [];
  for (const [property, validations] of byProperty) {
    const names = validations.map((v) => v.name ?? v.type);
    const text =
      names.includes('isString') ||
      validations.some((v) => v.name === 'matches' && !boundedPattern(v.constraints[0]));
    const bounded =
      names.includes('maxLength') || names.some((name) => BOUNDED_VALIDATORS.has(name));
    if (text && !bounded) found.push(`${at}.${property}`);
    const nested = names.includes('nestedValidation') ? nestedType(type, property) : undefined;
    if (nested) {
      found.push(...unboundedStrings(nested, `${at}.${property}`, new Set([...seen, type])));
    }
  }
  return found;
}

/** The class a nested property holds, as its OpenAPI description names it (a class or a thunk). */
function nestedType(type: Type<unknown>, property: string): Type<unknown> | undefined {
  const described = Reflect.getMetadata(
    DECORATORS.API_MODEL_PROPERTIES,
    type.prototype,
    property,
  ) as { type?: unknown } | undefined;
  const named = Array.isArray(described?.type) ? described.type[0] : described?.type;
  if (typeof named !== 'function') return undefined;
  // A thunk (an arrow function) has no prototype; a class does.
  return (named.prototype ? named : (named as () => unknown)()) as Type<unknown>;
}
