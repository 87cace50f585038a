"""Drive the entry wizard through the test client, as a browser would."""

from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation


def start(client, team, language="fi", **params):
    with translation.override(language):
        url = reverse("forms:entry_start", kwargs={"team": team.code})
    response = client.get(url, params)
    assert response.status_code == 302, response.status_code
    return response["Location"]


def management_prefix(url):
    run = url.split("?")[0].rstrip("/").rsplit("/", 1)[1].replace("-", "")
    return f"register_entry_{run}"


def post_step(client, url, step, data, **extra):
    payload = {f"{management_prefix(url)}-current_step": step}
    payload.update({f"{step}-{key}": value for key, value in data.items()})
    payload.update(extra)
    return client.post(url, payload)


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


NEW_CASE = {"mode": "new", "birth_year": "2011", "home_municipality": None}


def new_notification(codes, date="2.3.2026"):
    return {
        "mode": "new",
        "date_received": date,
        "referred_by": codes["police"].pk,
        "reasons": [codes["offence"].pk],
        "child_welfare_notification": "no",
        "offence_types": [codes["theft"].pk],
        "violent_radicalisation": "no",
    }


def meeting(codes, date="9.3.2026", client_before="no"):
    data = {
        "date": date,
        "assessment_way": codes["in_meeting"].pk,
        "continues_in_services": "yes",
        "onward_services": [codes["youth_work"].pk],
    }
    if client_before is not None:
        data["client_before"] = client_before
    return data
