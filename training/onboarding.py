"""Onboarding plans: creating a plan from the template, editing it, ticking its items, and
reading its progress. Every change is recorded in the audit trail here."""

from django.db import transaction

from portal import audit
from portal.codes import TeamRole
from training.codes import ResponsibleRole
from training.models import OnboardingPlan, OnboardingPlanItem, OnboardingTemplateItem
from training.progress import due_date, is_overdue, plan_progress

# What a team leader may change after creating a plan; these are audited.
PLAN_FIELDS = ["start_date", "prior_training", "manager", "responsible_person"]
ITEM_FIELDS = ["due_date", "responsible"]
DONE_FIELDS = ["done_at", "done_by"]


def person_name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def coordinating_manager_of(team):
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
    audit.record(
        created_by,
        "create",
        plan,
        {
            field: [None, value]
            for field, value in audit.snapshot(plan, ["expert", "template", *PLAN_FIELDS]).items()
        }
        | {"items": [None, len(items)]},
    )
    return plan


@transaction.atomic
def update_plan(plan, *, user, header, items):
    """Apply a leader's edit: `header` holds the plan's fields (PLAN_FIELDS), `items` maps
    an item's pk to its fields (ITEM_FIELDS). Only the plan's own items change. One audit
    entry per changed record, with before and after read from the database."""
    stored = OnboardingPlan.objects.select_related("team", "responsible_person").get(pk=plan.pk)
    before = audit.snapshot(stored, PLAN_FIELDS)
    for field in PLAN_FIELDS:
        if field in header:
            setattr(stored, field, header[field])
    changes = audit.diff(before, audit.snapshot(stored, PLAN_FIELDS))
    if changes:
        stored.save()
        audit.record(user, "update", stored, changes)
    for item in stored.items.filter(pk__in=list(items)):
        before = audit.snapshot(item, ITEM_FIELDS)
        for field in ITEM_FIELDS:
            if field in items[item.pk]:
                setattr(item, field, items[item.pk][field])
        changes = audit.diff(before, audit.snapshot(item, ITEM_FIELDS))
        if changes:
            item.save(update_fields=ITEM_FIELDS)
            audit.record(user, "update", item, changes, team=stored.team)
    return stored


@transaction.atomic
def set_item_done(item, *, user, done, now):
    """Mark an item done (by `user`, at `now`) or not done; audited when it changed."""
    before = audit.snapshot(item, DONE_FIELDS)
    if done and not item.is_done:
        item.done_at, item.done_by = now, user
    elif not done:
        item.done_at, item.done_by = None, None
    changes = audit.diff(before, audit.snapshot(item, DONE_FIELDS))
    if changes:
        item.save(update_fields=DONE_FIELDS)
        audit.record(user, "update", item, changes, team=item.plan.team)
    return bool(changes)


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
