// History lists the games whose host tokens this browser holds (localStorage): browser only.
export const ssr = false;
