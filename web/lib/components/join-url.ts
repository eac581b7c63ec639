/**
 * The join link shown on the host and presenter screens. The server builds it at creation (it
 * knows the address participants can reach, e.g. the LAN IP, where the host may be on localhost),
 * so the host page keeps it next to the host token; other pages fall back to their own origin.
 */
const key = (code: string) => `glimpse:join-url:${code}`;

/** Remember the server's join link for `code`. */
export function saveJoinUrl(code: string, url: string): void {
  try {
    localStorage.setItem(key(code), url);
  } catch {
    // Storage unavailable: pages fall back to their own origin.
  }
}

/** The join link for `code`: the saved one from the server, else this page's origin. */
export function joinUrlFor(code: string): string {
  try {
    const saved = localStorage.getItem(key(code));
    if (saved) return saved;
  } catch {
    // fall through
  }
  return `${location.origin}/join/${code}`;
}
