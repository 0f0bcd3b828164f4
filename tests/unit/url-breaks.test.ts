import { describe, expect, test } from "vitest";
import { breakUrlIn, urlPieces } from "~/lib/url-breaks";

const url = "https://techagainstterrorism.org/news/escalating-online-threat_in?a=1&b=2#top";

describe("urlPieces", () => {
  test("keeps every character of the address, in order", () => {
    expect(urlPieces(url).join("")).toBe(url);
  });

  test("never lets a line end just after a hyphen: each hyphen starts a piece", () => {
    const pieces = urlPieces(url);
    expect(pieces.some((piece) => piece.endsWith("-"))).toBe(false);
    expect(pieces.filter((piece) => piece.includes("-")).every((piece) => piece.startsWith("-"))).toBe(true);
  });

  test("breaks after the double slash and before single slashes and full stops, as Chicago has it", () => {
    expect(urlPieces("https://thenews.com.pk/amp/1207737-the")).toEqual([
      "https://",
      "thenews",
      ".com",
      ".pk",
      "/amp",
      "/1207737",
      "-the",
    ]);
  });

  test("breaks before and after an equals sign or an ampersand", () => {
    expect(urlPieces("/a?b=1&c=2")).toEqual(["/a", "?b", "=", "1", "&", "c", "=", "2"]);
  });
});

describe("breakUrlIn", () => {
  test("makes the address in a formatted reference breakable without changing its text", () => {
    const address = "https://example.org/a-b?x=1&y=2";
    const html = `Title. <i>Site</i>. ${address.replace("&", "&amp;")}`;
    const result = breakUrlIn(html, address);
    expect(result).toContain("<wbr>");
    const text = result.replaceAll(/<[^>]+>/g, "").replaceAll("&amp;", "&");
    expect(text).toBe(`Title. Site. ${address}`);
  });
});
