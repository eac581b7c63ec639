// The report needs the host token from this browser's localStorage: browser only.
export const ssr = false;
