/** The dashboard's server side: live analytics, reports, CSV export and retention. */
export * from './live';
export * from './csv';
export * from './retention';
