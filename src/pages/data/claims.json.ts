import type { APIRoute } from "astro";
import { getClaimIndex } from "~/content";

/** Every claim on the site with its evidence, for journalists and researchers to reuse. */
export const GET: APIRoute = async ({ site }) => {
  const claims = [...(await getClaimIndex()).values()].map((claim) => ({
    id: claim.id,
    kind: claim.kind,
    text: claim.text,
    page: new URL(claim.url, site).href,
    anchor: `claim-${claim.id}`,
    url: new URL(`${claim.url}#claim-${claim.id}`, site).href,
    citations: claim.citations,
  }));
  return new Response(JSON.stringify({ claims }, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
