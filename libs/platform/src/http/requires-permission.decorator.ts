import { SetMetadata, applyDecorators, type Type } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { PERMISSION_MATRIX, type Permission } from '@app/kernel';
import type { IdentifiedRequest } from './identified-request';
import { ApiProblem } from './problem.response';

export const PERMISSION_KEY = 'samverkan:permission';
export const IS_PUBLIC = 'samverkan:public';

/**
 * Who a resource belongs to, for a permission some roles hold for their own organisation only
 * (DOMAIN.md: a head of administration reports back on what their organisation owes). Answers
 * the ids of the organisations the addressed resource (or the one the body creates) belongs to;
 * undefined when there is no such resource, so that the route answers its own 404.
 */
export interface ResourceOwners {
  organisationsOf(tenant: string, request: IdentifiedRequest): Promise<string[] | undefined>;
}

export interface PermissionDeclaration {
  permission: Permission;
  /** Required for a permission that some role holds for its own organisation only. */
  owners?: Type<ResourceOwners>;
}

/**
 * The permission a route needs, from the matrix in @app/kernel (PERMISSION_MATRIX). Every route
 * declares one, on its controller class or on the route (the route's wins); the API's global
 * guard answers 403 AUTH.FORBIDDEN to a caller whose role lacks it, and a test fails the build
 * for any route without a declaration.
 *
 *   @RequiresPermission('structure.write')                                   // on a controller
 *   @RequiresPermission('history.read')                                      // on one route
 *   @RequiresPermission('assignments.follow-up', { owners: AssignmentOwners }) // scoped grants
 */
export const RequiresPermission = (
  permission: Permission,
  options: Omit<PermissionDeclaration, 'permission'> = {},
) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, { permission, ...options } satisfies PermissionDeclaration),
    ApiBearerAuth(),
    ApiProblem(401, 'AUTH.UNAUTHENTICATED: no bearer token, or one that does not verify'),
    ApiProblem(
      403,
      `AUTH.FORBIDDEN: needs the permission ${permission} (${PERMISSION_MATRIX[permission].summary})`,
    ),
  );

/** A route anyone may call without an identity (the health probes): the only exception. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
