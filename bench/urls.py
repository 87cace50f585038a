"""The portal's URLs plus /bench-hello/, a trivial view through the same middleware: the
framework's ceiling for the page benchmark. Only bench/settings.py uses this module."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import handler404, handler500
from portal.urls import urlpatterns as portal_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]


def hello(request):
    return HttpResponse("Hello", content_type="text/plain")


urlpatterns = [path("bench-hello/", hello), *portal_urlpatterns]
