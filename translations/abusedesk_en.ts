<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseStore</name>
    <message numerus="yes">
        <source>%n evidence item(s) linked</source>
        <translation>
            <numerusform>%n evidence item linked</numerusform>
            <numerusform>%n evidence items linked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) unlinked</source>
        <translation>
            <numerusform>%n evidence item unlinked</numerusform>
            <numerusform>%n evidence items unlinked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) spent</source>
        <translation>
            <numerusform>%n minute spent</numerusform>
            <numerusform>%n minutes spent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s): %1</source>
        <translation>
            <numerusform>%n minute: %1</numerusform>
            <numerusform>%n minutes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message numerus="yes">
        <source>%n item(s) acknowledged</source>
        <translation>
            <numerusform>%n item acknowledged</numerusform>
            <numerusform>%n items acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as noise</source>
        <translation>
            <numerusform>%n item marked as noise</numerusform>
            <numerusform>%n items marked as noise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) back in the queue</source>
        <translation>
            <numerusform>%n item back in the queue</numerusform>
            <numerusform>%n items back in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to %1</source>
        <translation>
            <numerusform>%n item attributed to %1</numerusform>
            <numerusform>%n items attributed to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 opened with %n item(s)</source>
        <translation>
            <numerusform>Case %1 opened with %n item</numerusform>
            <numerusform>Case %1 opened with %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attached to case %1</source>
        <translation>
            <numerusform>%n item attached to case %1</numerusform>
            <numerusform>%n items attached to case %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageQueue</name>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3: %4 % of %5 delivered</source>
        <translation>
            <numerusform>%n feedback report about %1 at %2%3: %4 % of %5 delivered</numerusform>
            <numerusform>%n feedback reports about %1 at %2%3: %4 % of %5 delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3</source>
        <translation>
            <numerusform>%n feedback report about %1 at %2%3</numerusform>
            <numerusform>%n feedback reports about %1 at %2%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CasesView</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ChecklistPanel</name>
    <message numerus="yes">
        <source>%n answer(s) recorded in the timeline.</source>
        <translation>
            <numerusform>%n answer recorded in the timeline.</numerusform>
            <numerusform>%n answers recorded in the timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::DashboardView</name>
    <message numerus="yes">
        <source>%n feedback report(s) of %1 in %2 (double-click to read one):</source>
        <translation>
            <numerusform>%n feedback report of %1 in %2 (double-click to read one):</numerusform>
            <numerusform>%n feedback reports of %1 in %2 (double-click to read one):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::EvidenceView</name>
    <message numerus="yes">
        <source>%n message(s) in this case database</source>
        <translation>
            <numerusform>%n message in this case database</numerusform>
            <numerusform>%n messages in this case database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::MainWindow</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::OpenCaseDialog</name>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::PortfolioView</name>
    <message numerus="yes">
        <source>%1 of %n customer(s) need attention: %2 above the complaint line (%3), %4 above the hard bounce line (%5), %6 rising, %7 costing more than they bring.</source>
        <translation>
            <numerusform>%1 of %n customer needs attention: %2 above the complaint line (%3), %4 above the hard bounce line (%5), %6 rising, %7 costing more than it brings.</numerusform>
            <numerusform>%1 of %n customers need attention: %2 above the complaint line (%3), %4 above the hard bounce line (%5), %6 rising, %7 costing more than they bring.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReportDialog</name>
    <message numerus="yes">
        <source>Every customer over %n day(s): who is above the lines, who is rising, who costs more than they bring.</source>
        <translation>
            <numerusform>Every customer over %n day: who is above the lines, who is rising, who costs more than they bring.</numerusform>
            <numerusform>Every customer over %n days: who is above the lines, who is rising, who costs more than they bring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s figures, charts, cases, complaints, opt-outs and decisions over %n day(s).</source>
        <translation>
            <numerusform>The customer&apos;s figures, charts, cases, complaints, opt-outs and decisions over %n day.</numerusform>
            <numerusform>The customer&apos;s figures, charts, cases, complaints, opt-outs and decisions over %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TemplateEditorDialog</name>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n error:</numerusform>
            <numerusform>%n errors:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TriageView</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::importing::ImportJobsModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expectations for %n message(s) and the logs</source>
        <translation>
            <numerusform>expectations for %n message and the logs</numerusform>
            <numerusform>expectations for %n messages and the logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery attempt(s)</source>
        <translation>
            <numerusform>%n delivery attempt</numerusform>
            <numerusform>%n delivery attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n opt-out</numerusform>
            <numerusform>%n opt-outs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed result(s)</source>
        <translation>
            <numerusform>%n seed result</numerusform>
            <numerusform>%n seed results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n listing</numerusform>
            <numerusform>%n listings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column mapping of %n column(s)</source>
        <translation>
            <numerusform>column mapping of %n column</numerusform>
            <numerusform>column mapping of %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored deliveries and opt-outs moved to another receiver; daily figures recounted.</source>
        <translation>
            <numerusform>%n stored delivery or opt-out moved to another receiver; daily figures recounted.</numerusform>
            <numerusform>%n stored deliveries and opt-outs moved to another receiver; daily figures recounted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n problem(s)</source>
        <translation>
            <numerusform> — %n problem</numerusform>
            <numerusform> — %n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
