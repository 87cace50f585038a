"""Images as the API gives them, with absolute rendition URLs (no model imports: blocks use it)."""

from wagtail.api.utils import get_base_url

# Renditions every image of the API carries, by name.
IMAGE_RENDITIONS = {"thumbnail": "fill-320x240", "medium": "max-800x800", "large": "max-1600x1600"}


def absolute_url(request, url):
    if not url or url.startswith(("http://", "https://")):
        return url
    return (get_base_url(request) or "") + url


def rendition_urls(image, request=None):
    renditions = image.get_renditions(*IMAGE_RENDITIONS.values())
    return {
        name: {
            "url": absolute_url(request, renditions[spec].url),
            "width": renditions[spec].width,
            "height": renditions[spec].height,
        }
        for name, spec in IMAGE_RENDITIONS.items()
    }


def image_representation(image, request=None):
    if image is None:
        return None
    return {"id": image.pk, "title": image.title, "renditions": rendition_urls(image, request)}
