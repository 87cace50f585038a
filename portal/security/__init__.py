"""Sign-in hardening: two-factor authentication, register sessions and private responses.

Roles that can read register records or reports (team members, the national roles and the
administrator) are the "register roles": their sessions expire when idle or when the browser
closes, and with REQUIRE_TWO_FACTOR they must pass a one-time code before any register or
report URL answers.
"""
