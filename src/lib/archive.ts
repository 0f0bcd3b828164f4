/**
 * The Wayback Machine's list of archived copies of a page: its calendar of every capture the
 * Internet Archive holds for the address. Built from the address alone, never a guessed snapshot:
 * whether a copy exists, and from when, is for the archive to say.
 */
export function waybackLookup(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error(`not a web address: ${url}`);
  return `https://web.archive.org/web/*/${parsed.href}`;
}
