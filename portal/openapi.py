"""The OpenAPI 3.1 description of the headless API, built from the endpoints' own field lists
and model fields, so a field added to an `api_fields` list shows up here too."""

from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models

from portal.api_fields import ChoiceLabelField, MunicipalitiesField

PROJECT_APPS = ("portal", "handbook", "training", "register", "reports", "search")

STRING = {"type": "string"}
NULLABLE_STRING = {"type": ["string", "null"]}
URL = {"type": "string", "format": "uri"}
CHOICE = {
    "type": "object",
    "properties": {"code": STRING, "label": STRING},
    "required": ["code", "label"],
}
MUNICIPALITIES = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"code": STRING, "name_fi": STRING, "name_sv": STRING},
        "required": ["code", "name_fi", "name_sv"],
    },
}
ERROR = {"type": "object", "properties": {"message": STRING}, "required": ["message"]}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def field_schema(model, api_field):
    """JSON schema of one API field of `model`."""
    if isinstance(api_field.serializer, ChoiceLabelField):
        return CHOICE
    if isinstance(api_field.serializer, MunicipalitiesField):
        return MUNICIPALITIES
    try:
        field = model._meta.get_field(api_field.name)
    except Exception:
        # A property (e.g. region_codes) or a child relation (e.g. glossary terms).
        relation = getattr(model, api_field.name, None)
        if relation is not None and hasattr(relation, "rel"):
            return {"type": "array", "items": {"type": "object"}}
        return {"type": ["array", "string", "object", "null"]}
    if field.one_to_many or field.many_to_many:
        return {"type": "array", "items": {"type": "object"}}
    if isinstance(field, StreamField):
        return {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"type": STRING, "value": {}, "id": STRING},
                "required": ["type", "value"],
            },
        }
    if isinstance(field, RichTextField):
        return {"type": "string", "description": "HTML; links point to pages of the same language"}
    if isinstance(field, models.ForeignKey):
        return {"type": ["object", "null"]}
    if isinstance(field, models.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, models.IntegerField | models.PositiveIntegerField):
        return {"type": ["integer", "null"] if field.null else "integer"}
    if isinstance(field, models.DateTimeField):
        return {"type": ["string", "null"], "format": "date-time"}
    if isinstance(field, models.DateField):
        return {"type": ["string", "null"], "format": "date"}
    return NULLABLE_STRING if field.null else STRING


def object_schema(model, api_fields, meta):
    return {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": meta,
            **{f.name: field_schema(model, f) for f in api_fields},
        },
        "required": ["id", "meta"],
    }


def listing(item):
    return {
        "type": "object",
        "properties": {
            "meta": {
                "type": "object",
                "properties": {"total_count": {"type": "integer"}},
                "required": ["total_count"],
            },
            "items": {"type": "array", "items": item},
        },
        "required": ["meta", "items"],
    }


def simple_meta(*extra):
    properties = {"type": STRING, "detail_url": URL}
    properties.update({name: schema for name, schema in extra})
    return {"type": "object", "properties": properties, "required": ["type", "detail_url"]}


PAGE_META = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "description": "app_label.ModelName"},
        "detail_url": URL,
        "html_url": {"type": ["string", "null"], "format": "uri"},
        "slug": STRING,
        "locale": {"type": "string", "enum": ["fi", "sv", "en"]},
        "first_published_at": {"type": ["string", "null"], "format": "date-time"},
        "parent": {"type": ["object", "null"]},
        "search_description": STRING,
        "show_in_menus": {"type": "boolean"},
        "seo_title": STRING,
        "alias_of": {"type": ["object", "null"]},
    },
    "required": ["type", "detail_url", "html_url"],
}


def schemas():
    from portal.models import Partner, Team

    page_types = sorted(
        (m for m in get_page_models() if m._meta.app_label in PROJECT_APPS),
        key=lambda m: m._meta.label,
    )
    components = {
        "Error": ERROR,
        "Team": object_schema(Team, Team.api_fields, simple_meta()),
        "Partner": object_schema(Partner, Partner.api_fields, simple_meta()),
        "Page": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "meta": PAGE_META, "title": STRING},
            "required": ["id", "meta", "title"],
        },
        "Image": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "meta": simple_meta(
                    ("download_url", URL),
                    ("tags", {"type": "array", "items": STRING}),
                    (
                        "renditions",
                        {
                            "type": "object",
                            "additionalProperties": {
                                "type": "object",
                                "properties": {
                                    "url": URL,
                                    "width": {"type": "integer"},
                                    "height": {"type": "integer"},
                                },
                                "required": ["url", "width", "height"],
                            },
                        },
                    ),
                ),
                "title": STRING,
                "width": {"type": "integer"},
                "height": {"type": "integer"},
            },
            "required": ["id", "meta", "title"],
        },
        "Document": {
            "type": "object",
            "properties": {
                "id": {"type": "integer"},
                "meta": simple_meta(("download_url", URL)),
                "title": STRING,
            },
            "required": ["id", "meta", "title"],
        },
    }
    for page_type in page_types:
        components[f"page.{page_type._meta.label}"] = {
            "allOf": [
                ref("Page"),
                object_schema(page_type, getattr(page_type, "api_fields", []), PAGE_META),
            ],
            "description": str(page_type._meta.verbose_name),
        }
    for name in ("Team", "Partner", "Page", "Image", "Document"):
        components[f"{name}Listing"] = listing(ref(name))
    return components


