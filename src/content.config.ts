import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { articleSchema } from "~/schemas/article";
import {
  actorSchema,
  figureSchema,
  glossaryTermSchema,
  movedClaimSchema,
  placeSchema,
  recommendationSchema,
  relationSchema,
  retiredArticleSchema,
  timelineEventSchema,
} from "~/schemas/data";
import { sourceSchema } from "~/schemas/source";

const sources = defineCollection({
  loader: glob({ base: "./content/sources", pattern: "*.md" }),
  schema: sourceSchema,
});

const articles = defineCollection({
  loader: glob({ base: "./content/articles", pattern: "*.mdx" }),
  schema: articleSchema,
});

// Structured knowledge: one YAML file per collection, each entry cited like a claim.
const timeline = defineCollection({ loader: file("content/timeline.yaml"), schema: timelineEventSchema });
const glossary = defineCollection({ loader: file("content/glossary.yaml"), schema: glossaryTermSchema });
const actors = defineCollection({ loader: file("content/actors.yaml"), schema: actorSchema });
const relations = defineCollection({ loader: file("content/relations.yaml"), schema: relationSchema });
const figures = defineCollection({ loader: file("content/figures.yaml"), schema: figureSchema });
const places = defineCollection({ loader: file("content/places.yaml"), schema: placeSchema });
// Links that must keep working: claims that left their page, and articles that were replaced.
const movedClaims = defineCollection({ loader: file("content/moved-claims.yaml"), schema: movedClaimSchema });
const retiredArticles = defineCollection({
  loader: file("content/retired-articles.yaml"),
  schema: retiredArticleSchema,
});
const recommendations = defineCollection({
  loader: file("content/recommendations.yaml"),
  schema: recommendationSchema,
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
