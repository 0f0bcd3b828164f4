// citation-js ships no type declarations; these cover the small part of its API the site uses.
declare module "@citation-js/core" {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
    static async(data: unknown): Promise<Cite>;
  }
  export const plugins: {
    config: {
      get(name: string): {
        styles: { add(id: string, xml: string): void };
        locales: { add(id: string, xml: string): void };
      };
    };
    input: { chain(data: unknown): Record<string, unknown>[] };
  };
}
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
