// Every `observe-run` command, one folder each (changesets style). Add new commands here.
import type { CommandModule } from "yargs";

export const commands: CommandModule<any, any>[] = [];
