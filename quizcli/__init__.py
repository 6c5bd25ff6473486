"""quizcli: an offline interview-prep question bank for ML, deep learning and large models."""

__version__ = "0.1.0"
