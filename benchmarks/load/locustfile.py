"""Locust users for ``benchmarks/load_service.py``: item queries, and ingest one article per POST.

Run through ``load_service.py``, which starts ``geo serve`` on loopback,
bounds each run (users, seconds) and picks the user classes; the token comes
in ``GEO_LOAD_TOKEN``. When both classes run, exactly one user ingests.
"""

from __future__ import annotations

import itertools
import os
import uuid

from locust import HttpUser, between, constant, task
from workload import QUERIES, article_text  # beside this file: locust puts its folder on the path

_numbers = itertools.count()


class ItemQueries(HttpUser):
    """A client paging and filtering incidents without pause."""

    wait_time = constant(0)
    weight = 8

    @task
    def query(self) -> None:
        name, path = QUERIES[next(_numbers) % len(QUERIES)]
        self.client.get(path, name=name)


class Ingest(HttpUser):
    """A desk posting one new article at a time."""

    wait_time = between(0, 0.1)
    fixed_count = 1

    @task
    def post(self) -> None:
        i = next(_numbers)
        record = {"id": f"load-{uuid.uuid4().hex[:12]}", "date": f"2022-{9 + i % 3:02d}-{1 + i % 28:02d}",
                  "text": article_text(i)}
        self.client.post("/articles", json=record, name="ingest: one article",
                         headers={"Authorization": f"Bearer {os.environ['GEO_LOAD_TOKEN']}"}, timeout=300)
