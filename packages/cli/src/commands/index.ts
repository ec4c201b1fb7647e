// Every `observe-run` command, one folder each (changesets style). Add new commands here.
import type { CommandModule } from "yargs";
import { dataCommand } from "./data/index.js";
import { demoCommand } from "./demo/index.js";
import { doctorCommand } from "./doctor/index.js";
import { evalCommand } from "./eval/index.js";
import { generateCommand } from "./generate/index.js";
import { ladderCommand } from "./ladder/index.js";
import { reportCommand } from "./report/index.js";
import { tinyModelCommand } from "./tiny-model/index.js";
import { scoreCommand } from "./score/index.js";
import { setupCommand } from "./setup/index.js";
import { trainCommand } from "./train/index.js";

export const commands: CommandModule<any, any>[] = [setupCommand, doctorCommand, generateCommand, tinyModelCommand, scoreCommand, reportCommand, dataCommand, trainCommand, evalCommand, ladderCommand, demoCommand];
