/**
 * The time each step of a build took, as scripts/build.ts prints it at the end ("astro build
 * 43.1 s, reading 10.2 s, ...") and as scripts/bench.ts reads it back from that output, to print
 * where a build's time goes. One place owns the format, so the two cannot drift apart.
 */

/** Steps and their seconds, in the order they ran. */
export type StepTimings = [step: string, seconds: number][];

const STEPS = /\(((?:[a-z][a-z ]*? \d+\.\d s(?:, )?)+)\)/;
const STEP = /([a-z][a-z ]*?) (\d+\.\d) s/g;

/** "astro build 43.1 s, reading 10.2 s": each step's time to a tenth of a second. */
export function formatStepTimings(timings: StepTimings): string {
  return timings.map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(", ");
}

/**
 * The step timings from a build's output: from the last parenthesis holding them, as the build's
 * closing line does. Undefined if the output has none (a build that failed, or another program).
 */
export function parseStepTimings(output: string): StepTimings | undefined {
  const lines = output.split("\n").reverse();
  for (const line of lines) {
    const list = STEPS.exec(line)?.[1];
    if (list) return [...list.matchAll(STEP)].map(([, step, seconds]) => [step ?? "", Number(seconds)]);
  }
  return undefined;
}
