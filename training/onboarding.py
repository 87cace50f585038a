"""Onboarding plans: creating a plan from the template, and reading its progress."""

from django.db import transaction

from training.codes import ResponsibleRole
from training.progress import due_date, is_overdue, plan_progress


def person_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def coordinating_manager_of(team):
    from portal.codes import TeamRole

    membership = (
        team.memberships.filter(role=TeamRole.COORDINATING_MANAGER)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    return membership.user if membership else None


def default_responsible(role, *, team, expert, responsible_person, manager, leader):
    """The name an item starts with, from the template's role (editable afterwards).
    Roles without a person in the plan keep the role's name in the creator's language."""
    names = {
        ResponsibleRole.TEAM_LEADER: person_name(leader),
        ResponsibleRole.COORDINATING_MANAGER: person_name(coordinating_manager_of(team)),
        ResponsibleRole.LINE_MANAGER: manager,
        ResponsibleRole.RESPONSIBLE_PERSON: person_name(responsible_person or leader),
        ResponsibleRole.EXPERT: person_name(expert),
    }
    if role in names and names[role]:
        return names[role]
    return str(ResponsibleRole(role).label) if role in ResponsibleRole.values else ""


@transaction.atomic
def create_plan(*, team, expert, start_date, template, created_by, **fields):
    """A plan for `expert` with every template item dated from `start_date`."""
    from training.models import OnboardingPlan, OnboardingPlanItem, OnboardingTemplateItem

    plan = OnboardingPlan.objects.create(
        team=team,
        expert=expert,
        start_date=start_date,
        template=template,
        created_by=created_by,
        **fields,
    )
    template_items = (
        OnboardingTemplateItem.objects.filter(topic__template=template)
        .select_related("topic")
        .order_by("topic__sort_order", "topic__pk", "sort_order", "pk")
    )
    topic_orders = {}
    items = []
    for item in template_items:
        topic_order = topic_orders.setdefault(item.topic_id, len(topic_orders))
        items.append(
            OnboardingPlanItem(
                plan=plan,
                topic_order=topic_order,
                sort_order=len(items),
                topic_fi=item.topic.title_fi,
                topic_sv=item.topic.title_sv,
                topic_en=item.topic.title_en,
                text_fi=item.text_fi,
                text_sv=item.text_sv,
                text_en=item.text_en,
                note_fi=item.note_fi,
                note_sv=item.note_sv,
                note_en=item.note_en,
                responsible=default_responsible(
                    item.responsible_role,
                    team=team,
                    expert=expert,
                    responsible_person=plan.responsible_person,
                    manager=plan.manager,
                    leader=created_by,
                ),
                due_date=due_date(start_date, item.offset_days),
            )
        )
    OnboardingPlanItem.objects.bulk_create(items)
    return plan


def progress_of(items, today):
    return plan_progress(((item.due_date, item.is_done) for item in items), today)


def topics_of(items, today):
    """Items grouped by topic, each item marked overdue or not, for templates."""
    topics = []
    for item in items:
        item.overdue = is_overdue(item.due_date, item.is_done, today)
        if not topics or topics[-1]["order"] != item.topic_order:
            topics.append({"order": item.topic_order, "title": item.topic, "items": []})
        topics[-1]["items"].append(item)
    for topic in topics:
        topic["progress"] = progress_of(topic["items"], today)
    return topics
