import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { articleSchema } from "~/schemas/article";
import { DATA_SCHEMAS } from "~/schemas/data";
import { sourceSchema } from "~/schemas/source";

const sources = defineCollection({
  loader: glob({ base: "./content/sources", pattern: "*.md" }),
  schema: sourceSchema,
});

const articles = defineCollection({
  loader: glob({ base: "./content/articles", pattern: "*.mdx" }),
  schema: articleSchema,
});

// Structured knowledge, each entry cited like a claim: one YAML file per collection, read with the
// schema the content check validates it by.
const yaml = (name: string) => file(`content/${name}.yaml`);
const timeline = defineCollection({ loader: yaml("timeline"), schema: DATA_SCHEMAS.timeline });
const glossary = defineCollection({ loader: yaml("glossary"), schema: DATA_SCHEMAS.glossary });
const actors = defineCollection({ loader: yaml("actors"), schema: DATA_SCHEMAS.actors });
const relations = defineCollection({ loader: yaml("relations"), schema: DATA_SCHEMAS.relations });
const figures = defineCollection({ loader: yaml("figures"), schema: DATA_SCHEMAS.figures });
const places = defineCollection({ loader: yaml("places"), schema: DATA_SCHEMAS.places });
const recommendations = defineCollection({ loader: yaml("recommendations"), schema: DATA_SCHEMAS.recommendations });
// Links that must keep working: claims that left their page, and articles that were replaced.
const movedClaims = defineCollection({ loader: yaml("moved-claims"), schema: DATA_SCHEMAS["moved-claims"] });
const retiredArticles = defineCollection({
  loader: yaml("retired-articles"),
  schema: DATA_SCHEMAS["retired-articles"],
});

export const collections = {
  sources,
  articles,
  timeline,
  glossary,
  actors,
  relations,
  figures,
  places,
  recommendations,
  movedClaims,
  retiredArticles,
};
