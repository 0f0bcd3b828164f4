import { expect, test } from "vitest";
import { groupMakers, organisationOf } from "~/lib/makers";

const actors = [
  { id: "numan-bacha", type: "person" },
  { id: "tech-against-terrorism", type: "organisation" },
  { id: "adam-hadley", type: "person" },
  { id: "ken-mccallum", type: "person" },
  { id: "mi5", type: "institution" },
];
const relations = [
  { from: "adam-hadley", to: "tech-against-terrorism", kind: "leads" },
  { from: "tech-against-terrorism", to: "ken-mccallum", kind: "responds-to" },
  { from: "ken-mccallum", to: "mi5", kind: "leads" },
];

test("a person who leads an organisation speaks within it; one the relations place nowhere stands alone", () => {
  expect(organisationOf("adam-hadley", actors, relations)).toBe("tech-against-terrorism");
  expect(organisationOf("numan-bacha", actors, relations)).toBeUndefined();
  // An organisation is not put inside the person it responds to.
  expect(organisationOf("tech-against-terrorism", actors, relations)).toBeUndefined();
});

test("makers are grouped under their organisations, in the order they first appear", () => {
  expect(
    groupMakers(["numan-bacha", "adam-hadley", "tech-against-terrorism", "ken-mccallum"], actors, relations),
  ).toEqual([
    { id: "numan-bacha", people: [] },
    { id: "tech-against-terrorism", people: ["adam-hadley"] },
    { id: "mi5", people: ["ken-mccallum"] },
  ]);
});
