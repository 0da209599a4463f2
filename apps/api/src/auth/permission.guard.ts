import {
  ForbiddenException,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { PERMISSION_MATRIX, grantOf, type Identity, type Permission } from '@app/kernel';
import {
  IS_PUBLIC,
  PERMISSION_KEY,
  type IdentifiedRequest,
  type PermissionDeclaration,
} from '@app/platform';
import { OwnOrganisation } from './own-organisation';

/**
 * Enforces the permission matrix (@app/kernel PERMISSION_MATRIX) on every route, after the
 * AuthGuard has said who calls: the route's declared permission, the scope of a grant held for
 * one's own organisation only, and `onBehalfOf`, which only a holder of `on-behalf.any` may set
 * to another organisation than their own. A route that declares nothing is closed to everyone.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly modules: ModuleRef,
    private readonly own: OwnOrganisation,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const declared = this.reflector.getAllAndOverride<PermissionDeclaration | undefined>(
      PERMISSION_KEY,
      targets,
    );
    const request = context.switchToHttp().getRequest<IdentifiedRequest>();
    const identity = request.identity;
    if (!declared) {
      throw new ForbiddenException({
        code: 'AUTH.FORBIDDEN',
        detail: 'This route declares no permission, so nobody may call it',
        permission: null,
      });
    }
    const { permission } = declared;
    const grant = grantOf(identity.actor.role, permission);
    if (grant === false) throw forbidden(identity, permission);
    await this.checkOnBehalfOf(request, identity);
    if (grant === 'own-organisation') await this.checkOwnership(declared, request, identity);
    return true;
  }

  private async checkOnBehalfOf(request: IdentifiedRequest, identity: Identity): Promise<void> {
    const body: unknown = request.body;
    if (typeof body !== 'object' || body === null || !Object.hasOwn(body, 'onBehalfOf')) return;
    const onBehalfOf = (body as { onBehalfOf: unknown }).onBehalfOf;
    // Anything but a string is the validation pipe's to refuse, with its field named.
    if (typeof onBehalfOf !== 'string' || grantOf(identity.actor.role, 'on-behalf.any')) return;
    if (await this.own.names(identity, onBehalfOf)) return;
    throw forbidden(
      identity,
      'on-behalf.any',
      `records on behalf of its own organisation (${identity.actor.organisation}) only, not ${onBehalfOf}`,
    );
  }

  private async checkOwnership(
    declared: PermissionDeclaration,
    request: IdentifiedRequest,
    identity: Identity,
  ): Promise<void> {
    const { permission, owners } = declared;
    const scoped = `may ${PERMISSION_MATRIX[permission].summary} for its own organisation (${identity.actor.organisation}) only`;
    // A scoped grant on a route that cannot tell whose a resource is would open it to all: closed.
    if (!owners) throw forbidden(identity, permission, `${scoped}, which this route cannot tell`);
    const owning = await this.modules
      .get(owners, { strict: false })
      .organisationsOf(identity.municipality, request);
    if (owning === undefined) return;
    const own = await this.own.idsOf(identity);
    if (owning.some((id) => own.includes(id))) return;
    throw forbidden(identity, permission, `${scoped}; this belongs to another organisation`);
  }
}

/** 403 AUTH.FORBIDDEN, naming the permission and the role that lacks it. */
function forbidden(identity: Identity, permission: Permission, why?: string): ForbiddenException {
  const { role } = identity.actor;
  return new ForbiddenException({
    code: 'AUTH.FORBIDDEN',
    detail: `The role ${role} ${why ?? `may not ${PERMISSION_MATRIX[permission].summary}`} (permission ${permission})`,
    permission,
    role,
  });
}
