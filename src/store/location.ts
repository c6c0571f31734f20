/** Whether the location is a URL (`scheme://…`) rather than a file path. */
export function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location);
}

/**
 * A store location as it may be shown to the user: a URL without its password (in the user-info part or as a
 * `password` query parameter); a file path as it is.
 */
export function displayLocation(location: string): string {
  if (!isUrl(location)) return location;
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    // Not parseable, so its parts are unknown: show only the scheme rather than risk a password.
    return `${location.slice(0, location.indexOf('://'))}://…`;
  }
  url.password = '';
  if (url.searchParams.has('password')) url.searchParams.delete('password');
  return url.toString();
}
