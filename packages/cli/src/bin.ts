import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { commands } from "./commands/index.js";

await yargs(hideBin(process.argv))
  .scriptName("observe-run")
  .command(commands)
  .demandCommand(1, "Name a command; `observe-run --help` lists them.")
  .strict()
  .help()
  // Bad flags get the usage text; a failed command gets its message only (the stack with OBSERVE_DEBUG=1).
  .fail((message, error, y) => {
    if (error) {
      console.error(`error: ${process.env.OBSERVE_DEBUG ? error.stack : error.message}`);
    } else {
      y.showHelp();
      console.error(`\n${message}`);
    }
    process.exit(1);
  })
  .parseAsync();
