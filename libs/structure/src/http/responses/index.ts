export * from './refs.response';
export * from './organisation.response';
export * from './person.response';
export * from './post.response';
export * from './model.response';
export * from './group.response';
export * from './structure.response';
