// Plain `tsc` cannot read .astro files; `astro check` can, and checks them with their real types.
// This declaration only applies where .astro imports cannot be resolved, so .ts files that import
// components (src/components/mdx/index.ts) type-check under both.
declare module "*.astro" {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

// The content check's result, provided by src/integrations/provenance.ts.
declare module "virtual:provenance" {
  export const errors: import("./lib/provenance/check.ts").ContentError[];
  /** The claim ids of "ISKP in a minute", in the order content/minute.yaml gives them. */
  export const minute: string[];
  /**
   * A digest of every source, data file, frontmatter and claim, and of the record, without articles'
   * prose (see siteDigest). The claims and the record themselves: src/lib/provenance/shared-check.ts.
   */
  export const digest: string;
}

// Each article's key points and questions, by slug, for /study/ (src/integrations/provenance.ts).
declare module "virtual:study" {
  export const outlines: Record<string, import("./lib/study/outline.ts").StudyOutline>;
}
