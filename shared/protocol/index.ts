/** The wire contract between server and clients. */
export * from './errors';
export * from './game-code';
export * from './schemas';
export * from './views';
export * from './events';
export * from './http';
