"""Reading YAML with line numbers, so every problem can name `path:line`."""

from __future__ import annotations

from typing import Any

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class YamlProblem(Exception):
    """A YAML document that cannot be read; carries the 1-based line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class Document:
    """A parsed YAML document: its data and the line of every node in it."""

    def __init__(self, text: str) -> None:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            self.duplicates: list[tuple[int, str]] = []
            if node is not None:
                self._check_duplicates(node)
            self.data: Any = loader.construct_document(node) if node is not None else None
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            raise YamlProblem(line, f"YAML syntax error: {exc.problem or exc}") from None
        except yaml.YAMLError as exc:
            raise YamlProblem(1, f"YAML error: {exc}") from None
        finally:
            loader.dispose()
        self.root = node

    def _check_duplicates(self, node: yaml.Node) -> None:
        if isinstance(node, yaml.MappingNode):
            seen: set = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        self.duplicates.append((key.start_mark.line + 1, key.value))
                    seen.add(key.value)
                self._check_duplicates(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                self._check_duplicates(item)

    def line_of(self, path: tuple | list, *, key: bool = False) -> int:
        """1-based line of the node at `path` (keys and list indexes); the nearest parent if absent.

        With key=True and a mapping entry, the line of the key itself.
        """
        node = self.root
        line = node.start_mark.line + 1 if node is not None else 1
        for step in path:
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if isinstance(k, yaml.ScalarNode) and k.value == str(step):
                        line = (k if key else v).start_mark.line + 1
                        node = v
                        break
                else:
                    return line
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
                if step >= len(node.value):
                    return line
                node = node.value[step]
                line = node.start_mark.line + 1
            else:
                return line
        return line
