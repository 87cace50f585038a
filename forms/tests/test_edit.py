"""Editing cases and notifications keeps the stored meetings valid by the rules."""

from django.urls import reverse

from portal.models import AuditEntry


def notification_data(codes, date="2.3.2026", reasons=("offence",)):
    return {
        "date_received": date,
        "referred_by": codes["school"].pk,
        "reasons": [codes[r].pk for r in reasons],
        "child_welfare_notification": "yes",
        "violent_radicalisation": "no",
    }


def test_notification_edit_is_saved_and_audited(client, records, expert, codes):
    client.force_login(expert)
    url = reverse(
        "forms:notification_edit", kwargs={"team": "HEL", "pk": records.the_notification.pk}
    )
    response = client.post(url, notification_data(codes))
    assert response.status_code == 302
    records.the_notification.refresh_from_db()
    assert records.the_notification.referred_by == codes["school"]
    changes = AuditEntry.objects.get(action="update").changes
    assert changes["referred_by"] == ["police", "school"]
    assert changes["child_welfare_notification"] == [False, True]


def test_notification_cannot_move_after_its_meetings(client, records, expert, codes):
    client.force_login(expert)
    url = reverse(
        "forms:notification_edit", kwargs={"team": "HEL", "pk": records.the_notification.pk}
    )
    response = client.post(url, notification_data(codes, date="10.3.2026"))
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    records.the_notification.refresh_from_db()
    assert str(records.the_notification.date_received) == "2026-03-02"


def test_case_birth_year_must_keep_meetings_under_18(client, records, expert, codes):
    client.force_login(expert)
    url = reverse(
        "forms:case_edit", kwargs={"team": "HEL", "case_code": records.the_case.case_code}
    )
    municipality = records.the_case.home_municipality_id
    response = client.post(url, {"birth_year": "2000", "home_municipality": municipality})
    assert response.status_code == 200
    assert "18" in response.content.decode()
    response = client.post(url, {"birth_year": "2012", "home_municipality": municipality})
    assert response.status_code == 302
    records.the_case.refresh_from_db()
    assert records.the_case.birth_year == 2012
