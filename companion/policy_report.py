"""--check-policy: a report on the policy for IT staff; no window is opened."""

from __future__ import annotations

from pathlib import Path

from companion.core.policy import describe, find_policy, load_policy, trust_problem
from companion.core.policy_registry import REGISTRY_PLACE, with_registry
from companion.paths import policy_candidates


def check_policy(path_text: str) -> int:
    """Check one file (before it is deployed), or, without a path, every place a policy
    may be: which file is in force, and why any other file found is not used."""
    if path_text:
        path = Path(path_text)
        if not path.exists():
            print(f"{path}: no policy file here; Parent Companion uses its defaults.")
            return 1
        result, sources = with_registry(load_policy(path), dict)
        why = trust_problem(path)
        if why:
            print(f"Note: where it is now, the app would ignore this file: {why}.")
    else:
        result, sources = with_registry(find_policy(policy_candidates()))
        print("Places looked in, in order:")
        for place in policy_candidates():
            print(f"    {place}")
        for line in result.seen:
            print(line)
        if not result.seen and not sources and not result.problems:
            print("No policy file found; Parent Companion uses its defaults.")
            return 0
    for problem in result.problems:
        in_registry = problem.message.startswith(REGISTRY_PLACE)
        named = result.path and problem.line and not in_registry
        print(f"{result.path}: {problem}" if named else str(problem))
    print(("Problems found. " if result.problems else "OK. ") + "Settings in effect:")
    for line in describe(result.policy, sources):
        print(f"    {line}")
    return 1 if result.problems else 0
