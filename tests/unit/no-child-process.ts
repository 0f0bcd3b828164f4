/**
 * Set up before every unit test file: the unit tier starts no other program (no Java, no browser,
 * no Node process), so it stays a matter of seconds. A test that needs one belongs in tests/build/.
 */
import childProcess from "node:child_process";
import { syncBuiltinESMExports } from "node:module";

const STARTERS = ["exec", "execFile", "execFileSync", "execSync", "fork", "spawn", "spawnSync"] as const;

for (const name of STARTERS) {
  Object.assign(childProcess, {
    [name]: (command: unknown) => {
      throw new Error(
        `A unit test tried to start a process (${name} ${String(command)}): unit tests run no other program; move the test to tests/build/.`,
      );
    },
  });
}
// `import { spawnSync } from "node:child_process"` reads the module's ESM exports, which Node
// copies from the CommonJS module only when asked.
syncBuiltinESMExports();
