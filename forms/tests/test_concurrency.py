"""Two experts store the same meeting at the same moment: exactly one is stored, the other
gets the clear duplicate message. Needs a real concurrent database (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client, RequestFactory

from forms.models import Meeting
from forms.tests.conftest import PASSWORD
from forms.tests.wizard_helpers import meeting, post_step, start

# serialized_rollback: the flush after a transactional test must not lose the data migrations
# (code lists, municipalities, groups) that later tests rely on.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def needs_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises all writes; concurrent posts need PostgreSQL")


def ready_client(user, team, case, notification, codes):
    client = Client()
    # django-axes needs the request on every authenticate call.
    assert client.login(
        request=RequestFactory().post("/fi/login/"), username=user.username, password=PASSWORD
    )
    url = start(client, team, "en")
    post_step(client, url, "case", {"mode": "existing", "case_code": case.case_code})
    post_step(client, url, "notification", {"mode": "existing", "notification": notification.pk})
    response = post_step(client, url, "meeting", meeting(codes, "16.3.2026", client_before="no"))
    assert response.status_code == 200
    return client, url


def post_together(posts):
    barrier = threading.Barrier(len(posts))
    results = [None] * len(posts)

    def run(index, client, url):
        try:
            barrier.wait()
            results[index] = post_step(client, url, "confirm", {})
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(i, client, url)) for i, (client, url) in enumerate(posts)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_two_concurrent_entries_of_the_same_meeting(users, records, hel, codes):
    needs_postgresql()
    posts = [
        ready_client(users[role], hel, records.the_case, records.the_notification, codes)
        for role in ("expert", "leader")
    ]
    results = post_together(posts)
    assert Meeting.objects.filter(date="2026-03-16").count() == 1
    stored = Meeting.objects.get(date="2026-03-16")
    statuses = sorted(r.status_code for r in results)
    assert statuses == [200, 302]
    refused = next(r for r in results if r.status_code == 200)
    body = refused.content.decode()
    assert "already in the register" in body
    assert stored.get_absolute_url() in body


def test_the_same_submission_posted_twice_at_once_is_stored_once(users, records, hel, codes):
    needs_postgresql()
    client, url = ready_client(
        users["expert"], hel, records.the_case, records.the_notification, codes
    )
    # A double click: the same run (same session) posted twice concurrently.
    twin = Client()
    twin.cookies = client.cookies
    results = post_together([(client, url), (twin, url)])
    assert Meeting.objects.filter(date="2026-03-16").count() == 1
    stored = Meeting.objects.get(date="2026-03-16")
    for response in results:
        assert response.status_code == 302
        assert response["Location"] == stored.get_absolute_url()
