// Every `observe-run` command, one folder each (changesets style). Add new commands here.
import type { CommandModule } from "yargs";
import { doctorCommand } from "./doctor/index.js";
import { generateCommand } from "./generate/index.js";
import { tinyModelCommand } from "./tiny-model/index.js";

export const commands: CommandModule<any, any>[] = [doctorCommand, generateCommand, tinyModelCommand];