def json_response(schema, description):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


ERRORS = {
    "400": json_response(ref("Error"), "Unknown parameter, locale or filter value"),
    "404": json_response(ref("Error"), "No such object"),
}

COMMON_PARAMETERS = [
    {"name": name, "in": "query", "schema": schema, "description": text}
    for name, schema, text in [
        ("limit", {"type": "integer"}, "Items per page (at most 100)"),
        ("offset", {"type": "integer"}, "Items to skip"),
        ("fields", STRING, "Comma-separated fields to add (or -field to remove, * for all)"),
        ("order", STRING, "Field to order by, -field for descending, or random"),
        ("search", STRING, "Words to search for"),
    ]
]

ENDPOINT_PARAMETERS = {
    "pages": [
        ("locale", {"type": "string", "enum": ["fi", "sv", "en"]}, "Only pages of a language"),
        ("type", STRING, "Only pages of a type, e.g. handbook.HandbookSectionPage"),
        ("child_of", {"type": "integer"}, "Only children of a page"),
        ("descendant_of", {"type": "integer"}, "Only descendants of a page"),
        ("translation_of", {"type": "integer"}, "Only translations of a page"),
    ],
    "teams": [
        ("locale", {"type": "string", "enum": ["fi", "sv", "en"]}, "Language of labels"),
        ("municipality", STRING, "Teams covering a municipality (code, e.g. 091, or name)"),
        ("police_department", STRING, "Teams of a police department (code)"),
        ("code", STRING, "The team with this code"),
    ],
    "partners": [
        ("locale", {"type": "string", "enum": ["fi", "sv", "en"]}, "Only partners of a language"),
        ("sector", STRING, "Only partners of a sector (code)"),
        ("region", STRING, "Only partners working in a region (nationwide ones included)"),
    ],
    "images": [],
    "documents": [],
}

ENDPOINT_SCHEMAS = {
    "pages": "Page",
    "images": "Image",
    "documents": "Document",
    "teams": "Team",
    "partners": "Partner",
}


def endpoint_paths(name, schema_name):
    parameters = COMMON_PARAMETERS + [
        {"name": p, "in": "query", "schema": s, "description": d}
        for p, s, d in ENDPOINT_PARAMETERS[name]
    ]
    listing_schema = ref(f"{schema_name}Listing")
    return {
        f"/api/v2/{name}/": {
            "get": {
                "summary": f"List {name}",
                "parameters": parameters,
                "responses": {"200": json_response(listing_schema, f"The {name}"), **ERRORS},
            }
        },
        f"/api/v2/{name}/{{id}}/": {
            "get": {
                "summary": f"One of the {name} with all its fields",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {"200": json_response(ref(schema_name), "The object"), **ERRORS},
            }
        },
    }


def openapi_schema(base_url=""):
    paths = {
        "/api/v2/": {
            "get": {
                "summary": "The endpoints of the API",
                "responses": {"200": json_response({"type": "object"}, "Endpoint URLs")},
            }
        },
        "/api/v2/pages/find/": {
            "get": {
                "summary": "Find a page by its html_url path (redirects to its detail URL)",
                "parameters": [
                    {
                        "name": "html_path",
                        "in": "query",
                        "required": True,
                        "schema": STRING,
                        "description": "e.g. /sv/handbok/",
                    }
                ],
                "responses": {
                    "302": {"description": "Redirect to the page's detail_url"},
                    **ERRORS,
                },
            }
        },
    }
    for name, schema_name in ENDPOINT_SCHEMAS.items():
        paths.update(endpoint_paths(name, schema_name))
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Ankkuritoiminta – anchor work portal API",
            "version": "2",
            "description": (
                "Wagtail API v2 of ankkuritoiminta.fi: pages in fi, sv and en (rich text as HTML "
                "with links to pages of the same language), images with renditions, documents, "
                "anchor teams and partners. Every URL in a response is absolute."
            ),
        },
        "servers": [{"url": base_url or "/"}],
        "paths": paths,
        "components": {"schemas": schemas()},
    }
