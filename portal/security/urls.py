"""Account and privacy URLs, included into the portal's namespace under the language prefix."""

from django.urls import path

from portal.security import views

urlpatterns = [
    path("account/two-factor/setup/", views.setup, name="two_factor_setup"),
    path("account/two-factor/", views.verify, name="two_factor_verify"),
    path(
        "account/two-factor/recovery-codes/",
        views.recovery_codes,
        name="two_factor_recovery_codes",
    ),
    path("account/password/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "account/password/done/",
        views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("account/password-reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "account/password-reset/sent/",
        views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "account/password-reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/password-reset/complete/",
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("privacy/", views.privacy, name="privacy"),
]
