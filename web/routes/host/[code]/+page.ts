// The control room holds the host's socket and token: browser only.
export const ssr = false;
