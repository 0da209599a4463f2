import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IS_PUBLIC, PERMISSION_KEY, type PermissionDeclaration } from '@app/platform';
import { API_PREFIX } from '../../apps/api/src/app.factory';

/** One route of the running app, with what it declares (a permission, or that it is public). */
export interface Route {
  method: string;
  /** As Express matches it, e.g. `/api/v1/groups/:id/members`. */
  path: string;
  controller: string;
  handler: string;
  declared: PermissionDeclaration | undefined;
  isPublic: boolean;
}

/**
 * The app's own route table: every controller method of every module, as registered. Tests
 * derive their cases from it, so a route added tomorrow is covered by them tomorrow.
 */
export function routeTable(app: INestApplication): Route[] {
  const reflector = new Reflector();
  const registered = expressRoutes(app as NestExpressApplication);
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as Type<unknown> | null;
      if (!type) continue;
      for (const name of methodNames(type)) {
        const handler = (type.prototype as Record<string, unknown>)[name] as () => unknown;
        const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (methodPath === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = registeredPath(registered, method, [
          Reflect.getMetadata(PATH_METADATA, type) as string,
          methodPath,
        ]);
        routes.push({
          method,
          path,
          controller: type.name,
          handler: name,
          declared: reflector.getAllAndOverride(PERMISSION_KEY, [handler, type]),
          isPublic: reflector.getAllAndOverride(IS_PUBLIC, [handler, type]) === true,
        });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/**
 * Every (method, path) Express serves. Middleware bound with `forRoutes` is registered on a
 * path for every method there is (ACL, MKCOL, …), once per middleware: on such a path, a
 * method is a route only if a controller registered it once more.
 */
export function expressRoutes(app: NestExpressApplication): string[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } }).router;
  const layers = router.stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
  const count = new Map<string, number>();
  for (const layer of layers) count.set(layer, (count.get(layer) ?? 0) + 1);
  // Nobody declares MKCOL: how often it is registered on a path is how many middlewares are.
  const middlewares = (path: string) => count.get(`MKCOL ${path}`) ?? 0;
  return [...count.entries()]
    .filter(([key, times]) => times > middlewares(key.split(' ')[1]))
    .map(([key]) => key);
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

function methodNames(type: Type<unknown>): string[] {
  const names = new Set<string>();
  for (let proto = type.prototype as object; proto && proto !== Object.prototype;) {
    for (const name of Object.getOwnPropertyNames(proto))
      if (name !== 'constructor') names.add(name);
    proto = Object.getPrototypeOf(proto) as object;
  }
  return [...names];
}

/** The path Express registered for the controller and method paths (with or without the prefix). */
function registeredPath(registered: string[], method: string, parts: string[]): string {
  const own = `/${parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/')}`;
  const found = registered.find((route) => {
    const [m, path] = route.split(' ');
    const prefixed = `/${API_PREFIX}${own === '/' ? '' : own}`;
    return m === method && (path === own || path === prefixed);
  });
  if (!found) throw new Error(`${method} ${own} is declared but Express does not serve it`);
  return found.split(' ')[1];
}
