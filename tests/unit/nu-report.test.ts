import { describe, expect, test } from "vitest";
import { formatMessage, isFailure, locationOf, parseNuReport, type NuMessage } from "../../scripts/lib/nu-report.ts";

const strayScript: NuMessage = {
  type: "error",
  url: "file:/site/dist/search/index.html",
  lastLine: 13,
  firstColumn: 25,
  lastColumn: 60,
  message: "Stray start tag “script”.",
  extract: "></body></html>\n<script type=module>",
  hiliteStart: 16,
  hiliteLength: 20,
};

const { extract, ...withoutExtract } = strayScript;
const { firstColumn, lastColumn, ...withoutColumns } = strayScript;

describe("the Nu HTML Checker's report", () => {
  test("is read from its JSON, and anything else is refused with what the checker said", () => {
    expect(parseNuReport(JSON.stringify({ messages: [strayScript] }))).toEqual([strayScript]);
    expect(() => parseNuReport("Error: Unable to access jarfile vnu.jar")).toThrow(/Unable to access jarfile/);
    expect(() => parseNuReport("{}")).toThrow(/no list of messages/);
  });

  test("fails on errors and unreadable files, not on warnings or information", () => {
    expect(isFailure(strayScript)).toBe(true);
    expect(isFailure({ type: "non-document-error", subType: "io", message: "File not found." })).toBe(true);
    expect(isFailure({ type: "info", subType: "warning", message: "Consider adding a “lang” attribute." })).toBe(false);
    expect(isFailure({ type: "info", message: "Trailing slash on void elements has no effect." })).toBe(false);
  });

  test("places a message at the file, relative to the working folder, and where the problem starts", () => {
    expect(locationOf(strayScript, "/site")).toBe("dist/search/index.html:13:25");
    expect(locationOf({ ...strayScript, firstLine: 11, firstColumn: 3 }, "/site")).toBe("dist/search/index.html:11:3");
    expect(locationOf(withoutColumns, "/site")).toBe("dist/search/index.html:13");
    expect(locationOf({ type: "non-document-error", message: "Out of memory." }, "/site")).toBe("(no file)");
  });

  test("prints the message, then the extract on one line with carets under the highlighted part", () => {
    expect(formatMessage(strayScript, "/site").split("\n")).toEqual([
      "dist/search/index.html:13:25: Stray start tag “script”.",
      "    ></body></html> <script type=module>",
      `    ${" ".repeat(16)}${"^".repeat(20)}`,
    ]);
    expect(formatMessage(withoutExtract, "/site")).toBe("dist/search/index.html:13:25: Stray start tag “script”.");
  });
});
