import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { commands } from "./commands/index.js";

await yargs(hideBin(process.argv))
  .scriptName("observe-run")
  .command(commands)
  .demandCommand(1, "Name a command; `observe-run --help` lists them.")
  .strict()
  .help()
  .parseAsync();
