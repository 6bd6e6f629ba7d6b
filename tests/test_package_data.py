"""The packaged data files load cleanly."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml


class _StrictLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key given twice in one mapping (YAML keeps the last silently)."""


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)

DATA = resources.files("sahelwatch.data")
YAML_FILES = sorted(str(p.relative_to(DATA)) for p in DATA.rglob("*.yaml"))  # type: ignore[attr-defined]


def test_the_package_ships_its_lexicons():
    assert "actors.yaml" in YAML_FILES and "lexicon/pt.yaml" in YAML_FILES


@pytest.mark.parametrize("name", YAML_FILES)
def test_no_yaml_file_gives_a_key_twice(name: str):
    yaml.load(DATA.joinpath(name).read_text("utf-8"), Loader=_StrictLoader)  # noqa: S506
