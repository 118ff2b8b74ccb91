"""Every relative link in README.md, CONTRIBUTING.md and docs/*.md reaches a file that exists (no network).

A link with an anchor (``file.md#heading``, or ``#heading`` in the same file) must also name a
heading of that file, slugged as GitHub does. Links with a scheme (``https:``, ``mailto:``) are
not checked; links inside code (fenced blocks, inline code) are not links.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from support.paths import REPO

DOC_FILES = [REPO / "README.md", REPO / "CONTRIBUTING.md", *sorted((REPO / "docs").glob("*.md"))]

_FENCED = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)(?:.+?)\1", re.DOTALL)
_INLINE_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t]+\"[^\"]*\")?[ \t]*$", re.MULTILINE)
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")


def without_code(markdown: str) -> str:
    """The text with fenced code blocks and inline code spans removed."""
    return _INLINE_CODE.sub("", _FENCED.sub("", markdown))


def links(markdown: str) -> list[str]:
    """Targets of the inline and reference-style links outside code, in order."""
    text = without_code(markdown)
    return _INLINE_LINK.findall(text) + _REFERENCE.findall(text)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces become hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    """The anchors of a file's headings (a repeated heading gets -1, -2, ... as on GitHub)."""
    seen: dict[str, int] = {}
    out: set[str] = set()
    for heading in _HEADING.findall(_FENCED.sub("", markdown)):
        base = slug(heading)
        count = seen.get(base, 0)
        seen[base] = count + 1
        out.add(base if count == 0 else f"{base}-{count}")
    return out


def broken_links(path: Path) -> list[str]:
    """The relative links of ``path`` whose file (or heading) does not exist."""
    broken = []
    for target in links(path.read_text()):
        if _SCHEME.match(target):
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            broken.append(f"{target} (no file {os.path.relpath(linked, REPO)})")
        elif anchor and (linked.suffix != ".md" or anchor not in anchors(linked.read_text())):
            broken.append(f"{target} (no heading #{anchor} in {linked.name})")
    return broken


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_relative_links_reach_existing_files(path: Path) -> None:
    assert path.exists(), f"{path.relative_to(REPO)} is missing"
    assert broken_links(path) == []


def test_link_helpers() -> None:
    markdown = "\n".join(
        [
            "# Title",
            "## `make demo`",
            "## After a server API change",
            'See [a](docs/a.md), [b](b.md "title"), [web](https://example.org) and `[no](x.md)`.',
            "```",
            "[not a link](y.md)",
            "## not a heading",
            "```",
            "[ref]: docs/ref.md",
        ]
    )
    assert links(markdown) == ["docs/a.md", "b.md", "https://example.org", "docs/ref.md"]
    assert anchors(markdown) == {"title", "make-demo", "after-a-server-api-change"}
    assert anchors("## A\n## A\n") == {"a", "a-1"}
    assert slug("What FEDn 0.33 does that a client meets") == "what-fedn-033-does-that-a-client-meets"
