export * from './codes.js';
export * from './address.js';
export * from './squash.js';
export * from './space.js';
