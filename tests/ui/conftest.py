import pytest

from ui import workers


@pytest.fixture(autouse=True)
def synchronous_tasks():
    """Background tasks run at once on the test thread."""
    workers.set_pool(workers.SynchronousPool())
    yield
    workers.set_pool(None)
