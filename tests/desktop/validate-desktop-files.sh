#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# The launcher and the AppStream metainfo pass their validators (issue 9): desktop-file-validate
# (desktop-file-utils) and appstreamcli (appstream), without network. Hints are shown, not fatal.
set -eu
resources=$1
for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing (tools/dev setup installs it)"; exit 1; }
done
desktop-file-validate "$resources/org.abusedesk.AbuseDesk.desktop"
appstreamcli validate --no-net --explain "$resources/org.abusedesk.AbuseDesk.metainfo.xml"
# The launcher names the icon and the MIME types the other files provide.
grep -q '^Icon=org.abusedesk.AbuseDesk$' "$resources/org.abusedesk.AbuseDesk.desktop"
grep -q '^MimeType=.*application/x-abusedesk-case;' "$resources/org.abusedesk.AbuseDesk.desktop"
grep -q 'type="application/x-abusedesk-case"' "$resources/org.abusedesk.AbuseDesk.mime.xml"
grep -q '<launchable type="desktop-id">org.abusedesk.AbuseDesk.desktop</launchable>' \
  "$resources/org.abusedesk.AbuseDesk.metainfo.xml"
echo "desktop file and metainfo are valid"
