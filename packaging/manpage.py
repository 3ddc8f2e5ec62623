#!/usr/bin/env python3
"""packaging/manpage.py — writes matchbooth(1), gzipped, from the built binary's own --help output.

Usage: manpage.py MATCHBOOTH VERSION OUT.1   (writes OUT.1.gz; called after each link by app/CMakeLists.txt)

Generated rather than written so the page can never miss a subcommand or an option: it walks the
"Subcommands:" list of every --help (nested ones too, e.g. config set) and includes each help text verbatim.
The hand-written parts are the sections --help cannot know: config file, files, environment, exit status.
Run with HOME="~" so defaults that depend on the user read "~/.local/share/...", not the builder's home.
"""
import gzip
import os
import re
import subprocess
import sys

FILES = r"""
.TP
.I /etc/matchbooth/matchbooth.conf
Settings for the kiosk service (database, board output, idle timeout, printer).
Read by \fBmatchbooth \-\-config\fR \fIFILE\fR or when \fBMATCHBOOTH_CONFIG\fR names it.
One \fIkey\fR = \fIvalue\fR per line, the long option name without \fB\-\-\fR; strings in double quotes,
flags \fBtrue\fR or \fBfalse\fR, \fB#\fR starts a comment.
A key above any section applies to every subcommand that has that option (\fBdb\fR reaches kiosk, board,
import, checkin, ...); a key under \fB[kiosk]\fR (or \fB[board]\fR, \fB[badge]\fR, \fB[config.set]\fR ...)
applies to that subcommand only and wins over a shared key. The command line wins over the file.
An unknown key is an error.
.TP
.I /var/lib/matchbooth/
The kiosk service's data (its SQLite event database by default), owned by the \fBmatchbooth\fR user.
.TP
.I ~/.local/share/matchbooth/matchbooth.db
The default event database for a user running matchbooth without \fB\-\-db\fR.
.TP
.I /lib/systemd/system/matchbooth\-kiosk.service
Runs the kiosk full screen under \fBcage\fR(1) on tty1 at boot once enabled; restarts it if it fails.
.TP
.I /lib/systemd/system/matchbooth\-board.service
The same for a PC that only shows the live board.
"""

ENVIRONMENT = r"""
.TP
.B MATCHBOOTH_CONFIG
Config file read when \fB\-\-config\fR is not given (it must then exist).
.TP
.B XDG_DATA_HOME
Folder for the default database (default \fI~/.local/share\fR).
.TP
.B MATCHBOOTH_FONT_DIR
Folder with the Inter font files (default \fI/usr/share/fonts/opentype/inter\fR, package fonts\-inter).
"""

EXIT_STATUS = r"""
.TP
.B 0
Success (for the kiosk: the window was closed or the organizer left kiosk mode).
.TP
.B 1
The command ran but failed; one line on standard error says why.
.TP
.B 2
The command line or the config file was wrong.
.TP
.B 3
kiosk, board: no display to open a window on.
"""


def help_text(binary, path):
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_DATA_HOME", "MATCHBOOTH_CONFIG")}
    env["HOME"] = "~"
    out = subprocess.run([binary, *path, "--help"], env=env, check=True, capture_output=True, text=True)
    return out.stdout.rstrip("\n")


def subcommands(text):
    """Names listed under "Subcommands:" (two-space indent, name, then at least two spaces or a newline)."""
    names, inside = [], False
    for line in text.splitlines():
        if line.rstrip().endswith("ubcommands:"):
            inside = True
        elif inside and re.match(r"^  \S", line):
            names.append(line.split()[0])
        elif inside and line and not line.startswith("   "):
            inside = False
    return names


def roff(text):
    """Verbatim text as roff: escape backslashes and minus signs, keep lines from being read as requests."""
    lines = []
    for line in text.splitlines():
        line = line.replace("\\", "\\e").replace("-", "\\-").replace("\u2014", "\\(em").replace("\u2013", "\\(en")
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def walk(binary, path, out):
    text = help_text(binary, path)
    if path:
        out.append('.SS "matchbooth %s"' % " ".join(path))
        out.append(".nf\n" + roff(text) + "\n.fi")
    for name in subcommands(text):
        walk(binary, [*path, name], out)
    return text


def main():
    binary, version, out_path = sys.argv[1:4]
    sections = []
    root = walk(binary, [], sections)
    page = [
        '.TH MATCHBOOTH 1 "" "matchbooth %s" "User Commands"' % version,
        ".SH NAME",
        "matchbooth \\- touchscreen check\\-in and live mentor matching for mentoring mixers",
        ".SH SYNOPSIS",
        ".B matchbooth",
        "[\\fB\\-\\-config\\fR \\fIFILE\\fR] [\\fISUBCOMMAND\\fR] [\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        ".nf\n" + roff(root) + "\n.fi",
        ".SH SUBCOMMANDS",
        "Every subcommand prints the same text with \\fB\\-\\-help\\fR.",
        *sections,
        ".SH FILES" + FILES.rstrip(),
        ".SH ENVIRONMENT" + ENVIRONMENT.rstrip(),
        ".SH EXIT STATUS" + EXIT_STATUS.rstrip(),
        ".SH SEE ALSO",
        "\\fBcage\\fR(1), \\fBsystemctl\\fR(1), \\fBlpstat\\fR(1)",
    ]
    data = ("\n".join(page) + "\n").encode("utf-8")
    os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
    # mtime=0 and no file name in the header: the same input gives the same bytes (lintian, reproducible builds).
    with open(out_path + ".gz", "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz:
            gz.write(data)


if __name__ == "__main__":
    main()
