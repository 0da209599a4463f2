import { ProcessInFlightError } from '@app/event-store';
import type { GroupState, ModelState } from '../domain';

/** Reads one group's state, through the executor or a process session. */
export type LoadGroup = (groupId: string) => Promise<GroupState>;

/**
 * A group and every ancestor up to the root, read from their streams (not from a projection,
 * which may lag behind a move just recorded), so that `factsIn` can name the whole chain and
 * decide can see a cycle. Groups already in `into` are not read again.
 */
export async function loadChain(
  load: LoadGroup,
  groupId: string | null | undefined,
  into: Map<string, GroupState> = new Map(),
): Promise<Map<string, GroupState>> {
  let id = groupId ?? null;
  while (id !== null && !into.has(id)) {
    const state = await load(id);
    into.set(id, state);
    id = state.status === 'none' ? null : state.parentId;
  }
  return into;
}

/**
 * Every group on the model's roster: what a rule about "no group left under it" must see. A
 * formation writes the roster before the group's stream, so a roster entry without a stream is
 * a formation still under way (decided again shortly), or one that stopped half-way and waits
 * for its retry; either way its parent is unknown, so nothing may be decided over it.
 */
export async function loadRoster(
  load: LoadGroup,
  model: ModelState,
  into: Map<string, GroupState> = new Map(),
): Promise<Map<string, GroupState>> {
  const ids = model.status === 'none' ? [] : Object.keys(model.groups);
  for (const id of ids) {
    if (into.has(id)) continue;
    const state = await load(id);
    if (state.status === 'none') {
      throw new ProcessInFlightError(`Group ${id} is on the roster but not formed yet`);
    }
    into.set(id, state);
  }
  return into;
}
