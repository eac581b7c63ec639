/** The wire contract between server and clients. */
export * from './errors';
export * from './schemas';
export * from './views';
export * from './events';
export * from './http';
