export * from './errors.js';
export * from './time-budget.js';
export type * from './document.js';
export * from './annotation.js';
export type * from './entity.js';
export type * from './case.js';
export type * from './store-port.js';
export type * from './read-model.js';
