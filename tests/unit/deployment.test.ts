import { describe, expect, test } from "vitest";
import { siteUrl } from "~/integrations/site-url";
import { deploymentFromEnv, isPlaceholderSite } from "~/lib/deployment";

/** The origin the README promises when SITE_URL is not set. */
const PLACEHOLDER = "https://iskp-explained.example.org";

describe("deploymentFromEnv", () => {
  test("without SITE_URL or BASE_PATH the site is the placeholder origin, at the root", () => {
    expect(deploymentFromEnv({})).toEqual({ site: PLACEHOLDER, base: "/" });
    expect(deploymentFromEnv({ SITE_URL: "", BASE_PATH: "" })).toEqual({ site: PLACEHOLDER, base: "/" });
  });

  test("takes GitHub Pages' origin and base path as configure-pages gives them", () => {
    expect(deploymentFromEnv({ SITE_URL: "https://octocat.github.io", BASE_PATH: "/iskp-explained" })).toEqual({
      site: "https://octocat.github.io",
      base: "/iskp-explained/",
    });
    // A user site or a custom domain: configure-pages gives an empty base path.
    expect(deploymentFromEnv({ SITE_URL: "https://www.example.org/", BASE_PATH: "" })).toEqual({
      site: "https://www.example.org",
      base: "/",
    });
  });

  test("a SITE_URL with a path is refused, and the message says to put the path in BASE_PATH", () => {
    expect(() => deploymentFromEnv({ SITE_URL: "https://octocat.github.io/iskp-explained" })).toThrow(
      /origin \(https:\/\/octocat\.github\.io\) and BASE_PATH to the path \(\/iskp-explained\)/,
    );
    expect(() => deploymentFromEnv({ SITE_URL: "octocat.github.io" })).toThrow(/SITE_URL .* is not a URL/);
  });

  test("the placeholder is recognised however the origin is written", () => {
    expect(isPlaceholderSite(undefined)).toBe(true);
    expect(isPlaceholderSite(`${PLACEHOLDER}/`)).toBe(true);
    expect(isPlaceholderSite("https://octocat.github.io")).toBe(false);
  });
});

describe("the build", () => {
  const warnings = (command: "build" | "dev", site: string | undefined) => {
    const logged: string[] = [];
    const logger = { warn: (message: string) => logged.push(message) };
    void siteUrl().hooks["astro:config:setup"]?.({ command, config: { site }, logger } as never);
    return logged;
  };

  test("warns, naming SITE_URL, when citations and share links would carry the placeholder", () => {
    const [warning] = warnings("build", PLACEHOLDER);
    expect(warning).toContain("SITE_URL is not set");
    expect(warning).toContain(PLACEHOLDER);
  });

  test("says nothing when SITE_URL is set, or in the dev server", () => {
    expect(warnings("build", "https://octocat.github.io")).toEqual([]);
    expect(warnings("dev", PLACEHOLDER)).toEqual([]);
  });
});
