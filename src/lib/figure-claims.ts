/**
 * Where the articles state a key figure: the claims that quote the figure's words from one of the
 * figure's own sources. Claims whose own sentence also gives the figure come first, since they are
 * where a reader sees it in context; if none does, every claim that quotes it. Found from the
 * content, so a figure cannot point to a claim that does not use it.
 */

export interface FigureToPlace {
  value: string;
  citations: readonly { source: string }[];
}

export interface ClaimToSearch {
  id: string;
  text: string;
  citations: readonly { source: string; quote: string }[];
}

/** Text as the comparison reads it: lower case, straight quotes and apostrophes, single spaces. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
}

/**
 * A claim's text and quotes as the comparison reads them, made once per claim: the key figures
 * page asks about every claim for each figure (20,600 claims at 1,000 articles).
 */
const plainForms = new WeakMap<ClaimToSearch, { text: string; quotes: { source: string; quote: string }[] }>();
function plainForm(claim: ClaimToSearch) {
  let form = plainForms.get(claim);
  if (!form) {
    form = {
      text: plain(claim.text),
      quotes: claim.citations.map(({ source, quote }) => ({ source, quote: plain(quote) })),
    };
    plainForms.set(claim, form);
  }
  return form;
}

/** The claims (in the order given, which is reading order) that state `figure`. */
export function claimsStating<Claim extends ClaimToSearch>(figure: FigureToPlace, claims: readonly Claim[]): Claim[] {
  const value = plain(figure.value);
  const sources = new Set(figure.citations.map((citation) => citation.source));
  const quoting = claims.filter((claim) =>
    plainForm(claim).quotes.some((citation) => sources.has(citation.source) && citation.quote.includes(value)),
  );
  const inText = quoting.filter((claim) => plainForm(claim).text.includes(value));
  return inText.length > 0 ? inText : quoting;
}
