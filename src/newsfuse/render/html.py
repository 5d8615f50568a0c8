"""One-file HTML briefing, rendered with Jinja2 autoescaping (article text is untrusted)."""

from __future__ import annotations

from ..model import Dossier


def render_html(d: Dossier) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("newsfuse", "render/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    return env.get_template("dossier.html.j2").render(d=d)
