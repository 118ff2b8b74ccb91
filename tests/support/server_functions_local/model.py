"""Our stand-in for FEDn's examples/server-functions/client/model.py, a torch model, with numpy only.

``compile_model()`` returns an object whose ``state_dict().items()`` values have ``.cpu().numpy()``,
which is all upstream's ``test_locally.py`` asks of the model. The shapes are those of a small
fully connected network (784 -> 64 -> 32 -> 10), the values fixed.
"""

from __future__ import annotations

from typing import Any

import numpy as np

SHAPES = {
    "fc1.weight": (64, 784),
    "fc1.bias": (64,),
    "fc2.weight": (32, 64),
    "fc2.bias": (32,),
    "fc3.weight": (10, 32),
    "fc3.bias": (10,),
}


class Tensor:
    """What the example uses of a torch tensor: ``.cpu().numpy()``."""

    def __init__(self, array: np.ndarray[Any, Any]) -> None:
        self._array = array

    def cpu(self) -> Tensor:
        return self

    def numpy(self) -> np.ndarray[Any, Any]:
        return self._array


class Model:
    """What the example uses of a torch module: ``state_dict()``."""

    def __init__(self) -> None:
        generator = np.random.default_rng(0)
        self._state = {
            name: Tensor(generator.standard_normal(shape).astype(np.float32))
            for name, shape in SHAPES.items()
        }

    def state_dict(self) -> dict[str, Tensor]:
        return dict(self._state)


def compile_model() -> Model:
    """The model, as upstream's ``client.model.compile_model()`` builds the torch one."""
    return Model()
