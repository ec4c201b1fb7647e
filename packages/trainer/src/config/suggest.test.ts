import { CONFIG_KEYS } from "./load.js";
import { editDistance, suggestKey } from "./suggest.js";

test("editDistance counts single-character edits", () => {
  expect(editDistance("", "abc")).toBe(3);
  expect(editDistance("kitten", "sitting")).toBe(3);
  expect(editDistance("same", "same")).toBe(0);
});

test.each([
  // typo in the right section
  ["worker.rollout.temprature", "worker.rollout.temperature"],
  ["algorithm.kl_cof", "algorithm.kl_coef"],
  ["data.max_prompt_len", "data.max_prompt_length"],
  ["trainer.save_frequency", "trainer.save_freq"],
  // right name, wrong section
  ["worker.actor.lr", "worker.actor.optim.lr"],
  ["data.temperature", "worker.rollout.temperature"],
  ["worker.actor.model.lora", "worker.actor.lora"],
  // typo in a section name
  ["algoritm.kl_coef", "algorithm.kl_coef"],
  // EasyR1/verl names that differ here
  ["worker.rollout.name", "worker.rollout.engine"],
  ["trainer.total_episodes", "trainer.total_epochs"],
])("%s -> %s", (unknown, expected) => {
  expect(suggestKey(unknown, CONFIG_KEYS)).toBe(expected);
});

test("nothing is suggested when nothing is close", () => {
  expect(suggestKey("trainer.qqqqqqqqqqqq", CONFIG_KEYS)).toBeUndefined();
  expect(suggestKey("data.ab", CONFIG_KEYS)).toBeUndefined();
});
