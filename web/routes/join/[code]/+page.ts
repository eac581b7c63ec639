// The join page reads the device's saved seat (localStorage) and asks the API about the code on
// load, so it runs in the browser only.
export const ssr = false;
