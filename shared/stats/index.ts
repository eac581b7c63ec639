/** Class statistics for the dashboard, the report and the discussion guide (pure). */
export * from './descriptive';
export * from './confusion';
export * from './types';
export * from './analytics';
export * from './report';
