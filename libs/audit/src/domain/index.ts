export * from './inquiry/inquiry.events';
export * from './inquiry/inquiry.commands';
export * from './inquiry/inquiry.state';
export * from './inquiry/inquiry.decider';
