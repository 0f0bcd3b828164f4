/**
 * Helpers for showing several rendered pieces of content on one page (the print edition puts every
 * article on one page). They work on the HTML that Astro renders, whose attributes are always
 * double-quoted, and leave everything else byte for byte as it was.
 */

const REFERENCES = ["aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "for", "headers"];
/** Every attribute that defines an id or refers to one: its name and its value. */
const ID_ATTRIBUTES = new RegExp(`(\\s(id|href|${REFERENCES.join("|")})=")([^"]*)"`, "g");

/**
 * Prefixes the ids defined in `html` (and every reference to them inside it: `href="#id"` and the
 * id-list attributes) so that several renderings of similar content can share a page without two
 * elements having one id. Ids that `keep` matches are already unique across the site (claim and
 * footnote anchors) and are left alone, so links to them from anywhere keep working.
 *
 * The attributes are rewritten in one pass: the print volumes run this on a thousand whole
 * articles, and a pass for each kind of attribute made two more copies of each.
 */
export function scopeIds(html: string, prefix: string, keep: RegExp): string {
  const renamed = new Set<string>();
  for (const [, id = ""] of html.matchAll(/\sid="([^"]+)"/g)) if (!keep.test(id)) renamed.add(id);
  if (renamed.size === 0) return html;
  const rename = (id: string) => (renamed.has(id) ? `${prefix}${id}` : id);
  return html.replace(ID_ATTRIBUTES, (whole, start: string, name: string, value: string) => {
    if (name === "id") return value === "" ? whole : `${start}${rename(value)}"`;
    if (name === "href")
      return value.length > 1 && value.startsWith("#") ? `${start}#${rename(value.slice(1))}"` : whole;
    return `${start}${value.split(/\s+/).map(rename).join(" ")}"`;
  });
}

/**
 * Moves every heading in `html` down by `levels` (h2 becomes h3 with 1), so that content written
 * to sit under a page's h1 can sit under a section's h2 instead. Stops at h6.
 */
export function shiftHeadings(html: string, levels: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => {
    return `<${slash}h${Math.min(6, Number(level) + levels)}`;
  });
}
