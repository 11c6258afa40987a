"""Read an application's accessible tree over AT-SPI, as a screen reader (Orca) does.

Run with the system Python that has ``pyatspi`` (Debian: ``/usr/bin/python3`` and the
``python3-pyatspi`` package), not the project's interpreter: it only talks D-Bus to the
application, like any assistive technology. Prints one JSON object:

    {"status": "ok", "nodes": [{"role", "name", "focusable", "labelled_by", "text",
                                "selected_item", "path"}, ...]}

for every node that is showing on screen, or ``{"status": "no-atspi", "reason": ...}`` when
the AT-SPI registry cannot be reached, or ``{"status": "no-app", ...}`` when the application
never appeared. Usage: ``reader.py APP_NAME [TIMEOUT_SECONDS]``.
"""

import json
import sys
import time


def main() -> int:
    app_name = sys.argv[1]
    timeout = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    try:
        import pyatspi

        desktop = pyatspi.Registry.getDesktop(0)
    except Exception as exc:  # no bus, no registry: the caller skips with this reason
        print(json.dumps({"status": "no-atspi", "reason": f"{type(exc).__name__}: {exc}"}))
        return 0
    deadline = time.monotonic() + timeout
    app = None
    seen = []
    while app is None and time.monotonic() < deadline:
        try:
            seen = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
            seen = [a for a in seen if a is not None]
            app = next((a for a in seen if a.name == app_name), None)
        except Exception:  # the registry is still starting
            app = None
        if app is None:
            time.sleep(0.2)
    if app is None:
        names = sorted(str(a.name) for a in seen)
        print(json.dumps({"status": "no-app", "reason": f"{app_name!r} not among {names}"}))
        return 0
    nodes = []
    walk(pyatspi, app, "", nodes)
    print(json.dumps({"status": "ok", "nodes": nodes}))
    return 0


def walk(pyatspi, node, path, nodes) -> None:
    try:
        states = node.getState()
        showing = states.contains(pyatspi.STATE_SHOWING)
        role = node.getRoleName()
        name = node.name or ""
    except Exception:  # a node that went away while we read
        return
    if role != "application" and not showing:
        return  # hidden subtrees (other steps, closed pop-ups) are not read out
    here = f"{path}/{role}:{name}"
    entry = {
        "role": role,
        "name": name,
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "labelled_by": labels(pyatspi, node),
        "text": text_of(node),
        "selected_item": selected_item(pyatspi, node) if role == "combo box" else None,
        "path": here,
    }
    nodes.append(entry)
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            walk(pyatspi, child, here, nodes)


def labels(pyatspi, node) -> list:
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for index in range(relation.getNTargets()):
                    names.append(relation.getTarget(index).name or "")
    except Exception:
        pass
    return names


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, text.characterCount)
    except Exception:
        return None


def selected_item(pyatspi, node):
    """The combo box's chosen item, as a reader finds it: the selected child of its list."""
    try:
        for index in range(node.childCount):
            child = node.getChildAtIndex(index)
            for item_index in range(child.childCount):
                item = child.getChildAtIndex(item_index)
                if item.getState().contains(pyatspi.STATE_SELECTED):
                    return item.name
    except Exception:
        pass
    return None


if __name__ == "__main__":
    sys.exit(main())
