from tests.store.fixtures import postgres_url, store, store_url

__all__ = ["postgres_url", "store", "store_url"]
