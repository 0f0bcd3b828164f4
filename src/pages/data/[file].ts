import type { APIRoute, GetStaticPaths } from "astro";
import { DOWNLOADS, type Download } from "~/downloads";
import { siteAddress } from "~/site";

export const getStaticPaths = (() =>
  DOWNLOADS.map((download) => ({ params: { file: download.file }, props: { download } }))) satisfies GetStaticPaths;

const TYPES = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;

export const GET: APIRoute<{ download: Download }> = async ({ props, site }) => {
  const { download } = props;
  const type = download.file.endsWith(".csv") ? TYPES.csv : TYPES.json;
  return new Response(await download.build(siteAddress(site)), {
    headers: { "Content-Type": type },
  });
};
