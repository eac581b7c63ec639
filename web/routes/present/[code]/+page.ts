// The projector page holds a live socket: browser only.
export const ssr = false;
