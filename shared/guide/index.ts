/** The discussion guide: content (cues, contrasts, caveats, sources) and data-driven prompt selection. */
export * from './sources';
export * from './content';
export * from './suggest';
