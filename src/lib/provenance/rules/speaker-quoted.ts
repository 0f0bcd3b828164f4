import type { Rule } from "./rule.ts";

export const speakerQuoted: Rule = {
  name: "speaker-quoted",
  refuses:
    "a speaker for words the source does not put in quotation marks (its own account of what someone said: use paraphraseOf), and paraphraseOf for words it does quote",
  check(site, report) {
    for (const use of site.citations) {
      const { source, match, citation } = use;
      if (!source || !match?.ok) continue;
      if (citation.speaker === undefined && citation.paraphraseOf === undefined) continue;
      const quoted = match.spans.every((span) =>
        source.quoted.some((range) => range.start <= span.start && span.end <= range.end),
      );
      const at = {
        file: use.file,
        line: use.line,
        column: use.column,
        ...(use.claim?.parsed ? { claim: use.claim.parsed.id } : {}),
        quote: citation.quote,
      };
      if (citation.speaker !== undefined && citation.paraphraseOf !== undefined) {
        report({
          ...at,
          message: `${use.label}: a citation has both speaker and paraphraseOf`,
          fix: "use speaker for words the source quotes, paraphraseOf for its own account of what someone said",
        });
      } else if (citation.speaker !== undefined && !quoted) {
        report({
          ...at,
          message: `${use.label}: speaker "${citation.speaker}", but "${citation.source}" does not quote these words: they are its own`,
          fix: `write paraphraseOf: "${citation.speaker}" instead, and attribute the words to the source ("according to …, ${citation.speaker} said …")`,
        });
      } else if (citation.paraphraseOf !== undefined && quoted) {
        report({
          ...at,
          message: `${use.label}: paraphraseOf "${citation.paraphraseOf}", but "${citation.source}" quotes these words in quotation marks`,
          fix: `write speaker: "${citation.paraphraseOf}" instead: they are the speaker's own words`,
        });
      }
    }
  },
};
