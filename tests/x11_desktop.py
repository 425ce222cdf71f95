"""A patron's desktop for one test: Xvfb, a window manager (openbox) and a session bus,
all inside a private mount namespace whose /tmp and /dev/shm are new, empty tmpfs
mounts, so every file anything creates there during the session can be counted.

Run as ``unshare -m --propagation private python x11_desktop.py MODE`` (root): it
prints one line "created: <json list>" with every path that appeared, and every file that
changed, under /tmp (the patron's home is /tmp/home/patron, the runtime folder
/tmp/runtime-patron) and /dev/shm, then the session's output.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

HOME = Path("/tmp/home/patron")
USB = Path("/tmp/usb-stick")  # where the patron saves PDFs: those files are meant to stay
ETC = Path("/tmp/etc-xdg")  # stands for /etc/xdg
SESSION = Path(__file__).with_name("x11_session_script.py")


def snapshot(skip: set[Path]) -> dict[str, tuple[bool, int, int]]:
    found = {}
    for root in (Path("/tmp"), Path("/dev/shm")):
        for folder, dirs, files in os.walk(root):
            here = Path(folder)
            dirs[:] = [d for d in dirs if here / d not in skip and here / d != USB]
            for path in [here, *(here / name for name in dirs + files)]:
                try:
                    info = path.lstat()
                except FileNotFoundError:
                    continue
                found[str(path)] = (stat.S_ISDIR(info.st_mode), info.st_mtime_ns, info.st_size)
    return found


def fresh_tmp() -> set[Path]:
    """New, empty tmpfs mounts on /tmp and /dev/shm. This checkout and its Python may
    live under /tmp themselves (CI's clone, say): those are bound back in place, and
    returned, so that they are left out of the count."""
    here = Path(__file__).resolve().parent.parent
    needed = {here, Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve()}
    under_tmp = {p for p in needed if Path("/tmp") in p.parents}
    keep = {p for p in under_tmp if not any(k in p.parents for k in under_tmp)}
    old_tmp = os.open("/tmp", os.O_PATH)
    for folder in ("/tmp", "/dev/shm"):
        subprocess.run(["mount", "-t", "tmpfs", "-o", "mode=1777", "tmpfs", folder], check=True)
    for path in sorted(keep):
        path.mkdir(parents=True, exist_ok=True)
        source = f"/proc/{os.getpid()}/fd/{old_tmp}/{path.relative_to('/tmp')}"
        subprocess.run(["mount", "--no-canonicalize", "--bind", source, str(path)], check=True)
    return keep


def start_desktop(env: dict[str, str]) -> list[subprocess.Popen[bytes]]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as display:
        env["DISPLAY"] = f":{display.readline().strip()}"  # written once Xvfb is ready
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        env=env,
    )
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
    ready = Path("/tmp/wm-ready")
    os.mkfifo(ready)
    wm = subprocess.Popen(
        ["openbox", "--startup", f"sh -c 'echo ready > {ready}'"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert ready.read_text().strip() == "ready"  # openbox runs it once it manages windows
    return [wm, bus, xvfb]


def main() -> int:
    mode = sys.argv[1]
    keep = fresh_tmp()
    for folder in (HOME, USB, ETC / "parent-companion", ETC / "xdg-ubuntu"):
        folder.mkdir(parents=True, mode=0o755)
    for folder in (ETC, ETC / "parent-companion"):
        folder.chmod(0o755)
    runtime = Path("/tmp/runtime-patron")
    runtime.mkdir(mode=0o700)
    # What PowerShell or a careful admin writes: a byte-order mark, then the setting.
    policy = "\ufeffpublic_mode = true\n" if mode == "public" else "public_mode = false\n"
    (ETC / "parent-companion" / "policy.toml").write_text(policy, encoding="utf-8")
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(HOME),
        "USER": "patron",
        "LANG": "en_GB.UTF-8",
        "XDG_CURRENT_DESKTOP": "GNOME",  # so Qt loads its GTK 3 theme, as on a real desktop
        "XDG_SESSION_TYPE": "x11",
        "DESKTOP_SESSION": "ubuntu",
        "XDG_CONFIG_DIRS": f"{ETC / 'xdg-ubuntu'}:{ETC}",  # as Ubuntu's sessions set it
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    processes = start_desktop(env)
    try:
        before = snapshot(keep)
        result = subprocess.run(
            [sys.executable, str(SESSION), mode, str(USB)],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        after = snapshot(keep)
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
    # New paths, and files (not folders: their times change as entries come and go)
    # that changed. A folder is marked with a trailing "/".
    created = sorted(
        path + ("/" if info[0] else "")
        for path, info in after.items()
        if path not in before or (not info[0] and before[path] != info)
    )
    print("created:", json.dumps(created))
    print("saved:", json.dumps(sorted(p.name for p in USB.iterdir())))
    print(result.stdout)
    print(result.stderr, file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is missing")
    sys.exit(main())
