// Any origin works: it only has to be one that a hostile value cannot also produce.
const OWN_ORIGIN = "http://factdeck.invalid";
const MAX_LENGTH = 512;
// Printable ASCII only: browsers drop tab/CR/LF and fold Unicode slashes, so `/\t/evil` becomes `//evil`.
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const LEAVES_PATH = /^[/\\]{2}|\\|[\u0000-\u0020\u007f]/;

function fullyDecoded(path: string): string | null {
  let current = path;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

/**
 * A same-origin path (with query and fragment) to go to after sign-in, or "/" for anything that
 * could leave the app: decided by parsing against the app's own origin, never by prefix checks.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || value.length > MAX_LENGTH || !PRINTABLE_ASCII.test(value) || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== OWN_ORIGIN) return "/";
  const decodedPath = fullyDecoded(url.pathname);
  if (decodedPath === null || LEAVES_PATH.test(decodedPath)) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** next-auth's redirect callback: `url` on `baseUrl`'s origin, else that origin's home page. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  if (!url.startsWith("/") && PRINTABLE_ASCII.test(url)) {
    try {
      const parsed = new URL(url);
      if (parsed.origin !== origin) return `${origin}/`;
      return `${origin}${safeCallbackPath(`${parsed.pathname}${parsed.search}${parsed.hash}`)}`;
    } catch {
      return `${origin}/`;
    }
  }
  return `${origin}${safeCallbackPath(url)}`;
}
