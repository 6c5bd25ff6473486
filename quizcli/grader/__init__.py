"""Grading a user's solution: problem packages, the sandboxed child, verdicts."""
