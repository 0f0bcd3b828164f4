import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "~/schemas/article";
import { sourceSchema } from "~/schemas/source";

const sources = defineCollection({
  loader: glob({ base: "./content/sources", pattern: "*.md" }),
  schema: sourceSchema,
});

const articles = defineCollection({
  loader: glob({ base: "./content/articles", pattern: "*.mdx" }),
  schema: articleSchema,
});

export const collections = { sources, articles };
