export { buildNeuraLadder, LADDER_FILES, type BuildLadderOptions, type BuildLadderResult } from "./build-ladder.js";
