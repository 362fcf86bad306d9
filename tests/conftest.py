"""Shared test configuration: the pytester fixture for in-process plugin tests."""

pytest_plugins = ("pytester",)
