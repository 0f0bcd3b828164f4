import type { APIRoute, GetStaticPaths } from "astro";
import { getCitables, type Citable } from "~/citable";
import { getCacheKey } from "~/content";
import { exportReference } from "~/lib/citation/format";

const FORMATS = {
  bib: { type: "application/x-bibtex; charset=utf-8", pick: "bibtex" },
  ris: { type: "application/x-research-info-systems; charset=utf-8", pick: "ris" },
  json: { type: "application/vnd.citationstyles.csl+json; charset=utf-8", pick: "csl" },
} as const;

type Format = keyof typeof FORMATS;

/** /cite/<key>.bib, .ris and .json: one reference per file, for reference managers. */
export const getStaticPaths = (async () => {
  const citables = await getCitables(new URL(import.meta.env.SITE));
  return citables.flatMap((citable) =>
    (Object.keys(FORMATS) as Format[]).map((format) => ({
      params: { file: `${citable.key}.${format}` },
      props: { citable, format },
      // A file is made from its citable item alone, and copied from the last build if that is unchanged.
      cacheKey: getCacheKey({ citable, format }),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ citable: Citable; format: Format }> = ({ props }) => {
  const { type, pick } = FORMATS[props.format];
  return new Response(exportReference(props.citable.item, props.citable.bibtexKey)[pick], {
    headers: { "Content-Type": type },
  });
};
