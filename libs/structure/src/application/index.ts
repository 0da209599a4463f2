/**
 * The write side as the HTTP controllers send it through the CommandBus: the aggregates, for a
 * single-stream command (`Decide.on(groupAggregate, ...)`), and the use cases with a handler of
 * their own (several streams, facts loaded from other streams, an id they make).
 */
export * from './aggregates';
export * from './abolish-post/abolish-post.command';
export * from './add-member/add-member.command';
export * from './add-participant/add-participant.command';
export * from './appoint-post-holder/appoint-post-holder.command';
export * from './dissolve-group/dissolve-group.command';
export * from './join-model/join-model.command';
export * from './leave-model/leave-model.command';
export * from './erase-caller/erase-caller.command';
export * from './erase-person/erase-person.command';
export * from './establish-model/establish-model.command';
export * from './establish-post/establish-post.command';
export * from './form-group/form-group.command';
export * from './merge-groups/merge-groups.command';
export * from './move-group/move-group.command';
export * from './register-organisation/register-organisation.command';
export * from './register-person/register-person.command';
export * from './replace-model/replace-model.command';
export * from './upcasters';
