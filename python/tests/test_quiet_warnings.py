"""The worker's warnings: the libraries' deprecation notices are silenced, any other warning shows once."""

import subprocess
import sys

SCRIPT = r"""
import warnings
from observe_worker.__main__ import quiet_library_warnings
quiet_library_warnings()

def library_deprecation():
    # As transformers raises it from its own module (transformers/utils/generic.py).
    warnings.warn_explicit("`past_key_values` is deprecated and will be removed in version 5.40.0 for "
                           "`Qwen2_5_VLModel.forward`. Use `cache` instead.", FutureWarning,
                           "generic.py", 1036, module="transformers.utils.generic")

for _ in range(3):
    library_deprecation()
    warnings.warn("an image was resized", UserWarning)
    with warnings.catch_warnings():  # what image decoding does per batch; it used to re-arm every warning
        warnings.simplefilter("error", ResourceWarning)
print("done")
"""


def test_library_deprecations_are_silenced_and_other_warnings_show_once():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "done"
    assert "past_key_values" not in result.stderr
    assert result.stderr.count("UserWarning: an image was resized") == 1


def test_without_it_the_same_warning_came_back_after_each_catch_warnings():
    # The cause, kept as a check that the test above tests something.
    unquiet = SCRIPT.replace("quiet_library_warnings()\n", "", 1)
    result = subprocess.run([sys.executable, "-c", unquiet], capture_output=True, text=True, check=True)
    assert result.stderr.count("an image was resized") == 3
