import { expect, test } from "vitest";
import { breadcrumbs, relatedArticles } from "~/lib/navigation";

test("breadcrumbs name each section and end with the page's own title", () => {
  expect(breadcrumbs("/articles/what-is-iskp/", "What ISKP is", "Home")).toEqual([
    { name: "Home", path: "/" },
    { name: "Articles", path: "/articles/" },
    { name: "What ISKP is", path: "/articles/what-is-iskp/" },
  ]);
  expect(breadcrumbs("/", "Home", "Home")).toEqual([{ name: "Home", path: "/" }]);
});

test("related articles are those sharing the most glossary terms, then sources", () => {
  const set = (...items: string[]) => new Set(items);
  const articles = [
    { slug: "a", terms: set("iskp", "taliban", "sco"), sources: set("bacha") },
    { slug: "b", terms: set("iskp"), sources: set("bacha") },
    { slug: "c", terms: set("taliban", "sco"), sources: set("tat") },
    { slug: "d", terms: set("mi5"), sources: set("tat") },
  ];
  const related = relatedArticles(articles);
  expect(related.get("a")).toEqual(["c", "b"]);
  expect(related.get("d")).toEqual(["c"]);
  expect(relatedArticles(articles, 1).get("b")).toEqual(["a"]);
  expect(related.has("missing")).toBe(false);
});
