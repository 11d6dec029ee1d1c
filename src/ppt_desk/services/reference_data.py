"""The reference data shipped in resources/, loaded once per process: code lists, the casework
configuration (forms, stages, tracks), the national institution directory and region codes.

The domain parses these files from a folder it is given; this module is the one place that
knows where the shipped folders are (``ppt_desk.paths``).
"""
from __future__ import annotations

from functools import lru_cache

from ..domain.casework import CaseworkConfig, load_config
from ..domain.codelists import CodeLists
from ..domain.institutions import Institution, load_national
from ..domain.regions import Regions
from ..paths import CASEWORK, CODELISTS, INSTITUTIONS, REGIONS


@lru_cache(maxsize=1)
def codelists() -> CodeLists:
    return CodeLists(CODELISTS)


@lru_cache(maxsize=1)
def casework_config() -> CaseworkConfig:
    return load_config(CASEWORK)


@lru_cache(maxsize=1)
def national_directory() -> tuple[Institution, ...]:
    return load_national(INSTITUTIONS)


@lru_cache(maxsize=1)
def regions() -> Regions:
    return Regions(REGIONS)
