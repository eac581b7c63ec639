// Live routes (join, play, host, present) hold sockets, localStorage tokens and the frame-timed
// flash, so they run in the browser only (docs/architecture.md). Non-live pages such as history
// and reports may opt back in with `export const ssr = true` in their own +page.ts.
export const ssr = false;
