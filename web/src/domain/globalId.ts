/**
 * Relay global ids are base64 of "Type:id". The map needs the type of an id it got from a
 * search or a tie (organisation or professional) to ask for the right details.
 */
export function typeOfGlobalId(id: string): string | null {
  try {
    const decoded = decodeURIComponent(escape(atob(id)));
    const colon = decoded.indexOf(':');
    return colon > 0 ? decoded.slice(0, colon) : null;
  } catch {
    return null;
  }
}

export function toGlobalId(type: string, id: string): string {
  return btoa(unescape(encodeURIComponent(`${type}:${id}`)));
}
