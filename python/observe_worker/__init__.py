"""observe-r1's Python worker: holds the model and serves the TypeScript controller."""

__version__ = "0.1.0"
