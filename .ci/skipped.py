#!/usr/bin/env python3
"""skipped.py REPORT_DIR...: prints every test that the JUnit XML reports under the folders mark as skipped,
with the reason it gave, so that a skip is seen, not hidden in a count. Exits 1 when a test was skipped for a
reason CI must never have (an old JDK, a missing build): CI runs on JDK 25 with every artefact built."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

FORBIDDEN = ("JDK < 25", "built on JDK", "no distribution", "no AOT cache", "not built")

skipped, bad = [], []
for folder in sys.argv[1:]:
    for report in sorted(glob.glob(os.path.join(folder, "TEST-*.xml"))):
        for case in ET.parse(report).getroot().iter("testcase"):
            skip = case.find("skipped")
            if skip is None:
                continue
            text = skip.get("message") or (skip.text or "").strip()
            reason = text.splitlines()[0] if text else "no reason given"
            line = "%s.%s: %s" % (case.get("classname"), case.get("name"), reason)
            skipped.append(line)
            if any(words in reason for words in FORBIDDEN):
                bad.append(line)
print("ci: skipped tests: %d" % len(skipped))
for line in skipped:
    print("ci:   skipped " + line)
if bad:
    sys.exit("ci: tests skipped for a reason CI must not have:\n  " + "\n  ".join(bad))
