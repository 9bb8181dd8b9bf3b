<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AcknowledgementClock</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Customer named by the log</source>
        <translation>Im Log genannter Kunde</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>Source-IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>DKIM d= domain</source>
        <translation>DKIM-d=-Domain</translation>
    </message>
    <message>
        <source>Return-Path domain</source>
        <translation>Return-Path-Domain</translation>
    </message>
    <message>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>From-Domain</translation>
    </message>
    <message>
        <source>Written by a customer&apos;s contact</source>
        <translation>Von einem Kontakt des Kunden geschrieben</translation>
    </message>
    <message>
        <source>Named in the text</source>
        <translation>Im Text genannt</translation>
    </message>
    <message>
        <source>a header rule needs the header&apos;s name</source>
        <translation>eine Header-Regel braucht den Namen des Headers</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at character %2)</source>
        <translation>das Muster ist kein gültiger regulärer Ausdruck: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>the pattern must have at most one capture, it has %1</source>
        <translation>das Muster darf höchstens eine Gruppe (Capture) haben, es hat %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (in %1)</translation>
    </message>
    <message>
        <source>%1 %2%3 is held by %4</source>
        <translation>%1 %2%3 ist %4 zugeordnet</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 from %5</source>
        <translation>%1 %2%3 war ab %5 %4 zugeordnet</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 until %5</source>
        <translation>%1 %2%3 war bis %5 %4 zugeordnet</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 from %5 until %6</source>
        <translation>%1 %2%3 war von %5 bis %6 %4 zugeordnet</translation>
    </message>
    <message>
        <source>, shared with other customers</source>
        <translation>, gemeinsam mit anderen Kunden genutzt</translation>
    </message>
    <message>
        <source>; the mail was sent on %1</source>
        <translation>; die Mail wurde am %1 gesendet</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 nennt %2</translation>
    </message>
    <message>
        <source>The log names customer %1, %2&apos;s value of %3</source>
        <translation>Das Log nennt Kunde %1, Wert %3 von %2</translation>
    </message>
    <message>
        <source>The log names customer %1, the id of %2</source>
        <translation>Das Log nennt Kunde %1, die ID von %2</translation>
    </message>
    <message>
        <source>%1 carries %2, which identifies %3</source>
        <translation>%1 enthält %2, das %3 identifiziert</translation>
    </message>
    <message>
        <source>Written by %1, a contact of %2</source>
        <translation>Geschrieben von %1, einem Kontakt von %2</translation>
    </message>
    <message>
        <source>The text names %1, a domain of %2</source>
        <translation>Der Text nennt %1, eine Domain von %2</translation>
    </message>
    <message>
        <source> (registered: %1)</source>
        <translation> (registriert: %1)</translation>
    </message>
    <message>
        <source>%1 %2 belongs to %3%4</source>
        <translation>%1 %2 gehört zu %3%4</translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation> (Regel %1)</translation>
    </message>
    <message>
        <source>No rule names one customer.</source>
        <translation>Keine Regel nennt genau einen Kunden.</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Widerspruch: %1</translation>
    </message>
    <message>
        <source>Not decisive: %1</source>
        <translation>Nicht entscheidend: %1</translation>
    </message>
    <message>
        <source>Customer in the log</source>
        <translation>Kunde im Log</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation>DKIM d=</translation>
    </message>
    <message>
        <source>Return-Path</source>
        <translation>Return-Path</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>Domains named in the text</source>
        <translation>Im Text genannte Domains</translation>
    </message>
    <message>
        <source>Addresses named in the text</source>
        <translation>Im Text genannte Adressen</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
</context>
<context>
    <name>AttributionQueries</name>
    <message>
        <source>Attributed to %1 by hand by %2</source>
        <translation>Von %2 manuell %1 zugeordnet</translation>
    </message>
</context>
<context>
    <name>AttributionRun</name>
    <message>
        <source>attribution stopped</source>
        <translation>Zuordnung abgebrochen</translation>
    </message>
    <message>
        <source>cannot save the attributions: %1</source>
        <translation>die Zuordnungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read or save attributions: %1</source>
        <translation>Zuordnungen können nicht gelesen oder gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hardbounces</translation>
    </message>
    <message>
        <source>Spam bounces</source>
        <translation>Spam-Bounces</translation>
    </message>
    <message>
        <source>Direct complaint</source>
        <translation>Direkte Beschwerde</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>Eskalierte Beschwerde</translation>
    </message>
    <message>
        <source>Blocklist listing</source>
        <translation>Blocklisteneintrag</translation>
    </message>
    <message>
        <source>Spam trap</source>
        <translation>Spamfalle</translation>
    </message>
    <message>
        <source>Unsubscribe failure</source>
        <translation>Abmeldung funktioniert nicht</translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation>Gekaufte Liste</translation>
    </message>
    <message>
        <source>Mailing after opt-out</source>
        <translation>Versand nach Opt-out</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Rechtliches</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Educated</source>
        <translation>Aufgeklärt</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Verwarnt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Maßnahme</translation>
    </message>
    <message>
        <source>1 – critical</source>
        <translation>1 – kritisch</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – hoch</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – mittel</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – niedrig</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>es gibt keinen Fall %1</translation>
    </message>
    <message>
        <source>unknown case category &quot;%1&quot;</source>
        <translation>unbekannte Fallkategorie „%1“</translation>
    </message>
    <message>
        <source>the severity must be 1 to 4, not %1</source>
        <translation>der Schweregrad muss 1 bis 4 sein, nicht %1</translation>
    </message>
    <message>
        <source>Case opened: %1, severity %2</source>
        <translation>Fall eröffnet: %1, Schweregrad %2</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) linked</source>
        <translation>
            <numerusform>%n Beleg verknüpft</numerusform>
            <numerusform>%n Belege verknüpft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) unlinked</source>
        <translation>
            <numerusform>%n Beleg-Verknüpfung gelöst</numerusform>
            <numerusform>%n Beleg-Verknüpfungen gelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>die Notiz ist leer</translation>
    </message>
    <message>
        <source>a communication goes &quot;in&quot; or &quot;out&quot;, not &quot;%1&quot;</source>
        <translation>eine Kommunikation ist „in“ (eingehend) oder „out“ (ausgehend), nicht „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown case status &quot;%1&quot;</source>
        <translation>unbekannter Fallstatus „%1“</translation>
    </message>
    <message>
        <source>a %1 case needs an outcome (%2)</source>
        <translation>ein Fall mit Status %1 braucht ein Ergebnis (%2)</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>unbekanntes Ergebnis „%1“</translation>
    </message>
    <message>
        <source>Status: %1 → %2 (%3)</source>
        <translation>Status: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>Schweregrad: %1 → %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>time spent must be at least one minute</source>
        <translation>der Zeitaufwand muss mindestens eine Minute betragen</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) spent</source>
        <translation>
            <numerusform>%n Minute aufgewendet</numerusform>
            <numerusform>%n Minuten aufgewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s): %1</source>
        <translation>
            <numerusform>%n Minute: %1</numerusform>
            <numerusform>%n Minuten: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintChecklist</name>
    <message>
        <source>Unsubscribe header in the original</source>
        <translation>Abmelde-Header im Original</translation>
    </message>
    <message>
        <source>One-click unsubscribe (RFC 8058)</source>
        <translation>Abmeldung mit einem Klick (RFC 8058)</translation>
    </message>
    <message>
        <source>More mail than they signed up for?</source>
        <translation>Mehr Mails als abonniert?</translation>
    </message>
    <message>
        <source>Mail they got from the customer: how much, when, which campaigns</source>
        <translation>Mails des Kunden an den Empfänger: wie viele, wann, welche Kampagnen</translation>
    </message>
    <message>
        <source>Earlier opt-outs or complaints by the address</source>
        <translation>Frühere Opt-outs oder Beschwerden der Adresse</translation>
    </message>
    <message>
        <source>Consumer or corporate recipient</source>
        <translation>Privat- oder Firmenempfänger</translation>
    </message>
    <message>
        <source>Verifiable opt-in (source, date, IP, confirmation)</source>
        <translation>Nachweisbares Opt-in (Quelle, Datum, IP, Bestätigung)</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>confirmation: %1</source>
        <translation>Bestätigung: %1</translation>
    </message>
    <message>
        <source>not known: the complaint does not carry the original message&apos;s headers</source>
        <translation>unbekannt: die Beschwerde enthält die Header der ursprünglichen Nachricht nicht</translation>
    </message>
    <message>
        <source>no: the original has no List-Unsubscribe header</source>
        <translation>nein: das Original hat keinen List-Unsubscribe-Header</translation>
    </message>
    <message>
        <source>no: without List-Unsubscribe there is no one-click unsubscribe</source>
        <translation>nein: ohne List-Unsubscribe gibt es keine Abmeldung mit einem Klick</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>ja: %1</translation>
    </message>
    <message>
        <source>yes: List-Unsubscribe-Post with an HTTPS URI, both headers signed by DKIM</source>
        <translation>ja: List-Unsubscribe-Post mit einer HTTPS-URI, beide Header mit DKIM signiert</translation>
    </message>
    <message>
        <source>no: List-Unsubscribe-Post is missing, or DKIM does not sign both headers</source>
        <translation>nein: List-Unsubscribe-Post fehlt, oder DKIM signiert nicht beide Header</translation>
    </message>
    <message>
        <source>no: List-Unsubscribe has no HTTPS URI</source>
        <translation>nein: List-Unsubscribe hat keine HTTPS-URI</translation>
    </message>
    <message>
        <source>not known: the complaint does not say which address got the mail</source>
        <translation>unbekannt: die Beschwerde sagt nicht, welche Adresse die Mail erhalten hat</translation>
    </message>
    <message>
        <source>consumer mailbox provider (%1, %2)</source>
        <translation>Privatkunden-Mailbox-Provider (%1, %2)</translation>
    </message>
    <message>
        <source>corporate or unlisted domain (%1)</source>
        <translation>Firmendomain oder nicht gelistete Domain (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 delivered) from %3 to %4, %5</source>
        <translation>%1 (%2 zugestellt) vom %3 bis %4, %5</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>; no campaign named in the logs</source>
        <translation>; keine Kampagne in den Logs genannt</translation>
    </message>
    <message>
        <source>; campaigns: %1</source>
        <translation>; Kampagnen: %1</translation>
    </message>
    <message>
        <source>no mail from this customer to the address in the imported logs</source>
        <translation>keine Mails dieses Kunden an die Adresse in den importierten Logs</translation>
    </message>
    <message>
        <source>no mail to the address in the imported logs</source>
        <translation>keine Mails an die Adresse in den importierten Logs</translation>
    </message>
    <message>
        <source>%1 opt-out</source>
        <translation>%1 Opt-out</translation>
    </message>
    <message>
        <source>%1 opt-outs</source>
        <translation>%1 Opt-outs</translation>
    </message>
    <message>
        <source>, the first on %1</source>
        <translation>, das erste am %1</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaint</source>
        <translation>%1 Feedback-Loop-Beschwerde</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints</source>
        <translation>%1 Feedback-Loop-Beschwerden</translation>
    </message>
    <message>
        <source>%1 written complaint or unsubscribe request</source>
        <translation>%1 schriftliche Beschwerde oder Abmeldebitte</translation>
    </message>
    <message>
        <source>%1 written complaints or unsubscribe requests</source>
        <translation>%1 schriftliche Beschwerden oder Abmeldebitten</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>; %1 sent to the address after that</source>
        <translation>; %1 danach an die Adresse gesendet</translation>
    </message>
</context>
<context>
    <name>CustomerCsv</name>
    <message>
        <source>empty address</source>
        <translation>leere Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR range</source>
        <translation>„%1“ ist keine IP-Adresse und kein CIDR-Bereich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a validity period (FROM..UNTIL, days as YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Gültigkeitszeitraum (VON..BIS, Tage als JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the period %1 ends before it starts</source>
        <translation>der Zeitraum %1 endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>not a customers file: the first line must name the columns, among them id, name and at least one identifier column (sending_ips, dkim_domains, from_domains, return_path_domains, domains, x_customer_id or header:NAME)</source>
        <translation>keine Kundendatei: die erste Zeile muss die Spalten benennen, darunter id, name und mindestens eine Kennungsspalte (sending_ips, dkim_domains, from_domains, return_path_domains, domains, x_customer_id oder header:NAME)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, warned, suspended or terminated)</source>
        <translation>„%1“ ist kein Status (active, warned, suspended oder terminated)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ladder step (0 to 4)</source>
        <translation>„%1“ ist keine Eskalationsstufe (0 bis 4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (like 1250.00)</source>
        <translation>„%1“ ist kein Betrag (wie 1250.00)</translation>
    </message>
    <message>
        <source>the customer has no name</source>
        <translation>der Kunde hat keinen Namen</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field</source>
        <translation>die Datei endet innerhalb eines Feldes in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot save customer %1: %2</source>
        <translation>Kunde %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Set by the customers file %1</source>
        <translation>Aus der Kundendatei %1 übernommen</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>warned</source>
        <translation>verwarnt</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>gekündigt</translation>
    </message>
    <message>
        <source>Good standing</source>
        <translation>Ohne Beanstandung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Verwarnung</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>A confirmed problem: a case that ends in education or worse</source>
        <translation>Ein bestätigtes Problem: ein Fall, der mit Aufklärung oder Schwererem endet</translation>
    </message>
    <message>
        <source>the ladder has steps 0 to %1, not %2</source>
        <translation>die Eskalationsleiter hat die Stufen 0 bis %1, nicht %2</translation>
    </message>
    <message>
        <source>unknown customer status &quot;%1&quot;</source>
        <translation>unbekannter Kundenstatus „%1“</translation>
    </message>
    <message>
        <source>a decision needs a reason</source>
        <translation>eine Entscheidung braucht eine Begründung</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>Ladder: %1 → %2, customer %3. %4</source>
        <translation>Eskalationsleiter: %1 → %2, Kunde %3. %4</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>all %1 customers sending from %2 to %3 had their mail refused as spam: %4 of %5 messages (%6 %): the reputation of the address, not one customer&apos;s mail</source>
        <translation>bei allen %1 Kunden, die von %2 an %3 sendeten, wurden die Mails als Spam abgelehnt: %4 von %5 Nachrichten (%6 %): die Reputation der Adresse, nicht die Mails eines einzelnen Kunden</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints on %2 delivered messages: %3 %, above the %4 % line</source>
        <translation>%1 Feedback-Loop-Beschwerden auf %2 zugestellte Nachrichten: %3 %, über dem Grenzwert von %4 %</translation>
    </message>
    <message>
        <source>%1 hard bounces (unknown users and domains) of %2 messages: %3 %, above the %4 % line</source>
        <translation>%1 Hardbounces (unbekannte Benutzer und Domains) von %2 Nachrichten: %3 %, über dem Grenzwert von %4 %</translation>
    </message>
    <message>
        <source>other customers sending from the same addresses to %1 were fine (%2 of %3 refused): likely its content or its domains</source>
        <translation>andere Kunden, die von denselben Adressen an %1 sendeten, hatten keine Probleme (%2 von %3 abgelehnt): wahrscheinlich liegt es an den Inhalten oder Domains des Kunden</translation>
    </message>
    <message>
        <source>other customers sending from the same addresses to %1 were refused too (%2 of %3)</source>
        <translation>andere Kunden, die von denselben Adressen an %1 sendeten, wurden ebenfalls abgelehnt (%2 von %3)</translation>
    </message>
    <message>
        <source>no other customer sent from the same addresses to %1</source>
        <translation>kein anderer Kunde hat von denselben Adressen an %1 gesendet</translation>
    </message>
    <message>
        <source>the logs do not name the addresses it sent from</source>
        <translation>die Logs nennen die Adressen nicht, von denen gesendet wurde</translation>
    </message>
    <message>
        <source>%1 of %2 messages to %3 were refused as spam: %4 %, above the %5 % line; %6</source>
        <translation>%1 von %2 Nachrichten an %3 wurden als Spam abgelehnt: %4 %, über dem Grenzwert von %5 %; %6</translation>
    </message>
    <message>
        <source>%1, which it held, listed on %2 in the period</source>
        <translation>%1, die dem Kunden zugeordnet war, im Zeitraum auf %2 gelistet</translation>
    </message>
    <message>
        <source>its mail reached spam traps: %1 blocklist listings and %2 notices or reports say so</source>
        <translation>die Mails des Kunden erreichten Spamfallen: %1 Blocklisteneinträge und %2 Hinweise oder Reports belegen das</translation>
    </message>
    <message>
        <source>%1 messages reached recipients after they had opted out</source>
        <translation>%1 Nachrichten erreichten Empfänger, nachdem sie sich abgemeldet hatten (Opt-out)</translation>
    </message>
    <message>
        <source>%1 messages reached recipients after they had complained (%2 complaints, through a feedback loop or in writing)</source>
        <translation>%1 Nachrichten erreichten Empfänger, nachdem sie sich beschwert hatten (%2 Beschwerden, über einen Feedback-Loop oder schriftlich)</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>there is no case %1</source>
        <translation>es gibt keinen Fall %1</translation>
    </message>
    <message>
        <source>the case has no complaint to answer: “%1” is written to a complainant</source>
        <translation>der Fall hat keine Beschwerde, die zu beantworten wäre: „%1“ richtet sich an einen Beschwerdeführer</translation>
    </message>
    <message>
        <source>the case has no customer yet: “%1” is written to a list owner (attribute the case first)</source>
        <translation>der Fall hat noch keinen Kunden: „%1“ richtet sich an einen Listeninhaber (ordnen Sie den Fall zuerst zu)</translation>
    </message>
    <message>
        <source>the complainant</source>
        <translation>den Beschwerdeführer</translation>
    </message>
    <message>
        <source>the list owner</source>
        <translation>den Listeninhaber</translation>
    </message>
    <message>
        <source>Reply to %1: “%2” (%3)</source>
        <translation>Antwort an %1: „%2“ (%3)</translation>
    </message>
</context>
<context>
    <name>ReplyContext</name>
    <message>
        <source>The abuse desk, as it signs</source>
        <translation>Der Abuse-Desk, wie er unterschreibt</translation>
    </message>
    <message>
        <source>The desk&apos;s address (the role account the complaint reached)</source>
        <translation>Die Adresse des Desks (die Rollenadresse, bei der die Beschwerde einging)</translation>
    </message>
    <message>
        <source>The analyst who writes</source>
        <translation>Der schreibende Analyst</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Heutiges Datum</translation>
    </message>
    <message>
        <source>The date the list owner must act by</source>
        <translation>Das Datum, bis zu dem der Listeninhaber handeln muss</translation>
    </message>
    <message>
        <source>Days until the deadline</source>
        <translation>Tage bis zur Frist</translation>
    </message>
    <message>
        <source>True when the complainant&apos;s details are withheld</source>
        <translation>Wahr, wenn die Angaben des Beschwerdeführers zurückgehalten werden</translation>
    </message>
    <message>
        <source>The customer (list owner)</source>
        <translation>Der Kunde (Listeninhaber)</translation>
    </message>
    <message>
        <source>The customer&apos;s id in the sender&apos;s systems</source>
        <translation>Die Kennung des Kunden in den Systemen des Versenders</translation>
    </message>
    <message>
        <source>Active, warned, suspended or terminated</source>
        <translation>Aktiv, verwarnt, gesperrt oder gekündigt</translation>
    </message>
    <message>
        <source>Where the customer stands on the escalation ladder</source>
        <translation>Wo der Kunde auf der Eskalationsleiter steht</translation>
    </message>
    <message>
        <source>The next ladder step (empty at the top)</source>
        <translation>Die nächste Eskalationsstufe (leer auf der obersten Stufe)</translation>
    </message>
    <message>
        <source>What moves the customer to the next step</source>
        <translation>Was den Kunden auf die nächste Stufe bringt</translation>
    </message>
    <message>
        <source>The case number</source>
        <translation>Die Fallnummer</translation>
    </message>
    <message>
        <source>&quot;case 12&quot;, for subjects</source>
        <translation>„Fall 12“, für Betreffzeilen</translation>
    </message>
    <message>
        <source>The case&apos;s title</source>
        <translation>Der Titel des Falls</translation>
    </message>
    <message>
        <source>The problem, in words</source>
        <translation>Das Problem, in Worten</translation>
    </message>
    <message>
        <source>The severity, in words</source>
        <translation>Der Schweregrad, in Worten</translation>
    </message>
    <message>
        <source>When the case was opened</source>
        <translation>Wann der Fall eröffnet wurde</translation>
    </message>
    <message>
        <source>First day of the figures&apos; period</source>
        <translation>Erster Tag des Kennzahlenzeitraums</translation>
    </message>
    <message>
        <source>Last day of the figures&apos; period</source>
        <translation>Letzter Tag des Kennzahlenzeitraums</translation>
    </message>
    <message>
        <source>Days in the period</source>
        <translation>Tage im Zeitraum</translation>
    </message>
    <message>
        <source>Mail sent in the period (delivered or bounced)</source>
        <translation>Im Zeitraum gesendete Mails (zugestellt oder gebounct)</translation>
    </message>
    <message>
        <source>Mail delivered in the period</source>
        <translation>Im Zeitraum zugestellte Mails</translation>
    </message>
    <message>
        <source>Feedback-loop complaints in the period</source>
        <translation>Feedback-Loop-Beschwerden im Zeitraum</translation>
    </message>
    <message>
        <source>Complaints ÷ delivered, as a percentage</source>
        <translation>Beschwerden ÷ zugestellt, in Prozent</translation>
    </message>
    <message>
        <source>The policy&apos;s complaint-rate line</source>
        <translation>Der Grenzwert der Richtlinie für die Beschwerdequote</translation>
    </message>
    <message>
        <source>True when the complaint rate is above the line</source>
        <translation>Wahr, wenn die Beschwerdequote über dem Grenzwert liegt</translation>
    </message>
    <message>
        <source>Hard bounces in the period</source>
        <translation>Hardbounces im Zeitraum</translation>
    </message>
    <message>
        <source>Hard bounces ÷ sent, as a percentage</source>
        <translation>Hardbounces ÷ gesendet, in Prozent</translation>
    </message>
    <message>
        <source>The policy&apos;s hard-bounce line</source>
        <translation>Der Grenzwert der Richtlinie für Hardbounces</translation>
    </message>
    <message>
        <source>True when the hard-bounce rate is above the line</source>
        <translation>Wahr, wenn die Hardbounce-Quote über dem Grenzwert liegt</translation>
    </message>
    <message>
        <source>Bounces refused as spam in the period</source>
        <translation>Als Spam abgelehnte Bounces im Zeitraum</translation>
    </message>
    <message>
        <source>Opt-outs in the period</source>
        <translation>Opt-outs im Zeitraum</translation>
    </message>
    <message>
        <source>The recipient&apos;s address (withheld unless included)</source>
        <translation>Die Adresse des Empfängers (zurückgehalten, sofern nicht einbezogen)</translation>
    </message>
    <message>
        <source>Consumer mailbox or corporate domain</source>
        <translation>Privat-Mailbox oder Firmendomain</translation>
    </message>
    <message>
        <source>True when the case has a written complaint</source>
        <translation>Wahr, wenn der Fall eine schriftliche Beschwerde enthält</translation>
    </message>
    <message>
        <source>When the complaint arrived</source>
        <translation>Wann die Beschwerde einging</translation>
    </message>
    <message>
        <source>The complaint&apos;s subject</source>
        <translation>Der Betreff der Beschwerde</translation>
    </message>
    <message>
        <source>The complaint&apos;s words, quoted (details withheld)</source>
        <translation>Der Wortlaut der Beschwerde, zitiert (Angaben zurückgehalten)</translation>
    </message>
    <message>
        <source>True when the complained-about message is known</source>
        <translation>Wahr, wenn die beanstandete Nachricht bekannt ist</translation>
    </message>
    <message>
        <source>Its subject</source>
        <translation>Ihr Betreff</translation>
    </message>
    <message>
        <source>When it was sent</source>
        <translation>Wann sie gesendet wurde</translation>
    </message>
    <message>
        <source>Its campaign (empty when unknown)</source>
        <translation>Ihre Kampagne (leer, wenn unbekannt)</translation>
    </message>
    <message>
        <source>Mail the recipient got from the customer</source>
        <translation>Mails, die der Empfänger vom Kunden erhalten hat</translation>
    </message>
    <message>
        <source>The first of it</source>
        <translation>Die erste davon</translation>
    </message>
    <message>
        <source>The last of it</source>
        <translation>Die letzte davon</translation>
    </message>
    <message>
        <source>Its campaigns</source>
        <translation>Ihre Kampagnen</translation>
    </message>
    <message>
        <source>Checklist: List-Unsubscribe in the original</source>
        <translation>Checkliste: List-Unsubscribe im Original</translation>
    </message>
    <message>
        <source>Checklist: one-click unsubscribe (RFC 8058)</source>
        <translation>Checkliste: Abmeldung mit einem Klick (RFC 8058)</translation>
    </message>
    <message>
        <source>Checklist: more mail than signed up for</source>
        <translation>Checkliste: mehr Mails als abonniert</translation>
    </message>
    <message>
        <source>Checklist: mail to the recipient, span, campaigns</source>
        <translation>Checkliste: Mails an den Empfänger, Zeitraum, Kampagnen</translation>
    </message>
    <message>
        <source>Checklist: earlier opt-outs and complaints</source>
        <translation>Checkliste: frühere Opt-outs und Beschwerden</translation>
    </message>
    <message>
        <source>Checklist: consumer or corporate</source>
        <translation>Checkliste: privat oder geschäftlich</translation>
    </message>
    <message>
        <source>Checklist: the opt-in evidence found</source>
        <translation>Checkliste: gefundene Opt-in-Nachweise</translation>
    </message>
    <message>
        <source>The case&apos;s reports (a list, newest last)</source>
        <translation>Die Reports des Falls (eine Liste, neueste zuletzt)</translation>
    </message>
    <message>
        <source>A report: when it arrived</source>
        <translation>Ein Report: wann er einging</translation>
    </message>
    <message>
        <source>A report: what it is</source>
        <translation>Ein Report: was er ist</translation>
    </message>
    <message>
        <source>A report: the subject of the mail it is about</source>
        <translation>Ein Report: der Betreff der betroffenen Mail</translation>
    </message>
    <message>
        <source>The customer&apos;s blocklist listings (a list)</source>
        <translation>Die Blocklisteneinträge des Kunden (eine Liste)</translation>
    </message>
    <message>
        <source>A listing: the blocklist</source>
        <translation>Ein Eintrag: die Blockliste</translation>
    </message>
    <message>
        <source>A listing: the address or domain listed</source>
        <translation>Ein Eintrag: die gelistete Adresse oder Domain</translation>
    </message>
    <message>
        <source>A listing: since when</source>
        <translation>Ein Eintrag: seit wann</translation>
    </message>
    <message>
        <source>A listing: removed on (empty while listed)</source>
        <translation>Ein Eintrag: entfernt am (leer, solange gelistet)</translation>
    </message>
    <message>
        <source>(date not known)</source>
        <translation>(Datum unbekannt)</translation>
    </message>
    <message>
        <source>feedback-loop complaint</source>
        <translation>Feedback-Loop-Beschwerde</translation>
    </message>
    <message>
        <source>written complaint</source>
        <translation>schriftliche Beschwerde</translation>
    </message>
    <message>
        <source>escalated complaint</source>
        <translation>eskalierte Beschwerde</translation>
    </message>
    <message>
        <source>blocklist notice</source>
        <translation>Blocklisten-Hinweis</translation>
    </message>
    <message>
        <source>unsubscribe request</source>
        <translation>Abmeldebitte</translation>
    </message>
    <message>
        <source>[address withheld]</source>
        <translation>[Adresse zurückgehalten]</translation>
    </message>
    <message>
        <source>[name withheld]</source>
        <translation>[Name zurückgehalten]</translation>
    </message>
    <message>
        <source>The abuse desk</source>
        <translation>Der Abuse-Desk</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(noch kein Kunde)</translation>
    </message>
    <message>
        <source>not measured (no mail delivered)</source>
        <translation>nicht gemessen (keine Mails zugestellt)</translation>
    </message>
    <message>
        <source>not measured (no mail sent)</source>
        <translation>nicht gemessen (keine Mails gesendet)</translation>
    </message>
    <message>
        <source>(no complaint)</source>
        <translation>(keine Beschwerde)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(no complainant)</source>
        <translation>(kein Beschwerdeführer)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>a consumer mailbox (%1)</source>
        <translation>eine Privat-Mailbox (%1)</translation>
    </message>
    <message>
        <source>a company or other domain</source>
        <translation>ein Unternehmen oder eine andere Domain</translation>
    </message>
    <message>
        <source>(no mail found)</source>
        <translation>(keine Mails gefunden)</translation>
    </message>
    <message>
        <source>no campaign named</source>
        <translation>keine Kampagne genannt</translation>
    </message>
    <message>
        <source>campaigns %1</source>
        <translation>Kampagnen %1</translation>
    </message>
    <message>
        <source>Abuse Desk</source>
        <translation>Abuse-Desk</translation>
    </message>
    <message>
        <source>(no desk address)</source>
        <translation>(keine Desk-Adresse)</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: unknown placeholder “%3”</source>
        <translation>%1, Zeile %2: unbekannter Platzhalter „%3“</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Subject: more than one line</source>
        <translation>Betreff: mehr als eine Zeile</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>no empty line between the header lines and the body</source>
        <translation>keine Leerzeile zwischen den Kopfzeilen und dem Text</translation>
    </message>
    <message>
        <source>line %1 is not &quot;Field: value&quot;</source>
        <translation>Zeile %1 hat nicht die Form „Feld: Wert“</translation>
    </message>
    <message>
        <source>line %1: unknown field &quot;%2&quot; (Name, Title, Audience, Categories, Subject)</source>
        <translation>Zeile %1: unbekanntes Feld „%2“ (Name, Title, Audience, Categories, Subject)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is not lower-case letters, digits and dashes</source>
        <translation>der Name „%1“ besteht nicht nur aus Kleinbuchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>the template has no title</source>
        <translation>die Vorlage hat keinen Titel</translation>
    </message>
    <message>
        <source>the audience &quot;%1&quot; is neither &quot;complainant&quot; nor &quot;list-owner&quot;</source>
        <translation>die Zielgruppe „%1“ ist weder „complainant“ noch „list-owner“</translation>
    </message>
    <message>
        <source>unknown case category &quot;%1&quot;</source>
        <translation>unbekannte Fallkategorie „%1“</translation>
    </message>
    <message>
        <source>the template has no subject</source>
        <translation>die Vorlage hat keinen Betreff</translation>
    </message>
    <message>
        <source>the template has no body</source>
        <translation>die Vorlage hat keinen Text</translation>
    </message>
</context>
<context>
    <name>ReplyTemplateStore</name>
    <message>
        <source>the template could not be saved: %1</source>
        <translation>die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ships with the program: it can be reset, not removed</source>
        <translation>„%1“ wird mit dem Programm ausgeliefert: sie kann zurückgesetzt, aber nicht entfernt werden</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;</source>
        <translation>es gibt keine Vorlage „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shipped template</source>
        <translation>„%1“ ist keine mitgelieferte Vorlage</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a reply template: %2</source>
        <translation>%1 ist keine Antwortvorlage: %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>[redacted]</source>
        <translation>[geschwärzt]</translation>
    </message>
    <message>
        <source>complaints above the line</source>
        <translation>Beschwerden über dem Grenzwert</translation>
    </message>
    <message>
        <source>hard bounces above the line</source>
        <translation>Hardbounces über dem Grenzwert</translation>
    </message>
    <message>
        <source>complaints rising</source>
        <translation>Beschwerden steigen</translation>
    </message>
    <message>
        <source>costs more than it brings</source>
        <translation>kostet mehr, als er einbringt</translation>
    </message>
    <message>
        <source>the period is not valid: it needs a first and a last day, the first not after the last</source>
        <translation>der Zeitraum ist ungültig: er braucht einen ersten und einen letzten Tag, der erste nicht nach dem letzten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 Std.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>pro Woche (ab Montag)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message>
        <source>the case database could not be read: %1</source>
        <translation>die Falldatenbank konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Issue history: %1</source>
        <translation>Verlauf der Probleme: %1</translation>
    </message>
    <message>
        <source>For the customer: internal notes, time and costs left out; complainants&apos; addresses redacted.</source>
        <translation>Für den Kunden: interne Notizen, Zeiten und Kosten ausgelassen; Adressen der Beschwerdeführer geschwärzt.</translation>
    </message>
    <message>
        <source>For management: internal; includes notes, time, costs and revenue.</source>
        <translation>Für die Geschäftsleitung: intern; mit Notizen, Zeiten, Kosten und Umsatz.</translation>
    </message>
    <message>
        <source>Period: %1 (figures %2)</source>
        <translation>Zeitraum: %1 (Kennzahlen %2)</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Erstellt %1 von %2</translation>
    </message>
    <message>
        <source>%1 — above the policy line of %2</source>
        <translation>%1 — über dem Grenzwert der Richtlinie von %2</translation>
    </message>
    <message>
        <source>%1 (policy line %2)</source>
        <translation>%1 (Grenzwert %2)</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mail that ended (delivered, bounced, expired)</source>
        <translation>Abgeschlossene Mails (zugestellt, gebounct, abgelaufen)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Feedback-loop complaints</source>
        <translation>Feedback-Loop-Beschwerden</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hardbounces</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Hardbounce-Quote</translation>
    </message>
    <message>
        <source>Refused as spam</source>
        <translation>Als Spam abgelehnt</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Zustellverzögerungen</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Direct complaints</source>
        <translation>Direkte Beschwerden</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Eröffnete Fälle</translation>
    </message>
    <message>
        <source>%1 (severity 1: %2, 2: %3, 3: %4, 4: %5)</source>
        <translation>%1 (Schweregrad 1: %2, 2: %3, 3: %4, 4: %5)</translation>
    </message>
    <message>
        <source>Time on its cases</source>
        <translation>Zeitaufwand für die Fälle</translation>
    </message>
    <message>
        <source>Cost of that time</source>
        <translation>Kosten dieses Zeitaufwands</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>Umsatz im Zeitraum</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Complaint rate (feedback-loop complaints ÷ delivered)</source>
        <translation>Beschwerdequote (Feedback-Loop-Beschwerden ÷ zugestellt)</translation>
    </message>
    <message>
        <source>Policy line %1</source>
        <translation>Grenzwert %1</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Hard bounce rate (hard bounces ÷ mail that ended)</source>
        <translation>Hardbounce-Quote (Hardbounces ÷ abgeschlossene Mails)</translation>
    </message>
    <message>
        <source>Cases opened, by severity</source>
        <translation>Eröffnete Fälle nach Schweregrad</translation>
    </message>
    <message>
        <source>Cost of its cases against revenue (%1)</source>
        <translation>Kosten der Fälle im Vergleich zum Umsatz (%1)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>No case was open in this period.</source>
        <translation>In diesem Zeitraum war kein Fall offen.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Case #%1: %2</source>
        <translation>Fall Nr. %1: %2</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu berichten.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Beschwerdeführer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Feedback loop</source>
        <translation>Feedback-Loop</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>No complaint in this period.</source>
        <translation>Keine Beschwerde in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The first %1 of %2 complaints are listed.</source>
        <translation>Die ersten %1 von %2 Beschwerden sind aufgeführt.</translation>
    </message>
    <message>
        <source>No opt-out in this period.</source>
        <translation>Kein Opt-out in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Decisions on the account</source>
        <translation>Entscheidungen zum Konto</translation>
    </message>
    <message>
        <source>No decision in this period.</source>
        <translation>Keine Entscheidung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Mail that ended</source>
        <translation>Abgeschlossene Mails</translation>
    </message>
    <message>
        <source>Complaint rate %</source>
        <translation>Beschwerdequote %</translation>
    </message>
    <message>
        <source>Hard bounce rate %</source>
        <translation>Hardbounce-Quote %</translation>
    </message>
    <message>
        <source>Cases severity 1</source>
        <translation>Fälle Schweregrad 1</translation>
    </message>
    <message>
        <source>Cases severity 2</source>
        <translation>Fälle Schweregrad 2</translation>
    </message>
    <message>
        <source>Cases severity 3</source>
        <translation>Fälle Schweregrad 3</translation>
    </message>
    <message>
        <source>Cases severity 4</source>
        <translation>Fälle Schweregrad 4</translation>
    </message>
    <message>
        <source>Minutes on cases</source>
        <translation>Minuten für Fälle</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>a portfolio report is for management: choose the management audience, or one customer</source>
        <translation>ein Portfolio-Report ist für die Geschäftsleitung: wählen Sie die Zielgruppe Geschäftsleitung oder einen einzelnen Kunden</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Portfolio-Report</translation>
    </message>
    <message>
        <source>For management: internal; includes costs and revenue.</source>
        <translation>Für die Geschäftsleitung: intern; mit Kosten und Umsatz.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1 (%2 with mail in the period)</source>
        <translation>%1 (%2 mit Mails im Zeitraum)</translation>
    </message>
    <message>
        <source>Above the complaint line (%1)</source>
        <translation>Über dem Beschwerde-Grenzwert (%1)</translation>
    </message>
    <message>
        <source>Above the hard bounce line (%1)</source>
        <translation>Über dem Hardbounce-Grenzwert (%1)</translation>
    </message>
    <message>
        <source>Complaint rate rising</source>
        <translation>Beschwerdequote steigt</translation>
    </message>
    <message>
        <source>Costing more than they bring</source>
        <translation>Kosten mehr, als sie einbringen</translation>
    </message>
    <message>
        <source>Complaint rate, all customers</source>
        <translation>Beschwerdequote, alle Kunden</translation>
    </message>
    <message>
        <source>Hard bounce rate, all customers</source>
        <translation>Hardbounce-Quote, alle Kunden</translation>
    </message>
    <message>
        <source>Time on cases</source>
        <translation>Zeitaufwand für Fälle</translation>
    </message>
    <message>
        <source>Complaint rate of all customers, and customers above the line</source>
        <translation>Beschwerdequote aller Kunden und Kunden über dem Grenzwert</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Kunden, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Every customer stayed within the lines.</source>
        <translation>Alle Kunden blieben innerhalb der Grenzwerte.</translation>
    </message>
    <message>
        <source>Customers above the complaint line</source>
        <translation>Kunden über dem Beschwerde-Grenzwert</translation>
    </message>
    <message>
        <source>Customers above the line</source>
        <translation>Kunden über dem Grenzwert</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>There are no customers yet.</source>
        <translation>Es gibt noch keine Kunden.</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>Complaint rate trend (points)</source>
        <translation>Trend der Beschwerdequote (Prozentpunkte)</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Seed tests</source>
        <translation>Seed-Tests</translation>
    </message>
    <message>
        <source>%1 checked: %2 in the inbox, %3 in junk, %4 missing</source>
        <translation>%1 geprüft: %2 im Posteingang, %3 im Spam-Ordner, %4 fehlend</translation>
    </message>
    <message>
        <source>Seed-test placement</source>
        <translation>Seed-Test-Platzierung</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam-Ordner</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message>
        <source>none of the selected items is a stored message</source>
        <translation>keines der ausgewählten Elemente ist eine gespeicherte Nachricht</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>nichts ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) acknowledged</source>
        <translation>
            <numerusform>%n Element bestätigt</numerusform>
            <numerusform>%n Elemente bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as noise</source>
        <translation>
            <numerusform>%n Element als irrelevant markiert</numerusform>
            <numerusform>%n Elemente als irrelevant markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) back in the queue</source>
        <translation>
            <numerusform>%n Element wieder in der Warteschlange</numerusform>
            <numerusform>%n Elemente wieder in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>es gibt keinen Kunden %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to %1</source>
        <translation>
            <numerusform>%n Element %1 zugeordnet</numerusform>
            <numerusform>%n Elemente %1 zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 opened with %n item(s)</source>
        <translation>
            <numerusform>Fall %1 mit %n Element eröffnet</numerusform>
            <numerusform>Fall %1 mit %n Elementen eröffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>es gibt keinen Fall %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attached to case %1</source>
        <translation>
            <numerusform>%n Element an Fall %1 angehängt</numerusform>
            <numerusform>%n Elemente an Fall %1 angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>TriageQueue</name>
    <message>
        <source>the search &quot;%1&quot; is not understood: %2</source>
        <translation>die Suche „%1“ wird nicht verstanden: %2</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>Eskalierte Beschwerde</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Feedback report</source>
        <translation>Feedback-Report</translation>
    </message>
    <message>
        <source>Blocklist notice</source>
        <translation>Blocklisten-Hinweis</translation>
    </message>
    <message>
        <source>Unsubscribe request</source>
        <translation>Abmeldebitte</translation>
    </message>
    <message>
        <source>unattributed mail</source>
        <translation>nicht zugeordnete Mail</translation>
    </message>
    <message>
        <source>, campaign %1</source>
        <translation>, Kampagne %1</translation>
    </message>
    <message>
        <source>an unknown receiver</source>
        <translation>ein unbekannter Mailbox-Provider</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3: %4 % of %5 delivered</source>
        <translation>
            <numerusform>%n Feedback-Report zu %1 bei %2%3: %4 % von %5 zugestellt</numerusform>
            <numerusform>%n Feedback-Reports zu %1 bei %2%3: %4 % von %5 zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3</source>
        <translation>
            <numerusform>%n Feedback-Report zu %1 bei %2%3</numerusform>
            <numerusform>%n Feedback-Reports zu %1 bei %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown facet &quot;%1&quot;</source>
        <translation>unbekannte Facette „%1“</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>abusedesk::cases::EvidenceBundle</name>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation>Es gibt keinen Fall %1 in %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The evidence bundle %1 was not written: %2</source>
        <translation>Das Belegpaket %1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>the bytes of evidence %1 could not be read</source>
        <translation>die Bytes von Beleg %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>the stored bytes of evidence %1 no longer match its SHA-256 %2</source>
        <translation>die gespeicherten Bytes von Beleg %1 stimmen nicht mehr mit seinem SHA-256 %2 überein</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery</name>
    <message>
        <source>“%1” is not an IP range (such as 192.0.2.0/24 or 2001:db8::/48)</source>
        <translation>„%1“ ist kein IP-Bereich (wie 192.0.2.0/24 oder 2001:db8::/48)</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address, an IP range nor a domain</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein IP-Bereich noch eine Domain</translation>
    </message>
    <message>
        <source>name the blocklist (e.g. Spamhaus SBL)</source>
        <translation>nennen Sie die Blockliste (z. B. Spamhaus SBL)</translation>
    </message>
    <message>
        <source>say when the listing began</source>
        <translation>geben Sie an, wann der Eintrag begann</translation>
    </message>
    <message>
        <source>the delisting (%1) comes before the listing (%2)</source>
        <translation>die Austragung (%1) liegt vor dem Eintrag (%2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot decompress the file: %1</source>
        <translation>die Datei kann nicht entpackt werden: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::CsvReader</name>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::CsvRecordAssembler</name>
    <message>
        <source>a quoted field is not closed within %1 lines</source>
        <translation>ein Feld in Anführungszeichen wird nicht innerhalb von %1 Zeilen geschlossen</translation>
    </message>
    <message>
        <source>a quoted field is not closed within %1 MiB</source>
        <translation>ein Feld in Anführungszeichen wird nicht innerhalb von %1 MiB geschlossen</translation>
    </message>
    <message>
        <source>the quoted field is not closed at the end of the file</source>
        <translation>das Feld in Anführungszeichen ist am Dateiende nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::EximLogParser</name>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>der Zeitstempel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the delivery line names no recipient</source>
        <translation>die Zustellzeile nennt keinen Empfänger</translation>
    </message>
    <message>
        <source>the delivery line ends before its router (R=), cut off?</source>
        <translation>die Zustellzeile endet vor ihrem Router (R=), abgeschnitten?</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::LogClock</name>
    <message>
        <source>the time %1 lies after the file was written (%2)</source>
        <translation>die Zeit %1 liegt nach dem Schreiben der Datei (%2)</translation>
    </message>
    <message>
        <source>the line holds NUL bytes</source>
        <translation>die Zeile enthält NUL-Bytes</translation>
    </message>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>der Zeitstempel kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::PostfixLogParser</name>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>der Zeitstempel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a delivery status without the recipient (to=&lt;…&gt;)</source>
        <translation>ein Zustellstatus ohne Empfänger (to=&lt;…&gt;)</translation>
    </message>
    <message>
        <source>the delivery line ends before its status (cut off?)</source>
        <translation>die Zustellzeile endet vor ihrem Status (abgeschnitten?)</translation>
    </message>
    <message>
        <source>unknown delivery status &apos;%1&apos;</source>
        <translation>unbekannter Zustellstatus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the delivery line names no recipient (to=&lt;&gt;)</source>
        <translation>die Zustellzeile nennt keinen Empfänger (to=&lt;&gt;)</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::PowerMtaParser</name>
    <message>
        <source>the header line has no timeLogged field: the records up to the next header are skipped</source>
        <translation>die Kopfzeile hat kein Feld timeLogged: die Datensätze bis zur nächsten Kopfzeile werden übersprungen</translation>
    </message>
    <message>
        <source>no header line (type,timeLogged,…,rcpt,…) before this record</source>
        <translation>keine Kopfzeile (type,timeLogged,…,rcpt,…) vor diesem Datensatz</translation>
    </message>
    <message>
        <source>no record type</source>
        <translation>kein Datensatztyp</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time</source>
        <translation>%1 „%2“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; lies in the future</source>
        <translation>%1 „%2“ liegt in der Zukunft</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>kein Empfänger</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TabularFormats</name>
    <message>
        <source>unknown kind &quot;%1&quot;: not send-log, opt-out, seed or blocklist</source>
        <translation>unbekannte Art „%1“: nicht send-log, opt-out, seed oder blocklist</translation>
    </message>
    <message>
        <source>the separator &quot;%1&quot; is not a comma, a semicolon or a tab</source>
        <translation>das Trennzeichen „%1“ ist kein Komma, Semikolon oder Tabulator</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the kind %2</source>
        <translation>„%1“ ist kein Feld der Art %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; names no column</source>
        <translation>das Feld „%1“ nennt keine Spalte</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; has no column</source>
        <translation>dem Pflichtfeld „%1“ ist keine Spalte zugeordnet</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>the result word &quot;%1&quot; maps to &quot;%2&quot;, not to delivered, deferred, bounced or expired</source>
        <translation>das Ergebniswort „%1“ wird auf „%2“ abgebildet, nicht auf delivered, deferred, bounced oder expired</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TabularParser</name>
    <message>
        <source>the built-in %1 profile</source>
        <translation>das eingebaute Profil %1</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>the column %1 of %2 is missing</source>
        <translation>die Spalte %1 von %2 fehlt</translation>
    </message>
    <message>
        <source>the columns %1 of %2 are missing</source>
        <translation>die Spalten %1 von %2 fehlen</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (ISO 8601, RFC 2822 or Unix time)</source>
        <translation>%1 „%2“ ist kein Datum (ISO 8601, RFC 2822 oder Unix-Zeit)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date in the format %3</source>
        <translation>%1 „%2“ ist kein Datum im Format %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; lies in the future</source>
        <translation>%1 „%2“ liegt in der Zukunft</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot; is not a mail address</source>
        <translation>Empfänger „%1“ ist keine Mailadresse</translation>
    </message>
    <message>
        <source>result &quot;%1&quot; is not a known word for delivered, deferred, bounced or expired</source>
        <translation>Ergebnis „%1“ ist kein bekanntes Wort für delivered, deferred, bounced oder expired</translation>
    </message>
    <message>
        <source>placement &quot;%1&quot; is not inbox, junk or missing</source>
        <translation>Platzierung „%1“ ist nicht inbox, junk oder missing</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TimestampParser</name>
    <message>
        <source>ISO 8601, RFC 2822 or Unix time</source>
        <translation>ISO 8601, RFC 2822 oder Unix-Zeit</translation>
    </message>
</context>
<context>
    <name>abusedesk::evidence::EvidenceListModel</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>%1 · legal</source>
        <translation>%1 · rechtlich</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Rollenadresse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::AboutDialog</name>
    <message>
        <source>About AbuseDesk</source>
        <translation>Über AbuseDesk</translation>
    </message>
    <message>
        <source>AbuseDesk %1
Qt %2
KMime %3
SQLite %4</source>
        <translation>AbuseDesk %1
Qt %2
KMime %3
SQLite %4</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AbuseDesk %1&lt;/h2&gt;&lt;p&gt;A workbench for the abuse desk of an email sender: complaints, feedback loops, bounces and delivery logs tied to the list owner who caused them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;AbuseDesk %1&lt;/h2&gt;&lt;p&gt;Eine Arbeitsumgebung für den Abuse-Desk eines E-Mail-Versenders: Beschwerden, Feedback-Loops, Bounces und Zustell-Logs, zugeordnet dem Listeninhaber, der sie verursacht hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::AttributionRulesDialog</name>
    <message>
        <source>Attribution Rules</source>
        <translation>Zuordnungsregeln</translation>
    </message>
    <message>
        <source>Rules are tried from the top. The first rule that names exactly one customer decides; other rules naming someone else are kept as disagreements. Untick a rule to leave it out.</source>
        <translation>Die Regeln werden von oben nach unten geprüft. Die erste Regel, die genau einen Kunden nennt, entscheidet; andere Regeln, die jemand anderen nennen, werden als Widerspruch festgehalten. Entfernen Sie das Häkchen, um eine Regel auszulassen.</translation>
    </message>
    <message>
        <source>Attribution rules</source>
        <translation>Zuordnungsregeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add &amp;Header Rule</source>
        <translation>&amp;Header-Regel hinzufügen</translation>
    </message>
    <message>
        <source>A rule that reads a header of the original message: its name and a regular expression whose first capture is the customer&apos;s value</source>
        <translation>Eine Regel, die einen Header der ursprünglichen Nachricht liest: sein Name und ein regulärer Ausdruck, dessen erste Gruppe den Wert des Kunden liefert</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Ticked: the rule is used</source>
        <translation>Angehakt: die Regel wird verwendet</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Regel %1 (%2): %3</translation>
    </message>
    <message>
        <source> — fix or remove it to save the rules.</source>
        <translation> — korrigieren oder entfernen Sie sie, um die Regeln zu speichern.</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Die Regeln konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::BlocklistListingDialog</name>
    <message>
        <source>Add Blocklist Listing</source>
        <translation>Blocklisteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Spamhaus SBL</source>
        <translation>z. B. Spamhaus SBL</translation>
    </message>
    <message>
        <source>&amp;Blocklist:</source>
        <translation>&amp;Blockliste:</translation>
    </message>
    <message>
        <source>192.0.2.17, 198.51.100.0/24 or mail.example.com</source>
        <translation>192.0.2.17, 198.51.100.0/24 oder mail.example.com</translation>
    </message>
    <message>
        <source>&amp;Listed IP, range or domain:</source>
        <translation>&amp;Gelistete IP, Bereich oder Domain:</translation>
    </message>
    <message>
        <source>Listed &amp;since:</source>
        <translation>Gelistet &amp;seit:</translation>
    </message>
    <message>
        <source>&amp;Delisted on:</source>
        <translation>&amp;Ausgetragen am:</translation>
    </message>
    <message>
        <source>what happened, the listing&apos;s reference …</source>
        <translation>was geschah, die Referenz des Eintrags …</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The case database refused the listing: %1</source>
        <translation>Die Falldatenbank hat den Eintrag abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CasePickerDialog</name>
    <message>
        <source>Attach to Case</source>
        <translation>An Fall anhängen</translation>
    </message>
    <message>
        <source>There is no open case to attach %1 to. Open one with Triage ▸ Open Case… (C).</source>
        <translation>Es gibt keinen offenen Fall, an den %1 angehängt werden kann. Eröffnen Sie einen mit Triage ▸ Fall eröffnen… (C).</translation>
    </message>
    <message>
        <source>Attach %1 to an open case. It leaves the queue and appears in the case&apos;s evidence and timeline.</source>
        <translation>%1 an einen offenen Fall anhängen. Was angehängt wird, verlässt die Warteschlange und erscheint in den Belegen und im Verlauf des Falls.</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Fälle filtern</translation>
    </message>
    <message>
        <source>Type part of a title, a customer or a case number…</source>
        <translation>Teil eines Titels, eines Kunden oder einer Fallnummer eingeben…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>&amp;Anhängen</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CaseStatusDialog</name>
    <message>
        <source>%1 Case #%2</source>
        <translation>%1 Fall Nr. %2</translation>
    </message>
    <message>
        <source>How did case #%1 end? The outcome is kept in its timeline and its reports.</source>
        <translation>Wie endete Fall Nr. %1? Das Ergebnis wird im Verlauf und in den Reports des Falls festgehalten.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Ergebnis wählen…</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Optional: what settled it</source>
        <translation>Optional: was den Ausschlag gab</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>Der Status konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CaseTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CasesView</name>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Fälle filtern</translation>
    </message>
    <message>
        <source>Filter by customer, title, category, status…</source>
        <translation>Nach Kunde, Titel, Kategorie, Status filtern…</translation>
    </message>
    <message>
        <source>&amp;Open cases only</source>
        <translation>Nur &amp;offene Fälle</translation>
    </message>
    <message>
        <source>Open and waiting on the customer; resolved and closed cases are left out</source>
        <translation>Offen und wartend auf den Kunden; gelöste und geschlossene Fälle werden ausgelassen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Eskalationsleiter</translation>
    </message>
    <message>
        <source>&amp;Ladder Step…</source>
        <translation>&amp;Eskalationsstufe…</translation>
    </message>
    <message>
        <source>Move the customer on the escalation ladder, with a reason, recorded in this case</source>
        <translation>Den Kunden auf der Eskalationsleiter versetzen, mit Begründung, festgehalten in diesem Fall</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>A note for the timeline: what you found, what you told whom, what comes next</source>
        <translation>Eine Notiz für den Verlauf: was Sie gefunden haben, wem Sie was gesagt haben, was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Return in the note)</source>
        <translation>Die Notiz zum Verlauf hinzufügen (Strg+Eingabe in der Notiz)</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Aufgewendete Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>T&amp;ime spent:</source>
        <translation>&amp;Zeitaufwand:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>on what: investigation, reply to the customer, call…</source>
        <translation>wofür: Untersuchung, Antwort an den Kunden, Anruf…</translation>
    </message>
    <message>
        <source>Log &amp;Time</source>
        <translation>Zeit &amp;buchen</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Verknüpfte Belege</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Keine Falldatenbank geöffnet.</translation>
    </message>
    <message>
        <source>No cases yet. Open one from the Triage view: select the reports or findings and press C (Triage ▸ Open Case…).</source>
        <translation>Noch keine Fälle. Eröffnen Sie einen in der Triage-Ansicht: Reports oder Befunde auswählen und C drücken (Triage ▸ Fall eröffnen…).</translation>
    </message>
    <message>
        <source>Select a case to see its timeline, evidence and customer.</source>
        <translation>Wählen Sie einen Fall, um seinen Verlauf, seine Belege und seinen Kunden zu sehen.</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Fall Nr. %1</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>eröffnet %1</translation>
    </message>
    <message>
        <source>opened %1 by %2</source>
        <translation>eröffnet %1 von %2</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 erfasst</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>The case has no customer yet, so no ladder step applies.</source>
        <translation>Der Fall hat noch keinen Kunden, daher gilt keine Eskalationsstufe.</translation>
    </message>
    <message>
        <source>%1 is at &lt;b&gt;%2&lt;/b&gt; (step %3 of 4), status %4.</source>
        <translation>%1 steht auf &lt;b&gt;%2&lt;/b&gt; (Stufe %3 von 4), Status %4.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves on to &lt;b&gt;%1&lt;/b&gt; when: %2</source>
        <translation>&lt;br&gt;Geht über zu &lt;b&gt;%1&lt;/b&gt;, wenn: %2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Belege (%1)</translation>
    </message>
    <message>
        <source>No messages are linked to this case. Attach reports from the Triage view (T).</source>
        <translation>Mit diesem Fall sind keine Nachrichten verknüpft. Hängen Sie Reports aus der Triage-Ansicht an (T).</translation>
    </message>
    <message>
        <source>%1 messages are linked; the first %2 are listed. Double-click one to read it in Evidence.</source>
        <translation>%1 Nachrichten sind verknüpft; die ersten %2 werden aufgeführt. Doppelklicken Sie auf eine, um sie unter Belege zu lesen.</translation>
    </message>
    <message>
        <source>Double-click a message to read it in Evidence.</source>
        <translation>Doppelklicken Sie auf eine Nachricht, um sie unter Belege zu lesen.</translation>
    </message>
    <message>
        <source>The severity could not be changed: %1</source>
        <translation>Der Schweregrad konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>Der Status konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The note could not be added: %1</source>
        <translation>Die Notiz konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The time could not be logged: %1</source>
        <translation>Die Zeit konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>Write &amp;Reply…</source>
        <translation>&amp;Antwort schreiben…</translation>
    </message>
    <message>
        <source>A reply to the complainant or the list owner from a template, filled with this case&apos;s numbers</source>
        <translation>Eine Antwort an den Beschwerdeführer oder den Listeninhaber aus einer Vorlage, gefüllt mit den Zahlen dieses Falls</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence Bundle…</source>
        <translation>Belegpaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the linked messages exactly as received, with a manifest of their SHA-256s, sources and import times, as a .zip for legal or a peer</source>
        <translation>Die verknüpften Nachrichten genau wie empfangen speichern, mit einem Manifest ihrer SHA-256-Werte, Quellen und Importzeiten, als .zip für die Rechtsabteilung oder eine andere Stelle</translation>
    </message>
    <message>
        <source>Checklist (%1)</source>
        <translation>Checkliste (%1)</translation>
    </message>
    <message>
        <source>Export Evidence Bundle</source>
        <translation>Belegpaket exportieren</translation>
    </message>
    <message>
        <source>case-%1-evidence.zip</source>
        <translation>fall-%1-belege.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Evidence bundle not written</source>
        <translation>Belegpaket nicht geschrieben</translation>
    </message>
    <message>
        <source>Evidence bundle of case #%1 written to %2: %3.</source>
        <translation>Belegpaket von Fall Nr. %1 geschrieben nach %2: %3.</translation>
    </message>
    <message>
        <source>Writing the evidence bundle of case #%1…</source>
        <translation>Belegpaket von Fall Nr. %1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ChecklistPanel</name>
    <message>
        <source>Checklist answers</source>
        <translation>Antworten der Checkliste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>In timeline</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>e.g. signed up for a monthly newsletter, got daily offers</source>
        <translation>z. B. für einen monatlichen Newsletter angemeldet, täglich Angebote erhalten</translation>
    </message>
    <message>
        <source>where the address was collected (form, shop, event)</source>
        <translation>wo die Adresse erhoben wurde (Formular, Shop, Veranstaltung)</translation>
    </message>
    <message>
        <source>when (YYYY-MM-DD)</source>
        <translation>wann (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the IP address the sign-up came from</source>
        <translation>die IP-Adresse, von der die Anmeldung kam</translation>
    </message>
    <message>
        <source>how it was confirmed (confirmation mail clicked on …)</source>
        <translation>wie sie bestätigt wurde (Bestätigungsmail geklickt am …)</translation>
    </message>
    <message>
        <source>More than signed up for?</source>
        <translation>Mehr als abonniert?</translation>
    </message>
    <message>
        <source>Opt-in source:</source>
        <translation>Opt-in-Quelle:</translation>
    </message>
    <message>
        <source>Opt-in date:</source>
        <translation>Opt-in-Datum:</translation>
    </message>
    <message>
        <source>Opt-in IP address:</source>
        <translation>Opt-in-IP-Adresse:</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Bestätigung:</translation>
    </message>
    <message>
        <source>&amp;Record in Timeline</source>
        <translation>Im &amp;Verlauf festhalten</translation>
    </message>
    <message>
        <source>Write the new answers, from the data and yours, into the case&apos;s timeline</source>
        <translation>Die neuen Antworten, aus den Daten und von Ihnen, in den Verlauf des Falls schreiben</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation>Kein Fall ausgewählt.</translation>
    </message>
    <message>
        <source>The direct-abuse checklist asks about a complaint written by a person or escalated by a trusted reporter, and this case has none linked. Attach the complaint from the Triage view (T) to answer it.</source>
        <translation>Die Checkliste für direkte Beschwerden bezieht sich auf eine Beschwerde, die eine Person geschrieben oder ein vertrauenswürdiger Melder eskaliert hat, und mit diesem Fall ist keine verknüpft. Hängen Sie die Beschwerde aus der Triage-Ansicht an (T), um sie zu beantworten.</translation>
    </message>
    <message>
        <source>about mail to an address it does not name</source>
        <translation>über Mails an eine Adresse, die sie nicht nennt</translation>
    </message>
    <message>
        <source>about mail to the writer&apos;s own address</source>
        <translation>über Mails an die eigene Adresse des Schreibenden</translation>
    </message>
    <message>
        <source>about mail to %1</source>
        <translation>über Mails an %1</translation>
    </message>
    <message>
        <source>The %1 from %2, received %3, %4. The data answers what it can; ⚠ marks an answer that points at a problem of the list owner&apos;s. The rest is yours to find out.</source>
        <translation>Die %1 von %2, empfangen %3, %4. Die Daten beantworten, was sie können; ⚠ markiert eine Antwort, die auf ein Problem des Listeninhabers hinweist. Den Rest müssen Sie herausfinden.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>escalated complaint</source>
        <translation>eskalierte Beschwerde</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>ein unbekannter Absender</translation>
    </message>
    <message>
        <source>(the data does not say)</source>
        <translation>(die Daten sagen es nicht)</translation>
    </message>
    <message>
        <source>(yours to answer below)</source>
        <translation>(von Ihnen unten zu beantworten)</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>festgehalten</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>seitdem geändert</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>recorded: %1</source>
        <translation>festgehalten: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht festgehalten: %1</translation>
    </message>
    <message>
        <source>Nothing new to record: the timeline holds every answer.</source>
        <translation>Nichts Neues festzuhalten: der Verlauf enthält jede Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded in the timeline.</source>
        <translation>
            <numerusform>%n Antwort im Verlauf festgehalten.</numerusform>
            <numerusform>%n Antworten im Verlauf festgehalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CsvProfileDialog</name>
    <message>
        <source>Send log (one row per message sent)</source>
        <translation>Versand-Log (eine Zeile je gesendeter Nachricht)</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Seed-test results</source>
        <translation>Seed-Test-Ergebnisse</translation>
    </message>
    <message>
        <source>Blocklist listings</source>
        <translation>Blocklisteneinträge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>Sende-IP</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>Envelope-Absender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Mailbox-Provider</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>IP or domain</source>
        <translation>IP oder Domain</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Ausgetragen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Map Columns — %1</source>
        <translation>Spalten zuordnen — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a table AbuseDesk does not know yet. Say which column holds what; the mapping is saved under its name and used for every file with these columns. Fields marked * are required.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist eine Tabelle, die AbuseDesk noch nicht kennt. Geben Sie an, welche Spalte was enthält; die Zuordnung wird unter ihrem Namen gespeichert und für jede Datei mit diesen Spalten verwendet. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Neue Zuordnung</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>&amp;Die Datei enthält:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>automatic (ISO 8601, RFC 2822, Unix seconds)</source>
        <translation>automatisch (ISO 8601, RFC 2822, Unix-Sekunden)</translation>
    </message>
    <message>
        <source>A Qt date format such as dd.MM.yyyy HH:mm, or empty to recognise the usual ones.</source>
        <translation>Ein Qt-Datumsformat wie dd.MM.yyyy HH:mm, oder leer, um die üblichen zu erkennen.</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>Zeit&amp;format:</translation>
    </message>
    <message>
        <source>The zone of times written without an offset, e.g. UTC or Europe/Berlin.</source>
        <translation>Die Zone von Zeiten ohne Versatzangabe, z. B. UTC oder Europe/Berlin.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Save and &amp;Import</source>
        <translation>Speichern und &amp;importieren</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Geben Sie der Zuordnung einen Namen.</translation>
    </message>
    <message>
        <source>Choose the column of “%1”.</source>
        <translation>Wählen Sie die Spalte für „%1“.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>„%1“ ist keine Zeitzone.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Of the first %1 rows, %2 would be imported.</source>
        <translation>Von den ersten %1 Zeilen würden %2 importiert.</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomerPickerDialog</name>
    <message>
        <source>Attribute to Customer</source>
        <translation>Kunde zuordnen</translation>
    </message>
    <message>
        <source>Attribute %1 to a customer by hand. A hand attribution stays when the history is attributed again.</source>
        <translation>%1 manuell einem Kunden zuordnen. Eine manuelle Zuordnung bleibt erhalten, wenn der Verlauf erneut zugeordnet wird.</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <source>Type part of a name or id…</source>
        <translation>Teil eines Namens oder einer ID eingeben…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Attribute</source>
        <translation>&amp;Zuordnen</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomerTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Verwarnt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Verwarnung</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints of %2 delivered; the line is %3 %</source>
        <translation>%1 Feedback-Loop-Beschwerden bei %2 zugestellten; der Grenzwert ist %3 %</translation>
    </message>
    <message>
        <source>%1 hard bounces of %2 sent; the line is %3 %</source>
        <translation>%1 Hardbounces bei %2 gesendeten; der Grenzwert ist %3 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>Revenue / month</source>
        <translation>Umsatz / Monat</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hardbounces</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Feedback-loop complaints ÷ delivered mail over the period</source>
        <translation>Feedback-Loop-Beschwerden ÷ zugestellte Mails im Zeitraum</translation>
    </message>
    <message>
        <source>Hard bounces ÷ sent mail over the period</source>
        <translation>Hardbounces ÷ gesendete Mails im Zeitraum</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomersView</name>
    <message>
        <source>IP address or range</source>
        <translation>IP-Adresse oder -Bereich</translation>
    </message>
    <message>
        <source>Domain (any use)</source>
        <translation>Domain (beliebige Verwendung)</translation>
    </message>
    <message>
        <source>DKIM d= domain</source>
        <translation>DKIM-d=-Domain</translation>
    </message>
    <message>
        <source>Return-Path domain</source>
        <translation>Return-Path-Domain</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>From-Domain</translation>
    </message>
    <message>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Kontaktadresse</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-tt</translation>
    </message>
    <message>
        <source>Re-attribution progress</source>
        <translation>Fortschritt der Neuzuordnung</translation>
    </message>
    <message>
        <source>Attributing the history again… %p%</source>
        <translation>Verlauf wird neu zugeordnet… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Was sich verschoben hat</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Kunden filtern</translation>
    </message>
    <message>
        <source>Filter by name, id or status…</source>
        <translation>Nach Name, ID oder Status filtern…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&amp;New Customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>Kunde &amp;löschen…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>your system&apos;s id, e.g. c001</source>
        <translation>die ID in Ihrem System, z. B. c001</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed with Change Status… below, as a decision with a reason</source>
        <translation>Wird unten mit „Status ändern…“ geändert, als Entscheidung mit Begründung</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>&amp;Ladder:</source>
        <translation>&amp;Eskalationsstufe:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Monatlicher Umsatz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Währun&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Revenue / month:</source>
        <translation>&amp;Umsatz / Monat:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>addresses, separated by commas or semicolons</source>
        <translation>Adressen, getrennt durch Kommas oder Semikolons</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>&amp;Kontakte:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>C&amp;hange Status…</source>
        <translation>Status &amp;ändern…</translation>
    </message>
    <message>
        <source>Move the customer on the escalation ladder: a decision recorded with a reason</source>
        <translation>Den Kunden auf der Eskalationsleiter versetzen: eine Entscheidung, festgehalten mit Begründung</translation>
    </message>
    <message>
        <source>Escalation history</source>
        <translation>Eskalationsverlauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>First UTC day (yyyy-mm-dd); empty: always</source>
        <translation>Erster UTC-Tag (jjjj-mm-tt); leer: immer</translation>
    </message>
    <message>
        <source>UTC day it was given up (yyyy-mm-dd, not included); empty: still held</source>
        <translation>UTC-Tag, an dem sie aufgegeben wurde (jjjj-mm-tt, nicht eingeschlossen); leer: noch in Gebrauch</translation>
    </message>
    <message>
        <source>A pool several customers use at once: it decides nothing on its own</source>
        <translation>Ein Pool, den mehrere Kunden gleichzeitig nutzen: er entscheidet allein nichts</translation>
    </message>
    <message>
        <source>&amp;Add Identifier</source>
        <translation>Kennung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Identifier</source>
        <translation>Kennung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Mail that mentions this customer</source>
        <translation>Mails, die diesen Kunden erwähnen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the customer and attribute the history again (Ctrl+S)</source>
        <translation>Den Kunden speichern und den Verlauf neu zuordnen (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>Unattributed messages</source>
        <translation>Nicht zugeordnete Nachrichten</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>&amp;Unattributed</source>
        <translation>Nicht &amp;zugeordnet</translation>
    </message>
    <message>
        <source>Messages whose rules disagree</source>
        <translation>Nachrichten, bei denen sich Regeln widersprechen</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <source>Disagreeing rules</source>
        <translation>Widersprechende Regeln</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>&amp;Widersprüche</translation>
    </message>
    <message>
        <source>Save Customer</source>
        <translation>Kunden speichern</translation>
    </message>
    <message>
        <source>Complaints and rates over the 30 days from %1 to %2 (the last day with data, UTC).</source>
        <translation>Beschwerden und Quoten über die 30 Tage vom %1 bis %2 (der letzte Tag mit Daten, UTC).</translation>
    </message>
    <message>
        <source>No mail or delivery data yet: complaints and rates appear after an import.</source>
        <translation>Noch keine Mail- oder Zustelldaten: Beschwerden und Quoten erscheinen nach einem Import.</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Keine Falldatenbank geöffnet.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>&amp;Disagreements (%1)</source>
        <translation>&amp;Widersprüche (%1)</translation>
    </message>
    <message>
        <source>No rules disagree: where several rules name a customer, they name the same one.</source>
        <translation>Keine Regeln widersprechen sich: wo mehrere Regeln einen Kunden nennen, nennen sie denselben.</translation>
    </message>
    <message>
        <source>These messages are attributed by the first rule that named one customer, while a later rule named someone else: an identifier may be wrong, or a customer sends in another&apos;s name. Double-click one to read it in Evidence.</source>
        <translation>Diese Nachrichten sind durch die erste Regel zugeordnet, die einen Kunden nannte, während eine spätere Regel jemand anderen nannte: eine Kennung ist vielleicht falsch, oder ein Kunde sendet im Namen eines anderen. Doppelklicken Sie auf eine, um sie unter Belege zu lesen.</translation>
    </message>
    <message>
        <source>nothing that names a customer</source>
        <translation>nichts, was einen Kunden nennt</translation>
    </message>
    <message>
        <source>&amp;Unattributed (%1)</source>
        <translation>Nicht &amp;zugeordnet (%1)</translation>
    </message>
    <message>
        <source>Every message is attributed to a customer (noise left out).</source>
        <translation>Jede Nachricht ist einem Kunden zugeordnet (irrelevante ausgenommen).</translation>
    </message>
    <message>
        <source>%1 messages no rule could attribute; the newest %2 are listed with the facts that could identify their sender. Double-click one to read it in Evidence.</source>
        <translation>%1 Nachrichten konnte keine Regel zuordnen; die neuesten %2 sind mit den Angaben aufgeführt, die ihren Absender identifizieren könnten. Doppelklicken Sie auf eine, um sie unter Belege zu lesen.</translation>
    </message>
    <message>
        <source>One message no rule could attribute, with the facts that could identify its sender.</source>
        <translation>Eine Nachricht, die keine Regel zuordnen konnte, mit den Angaben, die ihren Absender identifizieren könnten.</translation>
    </message>
    <message>
        <source>%1 messages no rule could attribute, newest first, with the facts that could identify their sender.</source>
        <translation>%1 Nachrichten, die keine Regel zuordnen konnte, neueste zuerst, mit den Angaben, die ihren Absender identifizieren könnten.</translation>
    </message>
    <message>
        <source>Double-click one to read it in Evidence; add an identifier to a customer to attribute it.</source>
        <translation>Doppelklicken Sie auf eine, um sie unter Belege zu lesen; fügen Sie einem Kunden eine Kennung hinzu, um sie zuzuordnen.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The new customer</source>
        <translation>Der neue Kunde</translation>
    </message>
    <message>
        <source>No customers yet. Add one with New Customer, or import a customers.csv with File &gt; Import Customers.</source>
        <translation>Noch keine Kunden. Fügen Sie einen mit „Neuer Kunde“ hinzu, oder importieren Sie eine customers.csv mit Datei &gt; Kunden importieren.</translation>
    </message>
    <message>
        <source>Select a customer to see and edit its details.</source>
        <translation>Wählen Sie einen Kunden, um seine Angaben zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>A new customer: give it a name and identifiers, then Save.</source>
        <translation>Ein neuer Kunde: geben Sie ihm einen Namen und Kennungen, dann Speichern.</translation>
    </message>
    <message>
        <source>Changes to identifiers attribute the history again when you save.</source>
        <translation>Änderungen an Kennungen ordnen beim Speichern den Verlauf neu zu.</translation>
    </message>
    <message>
        <source>Identifiers (%1)</source>
        <translation>Kennungen (%1)</translation>
    </message>
    <message>
        <source>Mentions: no other mail (list posts, notices, replies) names this customer&apos;s domains or addresses</source>
        <translation>Erwähnungen: keine andere Mail (Listenbeiträge, Hinweise, Antworten) nennt die Domains oder Adressen dieses Kunden</translation>
    </message>
    <message>
        <source>Mentions (%1): other mail that names this customer&apos;s domains or addresses</source>
        <translation>Erwähnungen (%1): andere Mails, die die Domains oder Adressen dieses Kunden nennen</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Der Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>Identifier row %1</source>
        <translation>Kennungszeile %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of identifier.</source>
        <translation>%1: „%2“ ist keine Art von Kennung.</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: der Wert ist leer.</translation>
    </message>
    <message>
        <source>%1: a header identifier needs the name of the header (e.g. X-Customer-ID).</source>
        <translation>%1: eine Header-Kennung braucht den Namen des Headers (z. B. X-Customer-ID).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address or CIDR range (e.g. 192.0.2.7 or 192.0.2.0/24).</source>
        <translation>%1: „%2“ ist keine IP-Adresse und kein CIDR-Bereich (z. B. 192.0.2.7 oder 192.0.2.0/24).</translation>
    </message>
    <message>
        <source>%1: &quot;valid from&quot; is not a date (yyyy-mm-dd, or empty for always).</source>
        <translation>%1: „Gültig ab“ ist kein Datum (jjjj-mm-tt, oder leer für immer).</translation>
    </message>
    <message>
        <source>%1: &quot;valid until&quot; is not a date (yyyy-mm-dd, or empty while still held).</source>
        <translation>%1: „Gültig bis“ ist kein Datum (jjjj-mm-tt, oder leer, solange noch in Gebrauch).</translation>
    </message>
    <message>
        <source>%1: &quot;valid until&quot; must come after &quot;valid from&quot;.</source>
        <translation>%1: „Gültig bis“ muss nach „Gültig ab“ liegen.</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>Der Kunde konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>customer %1 changed</source>
        <translation>Kunde %1 geändert</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>Delete %1 with its identifiers? Its mail and deliveries stay and are attributed again, to another customer or to no one.</source>
        <translation>%1 mit seinen Kennungen löschen? Seine Mails und Zustellungen bleiben erhalten und werden neu zugeordnet, einem anderen Kunden oder niemandem.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>customer %1 deleted</source>
        <translation>Kunde %1 gelöscht</translation>
    </message>
    <message>
        <source>Attributing the history again failed: %1</source>
        <translation>Die Neuzuordnung des Verlaufs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Attributing the history again was cancelled; what was done so far stays. Save again to finish it.</source>
        <translation>Die Neuzuordnung des Verlaufs wurde abgebrochen; was bisher erledigt wurde, bleibt. Speichern Sie erneut, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>deleted customer #%1</source>
        <translation>gelöschter Kunde Nr. %1</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>1 delivery</source>
        <translation>1 Zustellung</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>%1 Zustellungen</translation>
    </message>
    <message>
        <source>1 opt-out</source>
        <translation>1 Opt-out</translation>
    </message>
    <message>
        <source>%1 opt-outs</source>
        <translation>%1 Opt-outs</translation>
    </message>
    <message>
        <source>1 listing</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 listings</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 verschoben von %2 zu %3</translation>
    </message>
    <message>
        <source>Nothing moved: %1 items examined, every one stays with its customer (%2 explanations updated).</source>
        <translation>Nichts verschoben: %1 Elemente geprüft, jedes bleibt bei seinem Kunden (%2 Erklärungen aktualisiert).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What moved&lt;/b&gt; (%1 items examined):</source>
        <translation>&lt;b&gt;Was sich verschoben hat&lt;/b&gt; (%1 Elemente geprüft):</translation>
    </message>
    <message>
        <source>A new customer starts in good standing.</source>
        <translation>Ein neuer Kunde beginnt ohne Beanstandung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (step %2 of 4), status &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Stufe %2 von 4), Status &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves on to %1 when: %2</source>
        <translation>&lt;br&gt;Geht über zu %1, wenn: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::DashboardView</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Je:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Mailbox-Provider:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Mailbox-Provider</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>Kunden wählen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All receivers</source>
        <translation>Alle Mailbox-Provider</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Keine Falldatenbank geöffnet.</translation>
    </message>
    <message>
        <source>Choose a customer above to see their complaint rate, bounces, opt-outs, cases and cost over time.</source>
        <translation>Wählen Sie oben einen Kunden, um seine Beschwerdequote, Bounces, Opt-outs, Fälle und Kosten im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>There are no customers yet. Import a customer list (File &gt; Import Customers) to see their dashboards.</source>
        <translation>Es gibt noch keine Kunden. Importieren Sie eine Kundenliste (Datei &gt; Kunden importieren), um ihre Dashboards zu sehen.</translation>
    </message>
    <message>
        <source>The period is empty: “From” is after “Until”.</source>
        <translation>Der Zeitraum ist leer: „Von“ liegt nach „Bis“.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 sent no mail to %2 from %3 to %4. Choose another period or all receivers.</source>
        <translation>%1 hat vom %3 bis %4 keine Mails an %2 gesendet. Wählen Sie einen anderen Zeitraum oder alle Mailbox-Provider.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 to %3%4: %5 delivered, %6 complaints (&lt;b&gt;%7 %&lt;/b&gt;, line %8 %), hard bounces &lt;b&gt;%9 %&lt;/b&gt; (line %10 %).&lt;br&gt;%11 spam bounces, %12 deferrals, %13 opt-outs, %14 cases opened; cost of complaints %15%16.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 bis %3%4: %5 zugestellt, %6 Beschwerden (&lt;b&gt;%7 %&lt;/b&gt;, Grenzwert %8 %), Hardbounces &lt;b&gt;%9 %&lt;/b&gt; (Grenzwert %10 %).&lt;br&gt;%11 Spam-Bounces, %12 Zustellverzögerungen, %13 Opt-outs, %14 Fälle eröffnet; Kosten der Beschwerden %15%16.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source> against revenue of %1</source>
        <translation> gegenüber einem Umsatz von %1</translation>
    </message>
    <message>
        <source>Click a point of the complaint-rate chart to list the feedback reports behind it; double-click a report to read it.</source>
        <translation>Klicken Sie auf einen Punkt im Diagramm der Beschwerdequote, um die zugehörigen Feedback-Reports aufzulisten; doppelklicken Sie auf einen Report, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>week %1, %2 – %3</source>
        <translation>Woche %1, %2 – %3</translation>
    </message>
    <message>
        <source>Complaint rate (feedback-loop complaints ÷ delivered)</source>
        <translation>Beschwerdequote (Feedback-Loop-Beschwerden ÷ zugestellt)</translation>
    </message>
    <message>
        <source>Other receivers</source>
        <translation>Andere Mailbox-Provider</translation>
    </message>
    <message>
        <source>% of delivered</source>
        <translation>% der zugestellten</translation>
    </message>
    <message>
        <source>Policy line %1 %</source>
        <translation>Grenzwert %1 %</translation>
    </message>
    <message>
        <source>%1
%2 complaints of %3 delivered: %4 %
Click to list the reports.</source>
        <translation>%1
%2 Beschwerden bei %3 zugestellten: %4 %
Klicken, um die Reports aufzulisten.</translation>
    </message>
    <message>
        <source>%1 at %2
%3 complaints of %4 delivered: %5 %
Click to list the reports.</source>
        <translation>%1 bei %2
%3 Beschwerden bei %4 zugestellten: %5 %
Klicken, um die Reports aufzulisten.</translation>
    </message>
    <message>
        <source>other receivers</source>
        <translation>andere Mailbox-Provider</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Hard bounce rate (hard bounces ÷ mail that ended)</source>
        <translation>Hardbounce-Quote (Hardbounces ÷ abgeschlossene Mails)</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Hardbounce-Quote</translation>
    </message>
    <message>
        <source>% of mail that ended</source>
        <translation>% der abgeschlossenen Mails</translation>
    </message>
    <message>
        <source>%1
%2 hard bounces of %3 mails that ended: %4 %</source>
        <translation>%1
%2 Hardbounces bei %3 abgeschlossenen Mails: %4 %</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hardbounces</translation>
    </message>
    <message>
        <source>Spam bounces</source>
        <translation>Spam-Bounces</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Zustellverzögerungen</translation>
    </message>
    <message>
        <source>%1
%2 spam bounces, %3 deferrals
%4 mails ended</source>
        <translation>%1
%2 Spam-Bounces, %3 Zustellverzögerungen
%4 Mails abgeschlossen</translation>
    </message>
    <message>
        <source>Spam bounces and deferrals</source>
        <translation>Spam-Bounces und Zustellverzögerungen</translation>
    </message>
    <message>
        <source>Spam bounces &amp;&amp; deferrals</source>
        <translation>Spam-Bounces &amp;&amp; Zustellverzögerungen</translation>
    </message>
    <message>
        <source>mails</source>
        <translation>Mails</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>%1
%2 opt-outs</source>
        <translation>%1
%2 Opt-outs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>kein Grund</translation>
    </message>
    <message>
        <source>other reasons: %1</source>
        <translation>andere Gründe: %1</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>Opt-outs</translation>
    </message>
    <message>
        <source>Opt-outs — reasons over the period: %1</source>
        <translation>Opt-outs — Gründe im Zeitraum: %1</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>%1
%2 cases opened: severity 1: %3, 2: %4, 3: %5, 4: %6</source>
        <translation>%1
%2 Fälle eröffnet: Schweregrad 1: %3, 2: %4, 3: %5, 4: %6</translation>
    </message>
    <message>
        <source>Cases opened, by severity (1 most severe)</source>
        <translation>Eröffnete Fälle nach Schweregrad (1 am schwersten)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Cost of complaints (time × %1 per hour)</source>
        <translation>Kosten der Beschwerden (Zeit × %1 pro Stunde)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1
cost %2 (%3 minutes on cases)
revenue %4</source>
        <translation>%1
Kosten %2 (%3 Minuten für Fälle)
Umsatz %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cost of complaints against revenue, per month</source>
        <translation>Kosten der Beschwerden gegenüber dem Umsatz, pro Monat</translation>
    </message>
    <message>
        <source>Cost vs revenue</source>
        <translation>Kosten ggü. Umsatz</translation>
    </message>
    <message>
        <source>Cost of complaints per month (the customer&apos;s revenue is not known)</source>
        <translation>Kosten der Beschwerden pro Monat (der Umsatz des Kunden ist unbekannt)</translation>
    </message>
    <message>
        <source>No feedback reports of %1 in %2.</source>
        <translation>Keine Feedback-Reports von %1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) of %1 in %2 (double-click to read one):</source>
        <translation>
            <numerusform>%n Feedback-Report von %1 in %2 (Doppelklick zum Lesen):</numerusform>
            <numerusform>%n Feedback-Reports von %1 in %2 (Doppelklick, um einen zu lesen):</numerusform>
        </translation>
    </message>
    <message>
        <source>AbuseDesk dashboard of %1</source>
        <translation>AbuseDesk-Dashboard von %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Das Diagramm konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 has no mail, complaints, opt-outs, seed tests or cases from %2 to %3. Choose another period.</source>
        <translation>%1 hat vom %2 bis %3 keine Mails, Beschwerden, Opt-outs, Seed-Tests oder Fälle. Wählen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source> Seed tests: %1 seeds checked, %2 in the inbox, %3 in junk, %4 missing.</source>
        <translation> Seed-Tests: %1 Seeds geprüft, %2 im Posteingang, %3 im Spam-Ordner, %4 fehlend.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No seed-test results of %1 were checked from %2 to %3.

Import the results of a seed-test tool (a CSV with campaign, customer, receiver, placement and time) to see how many seed addresses found its mail in the inbox, in junk or nowhere.</source>
        <translation>Vom %2 bis %3 wurden keine Seed-Test-Ergebnisse von %1 geprüft.

Importieren Sie die Ergebnisse eines Seed-Test-Werkzeugs (eine CSV mit Kampagne, Kunde, Mailbox-Provider, Platzierung und Zeit), um zu sehen, wie viele Seed-Adressen seine Mails im Posteingang, im Spam-Ordner oder gar nicht erhalten haben.</translation>
    </message>
    <message>
        <source>Seed placement</source>
        <translation>Seed-Platzierung</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam-Ordner</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>%1
%2 seeds checked: %3 in the inbox, %4 in junk, %5 missing</source>
        <translation>%1
%2 Seeds geprüft: %3 im Posteingang, %4 im Spam-Ordner, %5 fehlend</translation>
    </message>
    <message>
        <source>Seed placement over the period: %1 in the inbox, %2 in junk, %3 missing</source>
        <translation>Seed-Platzierung im Zeitraum: %1 im Posteingang, %2 im Spam-Ordner, %3 fehlend</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>Seeds</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::EmptyStateView</name>
    <message>
        <source>This case database is empty</source>
        <translation>Diese Falldatenbank ist leer</translation>
    </message>
    <message>
        <source>&lt;p&gt;AbuseDesk works from the evidence you import. Bring in:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Role-account mail&lt;/b&gt; from abuse@, postmaster@, hostmaster@, privacy@, legal@ and webmaster@, exported as mbox files, EML files or Maildir folders;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Feedback-loop reports&lt;/b&gt; (ARF) and &lt;b&gt;bounces&lt;/b&gt; that reached those accounts;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delivery logs&lt;/b&gt;: Postfix and Exim logs, PowerMTA accounting files and your application&apos;s send logs, so that complaint and bounce rates have their denominators;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Customers&lt;/b&gt;: your list owners with their sending IPs and domains, so that every report can be tied to the customer who caused it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Drop files or folders onto this window&lt;/b&gt;, or use File ▸ Import Files… (Ctrl+I) and Import Folder… (Ctrl+Shift+I); on the command line: &lt;code&gt;abusedesk-cli import --db FILE PATH…&lt;/code&gt;. Nothing you import is ever changed, and importing the same files twice stores nothing twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AbuseDesk arbeitet mit den Belegen, die Sie importieren. Importieren Sie:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Mails der Rollenadressen&lt;/b&gt; abuse@, postmaster@, hostmaster@, privacy@, legal@ und webmaster@, exportiert als mbox-Dateien, EML-Dateien oder Maildir-Ordner;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Feedback-Loop-Reports&lt;/b&gt; (ARF) und &lt;b&gt;Bounces&lt;/b&gt;, die diese Adressen erreicht haben;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zustell-Logs&lt;/b&gt;: Postfix- und Exim-Logs, PowerMTA-Accounting-Dateien und die Versand-Logs Ihrer Anwendung, damit Beschwerde- und Bounce-Quoten ihre Bezugsgrößen haben;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Kunden&lt;/b&gt;: Ihre Listeninhaber mit ihren Sende-IPs und Domains, damit jeder Report dem Kunden zugeordnet werden kann, der ihn verursacht hat.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Ziehen Sie Dateien oder Ordner auf dieses Fenster&lt;/b&gt;, oder verwenden Sie Datei ▸ Dateien importieren… (Strg+I) und Ordner importieren… (Strg+Umschalt+I); auf der Kommandozeile: &lt;code&gt;abusedesk-cli import --db FILE PATH…&lt;/code&gt;. Nichts, was Sie importieren, wird je verändert, und wer dieselben Dateien zweimal importiert, speichert nichts doppelt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Falldatenbank: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::EvidenceView</name>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Save &amp;Original As…</source>
        <translation>&amp;Original speichern unter…</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>&amp;SHA-256 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in this case database</source>
        <translation>
            <numerusform>%n Nachricht in dieser Falldatenbank</numerusform>
            <numerusform>%n Nachrichten in dieser Falldatenbank</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ImportPanel</name>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Show &amp;Report</source>
        <translation>&amp;Bericht anzeigen</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 messages read&lt;/b&gt; from %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 Nachrichten gelesen&lt;/b&gt; aus %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 stored · %2 already in the case database · %3 rejected&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 gespeichert · %2 bereits in der Falldatenbank · %3 abgelehnt&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stored: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gespeichert: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 log lines read&lt;/b&gt; from %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 Log-Zeilen gelesen&lt;/b&gt; aus %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 records stored · %2 already in the case database · %3 lines rejected&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Datensätze gespeichert · %2 bereits in der Falldatenbank · %3 Zeilen abgelehnt&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first rejected lines are listed; all are kept in the case database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die ersten abgelehnten Zeilen werden aufgeführt; alle werden in der Falldatenbank aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Customers:&lt;/b&gt; %1 added · %2 updated (%3)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kunden:&lt;/b&gt; %1 hinzugefügt · %2 aktualisiert (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With their identifiers, %1 earlier items now belong to another customer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit ihren Kennungen gehören %1 frühere Elemente jetzt zu einem anderen Kunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not read yet:&lt;/b&gt; %1 — tables whose columns no saved profile maps. Map their columns to import them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch nicht gelesen:&lt;/b&gt; %1 — Tabellen, deren Spalten kein gespeichertes Profil zuordnet. Ordnen Sie ihre Spalten zu, um sie zu importieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import was cancelled.&lt;/b&gt; What was stored stays; import the same files again to complete it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Import wurde abgebrochen.&lt;/b&gt; Was gespeichert wurde, bleibt; importieren Sie dieselben Dateien erneut, um ihn abzuschließen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import stopped:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Import wurde angehalten:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rejected, with the reason:</source>
        <translation>Abgelehnt, mit Grund:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
    <message>
        <source>Map Columns…</source>
        <translation>Spalten zuordnen…</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::LadderDialog</name>
    <message>
        <source>customer #%1</source>
        <translation>Kunde Nr. %1</translation>
    </message>
    <message>
        <source>Escalation Ladder — %1</source>
        <translation>Eskalationsleiter — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is at &lt;b&gt;%2&lt;/b&gt; (step %3), status %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; steht auf &lt;b&gt;%2&lt;/b&gt; (Stufe %3), Status %4.</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Eskalationsstufe</translation>
    </message>
    <message>
        <source>0 — Good standing</source>
        <translation>0 — Ohne Beanstandung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Kundenstatus</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Required: why, with the facts (rates, reports, what the customer did or did not do)</source>
        <translation>Pflichtfeld: warum, mit den Fakten (Quoten, Reports, was der Kunde getan oder nicht getan hat)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Case the decision is taken in</source>
        <translation>Fall, in dem die Entscheidung getroffen wird</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Kein Fall</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>Nr. %1 %2 (%3)</translation>
    </message>
    <message>
        <source>In &amp;case:</source>
        <translation>Im &amp;Fall:</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>Entscheidung fest&amp;halten</translation>
    </message>
    <message>
        <source>Carries the status %1.</source>
        <translation>Bringt den Status %1 mit sich.</translation>
    </message>
    <message>
        <source>%1 Moves on to the next step when: %2</source>
        <translation>%1 Geht zur nächsten Stufe über, wenn: %2</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the decision.</source>
        <translation>Geben Sie eine Begründung an: sie wird mit der Entscheidung aufbewahrt.</translation>
    </message>
    <message>
        <source>The decision could not be recorded: %1</source>
        <translation>Die Entscheidung konnte nicht festgehalten werden: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::MainWindow</name>
    <message>
        <source>AbuseDesk case databases (*.abusedesk);;All files (*)</source>
        <translation>AbuseDesk-Falldatenbanken (*.abusedesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>AbuseDesk</source>
        <translation>AbuseDesk</translation>
    </message>
    <message>
        <source>No case database is open.
Create one with File &gt; New Case Database or open one with File &gt; Open.</source>
        <translation>Keine Falldatenbank geöffnet.
Legen Sie eine mit Datei &gt; Neue Falldatenbank an oder öffnen Sie eine mit Datei &gt; Öffnen.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Classifying again… %p%</source>
        <translation>Neue Klassifizierung läuft… %p%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Case Database…</source>
        <translation>&amp;Neue Falldatenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Case Database…</source>
        <translation>Falldatenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>&amp;Kunden importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Customers…</source>
        <translation>Kunden e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Write Report…</source>
        <translation>&amp;Report schreiben…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>&amp;Richtlinie…</translation>
    </message>
    <message>
        <source>Add &amp;Blocklist Listing…</source>
        <translation>Blocklisten&amp;eintrag hinzufügen…</translation>
    </message>
    <message>
        <source>Attribution &amp;Rules…</source>
        <translation>&amp;Zuordnungsregeln…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Belege</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Fälle</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Imports Panel</source>
        <translation>&amp;Import-Bereich</translation>
    </message>
    <message>
        <source>T&amp;riage</source>
        <translation>T&amp;riage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AbuseDesk</source>
        <translation>Ü&amp;ber AbuseDesk</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No case database</source>
        <translation>Keine Falldatenbank</translation>
    </message>
    <message>
        <source>%1 — AbuseDesk</source>
        <translation>%1 — AbuseDesk</translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation>%1 · Schema %2</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <source>An import or a reclassification is running. Changing the language now stops it; importing the same files again later completes the import.

Change the language now?</source>
        <translation>Ein Import oder eine Neuklassifizierung läuft. Wenn Sie die Sprache jetzt wechseln, wird er angehalten; ein späterer erneuter Import derselben Dateien schließt den Import ab.

Sprache jetzt wechseln?</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Case #%1 is not in the case database.</source>
        <translation>Fall Nr. %1 ist nicht in der Falldatenbank.</translation>
    </message>
    <message>
        <source>That message is no longer in the evidence list.</source>
        <translation>Diese Nachricht ist nicht mehr in der Belegliste.</translation>
    </message>
    <message>
        <source>Cannot open case database</source>
        <translation>Falldatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Case Database</source>
        <translation>Neue Falldatenbank</translation>
    </message>
    <message>
        <source>Open Case Database</source>
        <translation>Falldatenbank öffnen</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Mails importieren</translation>
    </message>
    <message>
        <source>Mail exports (*.mbox *.mbx *.eml *.msg *.gz *.bz2 *.xz *.txt);;All files (*)</source>
        <translation>Mail-Exporte (*.mbox *.mbx *.eml *.msg *.gz *.bz2 *.xz *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Mail Folder (Maildir or any folder)</source>
        <translation>Mail-Ordner importieren (Maildir oder beliebiger Ordner)</translation>
    </message>
    <message>
        <source>Listing saved.</source>
        <translation>Eintrag gespeichert.</translation>
    </message>
    <message>
        <source>Map Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>own domains and networks changed</source>
        <translation>eigene Domains und Netze geändert</translation>
    </message>
    <message>
        <source>Classifying the evidence again failed: %1</source>
        <translation>Die Neuklassifizierung der Belege ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Classified %1 messages again with the new policy: %2 changed.</source>
        <translation>%1 Nachrichten mit der neuen Richtlinie neu klassifiziert: %2 geändert.</translation>
    </message>
    <message>
        <source>attribution rules changed</source>
        <translation>Zuordnungsregeln geändert</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Customer lists (*.csv);;All files (*)</source>
        <translation>Kundenlisten (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>Customers added: %1, updated: %2. These rows were left out:

%3</source>
        <translation>Kunden hinzugefügt: %1, aktualisiert: %2. Diese Zeilen wurden ausgelassen:

%3</translation>
    </message>
    <message>
        <source>%1: customers added: %2, updated: %3.</source>
        <translation>%1: Kunden hinzugefügt: %2, aktualisiert: %3.</translation>
    </message>
    <message>
        <source>customers imported from %1</source>
        <translation>Kunden importiert aus %1</translation>
    </message>
    <message>
        <source>Export Customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Customers exported to %1.</source>
        <translation>Kunden exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::OpenCaseDialog</name>
    <message>
        <source>Open Case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>A case for this automatic finding, with its numbers and the %1 behind it.</source>
        <translation>Ein Fall für diesen automatischen Befund, mit seinen Zahlen und den zugrunde liegenden Nachrichten (%1).</translation>
    </message>
    <message>
        <source>A case with %1 as its evidence; they leave the triage queue.</source>
        <translation>Ein Fall mit %1 als Beleg; sie verlassen die Triage-Warteschlange.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the problem is, in a line</source>
        <translation>Worin das Problem besteht, in einer Zeile</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>who takes care of it</source>
        <translation>wer sich darum kümmert</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>First note</source>
        <translation>Erste Notiz</translation>
    </message>
    <message>
        <source>Optional: what you saw, what you will do first</source>
        <translation>Optional: was Sie gesehen haben, was Sie zuerst tun werden</translation>
    </message>
    <message>
        <source>First &amp;note:</source>
        <translation>Erste &amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Go to the case when it is open</source>
        <translation>Nach dem Eröffnen zum Fall &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>Fall &amp;eröffnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::PolicyDialog</name>
    <message>
        <source>Escalated complaints</source>
        <translation>Eskalierte Beschwerden</translation>
    </message>
    <message>
        <source>Complaints written by people</source>
        <translation>Von Personen geschriebene Beschwerden</translation>
    </message>
    <message>
        <source>Feedback reports (clusters)</source>
        <translation>Feedback-Reports (Gruppen)</translation>
    </message>
    <message>
        <source>Automatic findings</source>
        <translation>Automatische Befunde</translation>
    </message>
    <message>
        <source>Blocklist notices</source>
        <translation>Blocklisten-Hinweise</translation>
    </message>
    <message>
        <source>Unsubscribe requests</source>
        <translation>Abmeldebitten</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>The policy belongs to this case database. Lists take one entry per line: a role account is a local part (abuse) or an address; a trusted reporter is an address or a domain. Changing the lists classifies the evidence already imported again.</source>
        <translation>Die Richtlinie gehört zu dieser Falldatenbank. Listen nehmen einen Eintrag pro Zeile auf: eine Rollenadresse ist ein lokaler Teil (abuse) oder eine Adresse; ein vertrauenswürdiger Melder ist eine Adresse oder eine Domain. Eine Änderung der Listen klassifiziert die bereits importierten Belege neu.</translation>
    </message>
    <message>
        <source>abuse
postmaster
fbl-reports@esp.example</source>
        <translation>abuse
postmaster
fbl-reports@esp.example</translation>
    </message>
    <message>
        <source>&amp;Role accounts:</source>
        <translation>&amp;Rollenadressen:</translation>
    </message>
    <message>
        <source>spamhaus.org
abuse-desk@peer.example</source>
        <translation>spamhaus.org
abuse-desk@peer.example</translation>
    </message>
    <message>
        <source>&amp;Trusted reporters:</source>
        <translation>&amp;Vertrauenswürdige Melder:</translation>
    </message>
    <message>
        <source>X-Customer-ID</source>
        <translation>X-Customer-ID</translation>
    </message>
    <message>
        <source>&amp;Customer headers:</source>
        <translation>&amp;Kunden-Header:</translation>
    </message>
    <message>
        <source>esp.example
192.0.2.0/24</source>
        <translation>esp.example
192.0.2.0/24</translation>
    </message>
    <message>
        <source>Your own domains, addresses and CIDR ranges, one per line: mail that names them is listed as a mention.</source>
        <translation>Ihre eigenen Domains, Adressen und CIDR-Bereiche, einer pro Zeile: Mails, die sie nennen, werden als Erwähnung aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Own domains and networks:</source>
        <translation>&amp;Eigene Domains und Netze:</translation>
    </message>
    <message>
        <source>Complaint rate &amp;line:</source>
        <translation>&amp;Grenzwert Beschwerdequote:</translation>
    </message>
    <message>
        <source>&amp;Hard bounce rate line:</source>
        <translation>Grenzwert &amp;Hardbounce-Quote:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>count &amp;business days only</source>
        <translation>nur &amp;Werktage zählen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge within:</source>
        <translation>&amp;Bestätigen innerhalb von:</translation>
    </message>
    <message>
        <source>Triage order</source>
        <translation>Triage-Reihenfolge</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Alt+Up in the list</source>
        <translation>Alt+Oben in der Liste</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Alt+Down in the list</source>
        <translation>Alt+Unten in der Liste</translation>
    </message>
    <message>
        <source>&amp;Legal-tone items first</source>
        <translation>Elemente mit &amp;juristischem Ton zuerst</translation>
    </message>
    <message>
        <source>legal@esp.example</source>
        <translation>legal@esp.example</translation>
    </message>
    <message>
        <source>Cases opened from legal-tone items are given to this owner (empty: you).</source>
        <translation>Fälle, die aus Elementen mit juristischem Ton eröffnet werden, erhält diese zuständige Person (leer: Sie).</translation>
    </message>
    <message>
        <source>Legal items go to</source>
        <translation>Rechtliche Elemente gehen an</translation>
    </message>
    <message>
        <source>Legal items &amp;go to:</source>
        <translation>Rechtliche Elemente gehen &amp;an:</translation>
    </message>
    <message>
        <source>Triage &amp;order:</source>
        <translation>Triage-Reihen&amp;folge:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Die dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Postfix (classic syslog) and Exim write their times without a zone: the zone the mail servers&apos; clocks run in.</source>
        <translation>Postfix (klassisches Syslog) und Exim schreiben ihre Zeiten ohne Zone: die Zone, in der die Uhren der Mailserver laufen.</translation>
    </message>
    <message>
        <source>MTA log &amp;time zone:</source>
        <translation>&amp;Zeitzone der MTA-Logs:</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::PortfolioView</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Write &amp;Report…</source>
        <translation>&amp;Report schreiben…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerdequote</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Hardbounce-Quote</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>Reading the figures of every customer…</source>
        <translation>Die Kennzahlen aller Kunden werden gelesen…</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Keine Falldatenbank geöffnet.</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a first day before the last.</source>
        <translation>Der Zeitraum endet, bevor er beginnt: wählen Sie einen ersten Tag vor dem letzten.</translation>
    </message>
    <message>
        <source>There are no customers yet.
Import them with File &gt; Import Customers…, then their mail and delivery logs.</source>
        <translation>Es gibt noch keine Kunden.
Importieren Sie sie mit Datei &gt; Kunden importieren…, danach ihre Mails und Zustell-Logs.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Within the lines</source>
        <translation>Innerhalb der Grenzwerte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 Std.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The figures could not all be read: %1</source>
        <translation>Die Kennzahlen konnten nicht alle gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) need attention: %2 above the complaint line (%3), %4 above the hard bounce line (%5), %6 rising, %7 costing more than they bring.</source>
        <translation>
            <numerusform>Handlungsbedarf bei %1 von %n Kunde: %2 über dem Beschwerde-Grenzwert (%3), %4 über dem Hardbounce-Grenzwert (%5), %6 mit steigender Quote, %7 kosten mehr, als sie einbringen.</numerusform>
            <numerusform>Handlungsbedarf bei %1 von %n Kunden: %2 über dem Beschwerde-Grenzwert (%3), %4 über dem Hardbounce-Grenzwert (%5), %6 mit steigender Quote, %7 kosten mehr, als sie einbringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReadingPane</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save &amp;Original As…</source>
        <translation>Original speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the message exactly as it was imported, byte for byte</source>
        <translation>Die Nachricht genau so speichern, wie sie importiert wurde, Byte für Byte</translation>
    </message>
    <message>
        <source>Customer and why</source>
        <translation>Kunde und Begründung</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Fakten</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <source>&amp;Raw Source</source>
        <translation>&amp;Rohquelltext</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attachments are evidence from strangers: they can be saved, never opened here.</source>
        <translation>Anhänge sind Belege von Fremden: sie können gespeichert, aber hier nie geöffnet werden.</translation>
    </message>
    <message>
        <source>Save &amp;Attachment As…</source>
        <translation>&amp;Anhang speichern unter…</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Anhän&amp;ge</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Wählen Sie eine Nachricht, um sie zu lesen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 bytes from %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 Bytes von %5</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>This message carries no original message (no message/rfc822 or text/rfc822-headers part).</source>
        <translation>Diese Nachricht enthält keine ursprüngliche Nachricht (keinen Teil message/rfc822 oder text/rfc822-headers).</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kunde:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; Unattributed — no rule names a customer.</source>
        <translation>&lt;b&gt;Kunde:&lt;/b&gt; Nicht zugeordnet — keine Regel nennt einen Kunden.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The message offers nothing that could name a customer.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Die Nachricht bietet nichts, was einen Kunden nennen könnte.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Clues:&lt;/i&gt; %1</source>
        <translation>&lt;br&gt;&lt;i&gt;Hinweise:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The rules now say otherwise; it is updated when the history is attributed again (save a customer or the rules).&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Die Regeln sagen jetzt etwas anderes; die Zuordnung wird aktualisiert, wenn der Verlauf neu zugeordnet wird (einen Kunden oder die Regeln speichern).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Save Original As</source>
        <translation>Original speichern unter</translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>E-Mail-Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Anhang speichern unter</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReplyDialog</name>
    <message>
        <source>Reply for Case #%1</source>
        <translation>Antwort zu Fall Nr. %1</translation>
    </message>
    <message>
        <source>&amp;Templates (for this problem first):</source>
        <translation>&amp;Vorlagen (passende zuerst):</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>&amp;Include the complainant&apos;s address and identifying headers</source>
        <translation>&amp;Adresse und identifizierende Header des Beschwerdeführers einbeziehen</translation>
    </message>
    <message>
        <source>Withheld by default: a list owner learns who complained only where the law and the contract allow it</source>
        <translation>Standardmäßig zurückgehalten: ein Listeninhaber erfährt nur dann, wer sich beschwert hat, wenn Gesetz und Vertrag dies erlauben</translation>
    </message>
    <message>
        <source>&amp;Deadline in</source>
        <translation>&amp;Frist in</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>Vorlage &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Save &amp;Draft…</source>
        <translation>&amp;Entwurf speichern…</translation>
    </message>
    <message>
        <source>Save the reply as an .eml draft and keep it in the case timeline</source>
        <translation>Die Antwort als .eml-Entwurf speichern und im Verlauf des Falls festhalten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the subject and text to the clipboard and keep the reply in the case timeline</source>
        <translation>Betreff und Text in die Zwischenablage kopieren und die Antwort im Verlauf des Falls festhalten</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Program</source>
        <translation>Im &amp;Mailprogramm öffnen</translation>
    </message>
    <message>
        <source>Start a new mail in the system&apos;s mail program and keep the reply in the case timeline</source>
        <translation>Eine neue Mail im Mailprogramm des Systems beginnen und die Antwort im Verlauf des Falls festhalten</translation>
    </message>
    <message>
        <source>%1 — to the %2</source>
        <translation>%1 — an %2</translation>
    </message>
    <message>
        <source>complainant</source>
        <translation>den Beschwerdeführer</translation>
    </message>
    <message>
        <source>list owner</source>
        <translation>den Listeninhaber</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>(no desk address)</source>
        <translation>(keine Desk-Adresse)</translation>
    </message>
    <message>
        <source>(no contact: fill it in in the mail program)</source>
        <translation>(kein Kontakt: im Mailprogramm ausfüllen)</translation>
    </message>
    <message>
        <source>This template cannot be used until it is fixed (Edit Template…):
%1</source>
        <translation>Diese Vorlage kann erst verwendet werden, wenn sie korrigiert ist (Vorlage bearbeiten…):
%1</translation>
    </message>
    <message>
        <source>The reply was not kept in the case timeline: %1</source>
        <translation>Die Antwort wurde nicht im Verlauf des Falls festgehalten: %1</translation>
    </message>
    <message>
        <source>Save Reply Draft</source>
        <translation>Antwortentwurf speichern</translation>
    </message>
    <message>
        <source>Mail drafts (*.eml)</source>
        <translation>Mail-Entwürfe (*.eml)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1 and kept in the case timeline.</source>
        <translation>Gespeichert in %1 und im Verlauf des Falls festgehalten.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard and kept in the case timeline.</source>
        <translation>In die Zwischenablage kopiert und im Verlauf des Falls festgehalten.</translation>
    </message>
    <message>
        <source>No mail program could be started. Save the draft or copy the text instead.</source>
        <translation>Es konnte kein Mailprogramm gestartet werden. Speichern Sie stattdessen den Entwurf oder kopieren Sie den Text.</translation>
    </message>
    <message>
        <source>Handed to the mail program and kept in the case timeline.</source>
        <translation>An das Mailprogramm übergeben und im Verlauf des Falls festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReportDialog</name>
    <message>
        <source>Write Report</source>
        <translation>Report schreiben</translation>
    </message>
    <message>
        <source>Every customer (portfolio)</source>
        <translation>Alle Kunden (Portfolio)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>&amp;Report über:</translation>
    </message>
    <message>
        <source>&amp;Management: internal, with notes, time, cost and revenue</source>
        <translation>&amp;Geschäftsleitung: intern, mit Notizen, Zeiten, Kosten und Umsatz</translation>
    </message>
    <message>
        <source>The &amp;customer: no internal notes or costs, complainants&apos; addresses redacted</source>
        <translation>Der &amp;Kunde: ohne interne Notizen oder Kosten, Adressen der Beschwerdeführer geschwärzt</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>PDF (charts, pages numbered)</source>
        <translation>PDF (Diagramme, nummerierte Seiten)</translation>
    </message>
    <message>
        <source>HTML (one file, charts included)</source>
        <translation>HTML (eine Datei, mit Diagrammen)</translation>
    </message>
    <message>
        <source>CSV (the figures, for a spreadsheet)</source>
        <translation>CSV (die Kennzahlen, für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portfolio</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kunde</translation>
    </message>
    <message>
        <source>management</source>
        <translation>geschaeftsleitung</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>Every customer over %n day(s): who is above the lines, who is rising, who costs more than they bring.</source>
        <translation>
            <numerusform>Alle Kunden über %n Tag: wer über den Grenzwerten liegt, bei wem die Werte steigen, wer mehr kostet, als er einbringt.</numerusform>
            <numerusform>Alle Kunden über %n Tage: wer über den Grenzwerten liegt, bei wem die Werte steigen, wer mehr kostet, als er einbringt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s figures, charts, cases, complaints, opt-outs and decisions over %n day(s).</source>
        <translation>
            <numerusform>Kennzahlen, Diagramme, Fälle, Beschwerden, Opt-outs und Entscheidungen des Kunden über %n Tag.</numerusform>
            <numerusform>Kennzahlen, Diagramme, Fälle, Beschwerden, Opt-outs und Entscheidungen des Kunden über %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Report wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Der Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>Reading the figures, then writing the report…</source>
        <translation>Die Zahlen werden gelesen, dann wird der Bericht geschrieben…</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TemplateEditorDialog</name>
    <message>
        <source>Reply Template</source>
        <translation>Antwortvorlage</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>The list owner (customer)</source>
        <translation>Der Listeninhaber (Kunde)</translation>
    </message>
    <message>
        <source>The complainant</source>
        <translation>Der Beschwerdeführer</translation>
    </message>
    <message>
        <source>case categories it suits, e.g. complaint-rate, blocklist</source>
        <translation>Fallkategorien, zu denen sie passt, z. B. complaint-rate, blocklist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Kategorien:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Preview, filled from case #%1:</source>
        <translation>Vorschau, gefüllt aus Fall Nr. %1:</translation>
    </message>
    <message>
        <source>Preview (no case: placeholders stay empty):</source>
        <translation>Vorschau (kein Fall: Platzhalter bleiben leer):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Platzhalter (Doppelklick zum Einfügen):</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Reset to Shipped</source>
        <translation>Auf Auslieferungszustand zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>(No preview: the template has errors, listed below.)</source>
        <translation>(Keine Vorschau: die Vorlage enthält Fehler, unten aufgeführt.)</translation>
    </message>
    <message>
        <source>Not saved: fix the errors first, so that no reply goes out with a gap.</source>
        <translation>Nicht gespeichert: korrigieren Sie zuerst die Fehler, damit keine Antwort mit einer Lücke hinausgeht.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The shipped text is back; Save keeps it.</source>
        <translation>Der mitgelieferte Text ist wiederhergestellt; Speichern übernimmt ihn.</translation>
    </message>
    <message>
        <source>Import Reply Template</source>
        <translation>Antwortvorlage importieren</translation>
    </message>
    <message>
        <source>Reply templates (*.txt);;All files (*)</source>
        <translation>Antwortvorlagen (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Imported from %1; Save keeps it.</source>
        <translation>Importiert aus %1; Speichern übernimmt sie.</translation>
    </message>
    <message>
        <source>Export Reply Template</source>
        <translation>Antwortvorlage exportieren</translation>
    </message>
    <message>
        <source>Reply templates (*.txt)</source>
        <translation>Antwortvorlagen (*.txt)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n Fehler:</numerusform>
            <numerusform>%n Fehler:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TriageTableModel</name>
    <message>
        <source>Escalated complaint</source>
        <translation>Eskalierte Beschwerde</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Feedback report</source>
        <translation>Feedback-Report</translation>
    </message>
    <message>
        <source>Feedback reports</source>
        <translation>Feedback-Reports</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Blocklist notice</source>
        <translation>Blocklisten-Hinweis</translation>
    </message>
    <message>
        <source>Unsubscribe request</source>
        <translation>Abmeldebitte</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Irrelevant</translation>
    </message>
    <message>
        <source>Feedback reports ×%1</source>
        <translation>Feedback-Reports ×%1</translation>
    </message>
    <message>
        <source>Finding: Address reputation</source>
        <translation>Befund: Reputation der Adresse</translation>
    </message>
    <message>
        <source>Finding: Mail after a complaint</source>
        <translation>Befund: Mails nach einer Beschwerde</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>In a case</source>
        <translation>In einem Fall</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>your own sending addresses</source>
        <translation>Ihre eigenen Absenderadressen</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Legal · %1</source>
        <translation>Rechtlich · %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Bestätigen bis %1</translation>
    </message>
    <message>
        <source>Written in a legal tone: route it to whoever answers legal matters.</source>
        <translation>In juristischem Ton geschrieben: leiten Sie es an die Person weiter, die rechtliche Angelegenheiten beantwortet.</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, an %2</translation>
    </message>
    <message>
        <source>%1, legal tone</source>
        <translation>%1, juristischer Ton</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Mailbox-Provider</translation>
    </message>
    <message>
        <source>Subject or summary</source>
        <translation>Betreff oder Zusammenfassung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TriageView</name>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Search subject, sender and text</source>
        <translation>Betreff, Absender und Text durchsuchen</translation>
    </message>
    <message>
        <source>Search subject, sender and text: words, &quot;a phrase&quot;, prefix* (Ctrl+F)</source>
        <translation>Betreff, Absender und Text durchsuchen: Wörter, &quot;eine Phrase&quot;, Präfix* (Strg+F)</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <source>&amp;Legal only</source>
        <translation>Nur &amp;rechtliche</translation>
    </message>
    <message>
        <source>Only reports written in a legal tone</source>
        <translation>Nur Reports in juristischem Ton</translation>
    </message>
    <message>
        <source>Include &amp;handled</source>
        <translation>&amp;Bearbeitete einbeziehen</translation>
    </message>
    <message>
        <source>Also acknowledged items, noise and items already in a case</source>
        <translation>Auch bestätigte Elemente, irrelevante und solche, die bereits in einem Fall sind</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Rollenadresse</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Mailbox-Provider</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Empfangen ab</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Empfangen bis</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Role &amp;account:</source>
        <translation>R&amp;ollenadresse:</translation>
    </message>
    <message>
        <source>Re&amp;porter:</source>
        <translation>&amp;Melder:</translation>
    </message>
    <message>
        <source>Recei&amp;ver:</source>
        <translation>Mailbox-&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>Triage-Warteschlange</translation>
    </message>
    <message>
        <source>overdue by 88 h 88 min</source>
        <translation>seit 88 Std. 88 Min. überfällig</translation>
    </message>
    <message>
        <source>Legal · Escalated complaint</source>
        <translation>Rechtlich · Eskalierte Beschwerde</translation>
    </message>
    <message>
        <source>Numbers of the selected cluster or finding</source>
        <translation>Zahlen der ausgewählten Gruppe oder des Befunds</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected items: they leave the queue (A)</source>
        <translation>Die ausgewählten Elemente bestätigen: sie verlassen die Warteschlange (A)</translation>
    </message>
    <message>
        <source>Mark as &amp;Noise</source>
        <translation>Als &amp;irrelevant markieren</translation>
    </message>
    <message>
        <source>Attribute to C&amp;ustomer…</source>
        <translation>&amp;Kunde zuordnen…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>Fall &amp;eröffnen…</translation>
    </message>
    <message>
        <source>A&amp;ttach to Case…</source>
        <translation>An Fall an&amp;hängen…</translation>
    </message>
    <message>
        <source>&amp;Dismiss Finding…</source>
        <translation>Befund &amp;verwerfen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Search the Queue</source>
        <translation>Warteschlange &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Look for Findings Again</source>
        <translation>Erneut nach Befunden &amp;suchen</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Keine Falldatenbank geöffnet.</translation>
    </message>
    <message>
        <source>No case database is open</source>
        <translation>Keine Falldatenbank geöffnet</translation>
    </message>
    <message>
        <source>Create one with File ▸ New Case Database or open one with File ▸ Open.</source>
        <translation>Legen Sie eine mit Datei ▸ Neue Falldatenbank an oder öffnen Sie eine mit Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <source>%1. Search for words, &quot;a phrase&quot; in double quotes, or the start of a word followed by *.</source>
        <translation>%1. Suchen Sie nach Wörtern, &quot;einer Phrase&quot; in doppelten Anführungszeichen oder dem Anfang eines Wortes gefolgt von *.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The search cannot be read</source>
        <translation>Die Suche kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Change the search above, or clear the filters.</source>
        <translation>Ändern Sie die Suche oben, oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Nichts passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>Nothing in the queue fits the search and facets above. Clear them to see everything that waits for you%1.</source>
        <translation>Nichts in der Warteschlange passt zur Suche und zu den Facetten oben. Setzen Sie sie zurück, um alles zu sehen, was auf Sie wartet%1.</translation>
    </message>
    <message>
        <source>, or tick Include handled to search what was handled too</source>
        <translation>, oder haken Sie „Bearbeitete einbeziehen“ an, um auch Bearbeitetes zu durchsuchen</translation>
    </message>
    <message>
        <source>Nothing waits for you</source>
        <translation>Nichts wartet auf Sie</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Import the mail of your role accounts (File ▸ Import Files…, or drop files on the window): complaints, feedback reports and notices that need a human wait here, most urgent first.</source>
        <translation>Es wurde noch nichts importiert. Importieren Sie die Mails Ihrer Rollenadressen (Datei ▸ Dateien importieren…, oder Dateien auf das Fenster ziehen): Beschwerden, Feedback-Reports und Hinweise, die einen Menschen brauchen, warten hier, die dringendsten zuerst.</translation>
    </message>
    <message>
        <source>Every report has been handled. New complaints, feedback reports and notices join the queue when you import mail (File ▸ Import Files…, or drop files on the window); automatic findings join it when the data shows a problem. What was handled is under Include handled.</source>
        <translation>Jeder Report wurde bearbeitet. Neue Beschwerden, Feedback-Reports und Hinweise kommen in die Warteschlange, wenn Sie Mails importieren (Datei ▸ Dateien importieren…, oder Dateien auf das Fenster ziehen); automatische Befunde kommen hinzu, wenn die Daten ein Problem zeigen. Bearbeitetes finden Sie unter „Bearbeitete einbeziehen“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (0)</source>
        <translation>%1 (0)</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Feedback reports (clusters)</source>
        <translation>Feedback-Reports (Gruppen)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Jeder Kunde</translation>
    </message>
    <message>
        <source>Any role account</source>
        <translation>Jede Rollenadresse</translation>
    </message>
    <message>
        <source>Any reporter</source>
        <translation>Jeder Melder</translation>
    </message>
    <message>
        <source>Any receiver</source>
        <translation>Jeder Mailbox-Provider</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 in a legal tone</source>
        <translation>%1 in juristischem Ton</translation>
    </message>
    <message>
        <source>looking for automatic findings…</source>
        <translation>suche nach automatischen Befunden…</translation>
    </message>
    <message>
        <source>this message</source>
        <translation>diese Nachricht</translation>
    </message>
    <message>
        <source>&amp;Undo Dismissal of the Finding</source>
        <translation>Verwerfen des Befunds &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Dismissal of %1 Findings</source>
        <translation>Verwerfen von %1 Befunden &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>noch kein Kunde</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feedback reports ×%1&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;&lt;i&gt;The newest report is below. Acknowledge (A), Noise (N), Open Case (C) and Attach (T) act on every report of the cluster.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Feedback-Reports ×%1&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;&lt;i&gt;Der neueste Report steht unten. Bestätigen (A), Irrelevant (N), Fall eröffnen (C) und Anhängen (T) wirken auf jeden Report der Gruppe.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Counted from the delivery data (%1 items); no messages are linked to it.</source>
        <translation>Aus den Zustelldaten gezählt (%1 Elemente); es sind keine Nachrichten damit verknüpft.</translation>
    </message>
    <message>
        <source>%1 messages behind it; a case opened from it links them.</source>
        <translation>%1 Nachrichten liegen ihm zugrunde; ein daraus eröffneter Fall verknüpft sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Open a case (C) to act on it, or dismiss it (D) with a reason.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Eröffnen Sie einen Fall (C), um zu handeln, oder verwerfen Sie ihn (D) mit Begründung.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Select the items to act on first.</source>
        <translation>Wählen Sie zuerst die Elemente aus, die bearbeitet werden sollen.</translation>
    </message>
    <message>
        <source>These findings have no messages to act on: open a case (C) or dismiss them (D).</source>
        <translation>Diese Befunde haben keine Nachrichten, die bearbeitet werden könnten: eröffnen Sie einen Fall (C) oder verwerfen Sie sie (D).</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>Der Fall konnte nicht eröffnet werden: %1</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>Befund verwerfen</translation>
    </message>
    <message>
        <source>Why is this not a problem? The finding is not proposed again; Undo (Ctrl+Z) brings it back.</source>
        <translation>Warum ist das kein Problem? Der Befund wird nicht erneut vorgeschlagen; Rückgängig (Strg+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>A finding is dismissed with a reason; nothing was dismissed.</source>
        <translation>Ein Befund wird mit Begründung verworfen; es wurde nichts verworfen.</translation>
    </message>
    <message>
        <source>The finding could not be dismissed: %1</source>
        <translation>Der Befund konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>Finding dismissed: %1</source>
        <translation>Befund verworfen: %1</translation>
    </message>
    <message>
        <source>%1 findings dismissed: %2</source>
        <translation>%1 Befunde verworfen: %2</translation>
    </message>
    <message>
        <source>The finding could not be restored: %1</source>
        <translation>Der Befund konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The finding is proposed again.</source>
        <translation>Der Befund wird wieder vorgeschlagen.</translation>
    </message>
    <message>
        <source>%1 findings are proposed again.</source>
        <translation>%1 Befunde werden wieder vorgeschlagen.</translation>
    </message>
    <message>
        <source>That could not be undone: %1</source>
        <translation>Das konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>automatic findings could not be computed: %1</source>
        <translation>automatische Befunde konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>findings over %1 – %2</source>
        <translation>Befunde im Zeitraum %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::importing</name>
    <message>
        <source>the compressed data is damaged after %1 lines: %2</source>
        <translation>die komprimierten Daten sind nach %1 Zeilen beschädigt: %2</translation>
    </message>
    <message>
        <source>the compressed data is damaged after %1 lines: it ends early (the file is cut off)</source>
        <translation>die komprimierten Daten sind nach %1 Zeilen beschädigt: sie enden zu früh (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>a column mapping needs a name</source>
        <translation>eine Spaltenzuordnung braucht einen Namen</translation>
    </message>
    <message>
        <source>a table whose columns no saved profile maps: choose or create a column mapping (abusedesk-cli import --profile FILE.json)</source>
        <translation>eine Tabelle, deren Spalten kein gespeichertes Profil zuordnet: wählen oder erstellen Sie eine Spaltenzuordnung (abusedesk-cli import --profile FILE.json)</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>der Import kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the database refused the import: %1</source>
        <translation>die Datenbank hat den Import abgelehnt: %1</translation>
    </message>
    <message>
        <source>the database refused %1: %2</source>
        <translation>die Datenbank hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>the database refused an update: %1</source>
        <translation>die Datenbank hat eine Aktualisierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the database refused the changes: %1</source>
        <translation>die Datenbank hat die Änderungen abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::importing::ImportJobsModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>zähle…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>schätze…</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>Cancelled: %1 stored</source>
        <translation>Abgebrochen: %1 gespeichert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 stored, %2 duplicates, %3 rejected</source>
        <translation>%1 gespeichert, %2 Duplikate, %3 abgelehnt</translation>
    </message>
    <message>
        <source>, tables to map: %1</source>
        <translation>, zuzuordnende Tabellen: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>abusedesk::mail::MailSourceReader</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>die Datei oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>der Ordner enthält keine Dateien</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot decompress the file: %1</source>
        <translation>die Datei kann nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>the compressed data is damaged: %1</source>
        <translation>die komprimierten Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>the compressed data is damaged: it ends early (the file is cut off)</source>
        <translation>die komprimierten Daten sind beschädigt: sie enden zu früh (die Datei ist abgeschnitten)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the message is larger than 256 MB</source>
        <translation>die Nachricht ist größer als 256 MB</translation>
    </message>
    <message>
        <source>not mail: neither an mbox file (first line &quot;From …&quot;) nor a message (header lines); it starts with &quot;%1&quot;</source>
        <translation>keine Mail: weder eine mbox-Datei (erste Zeile „From …“) noch eine Nachricht (Kopfzeilen); sie beginnt mit „%1“</translation>
    </message>
    <message>
        <source>empty message between two From_ lines</source>
        <translation>leere Nachricht zwischen zwei From_-Zeilen</translation>
    </message>
</context>
<context>
    <name>abusedesk::storage::Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an AbuseDesk case database.</source>
        <translation>%1 ist eine leere Datei, keine AbuseDesk-Falldatenbank.</translation>
    </message>
    <message>
        <source>%1 is not an AbuseDesk case database: it is not an SQLite file.</source>
        <translation>%1 ist keine AbuseDesk-Falldatenbank: es ist keine SQLite-Datei.</translation>
    </message>
    <message>
        <source>SQLite cannot read %1: %2. The file was left unchanged.</source>
        <translation>SQLite kann %1 nicht lesen: %2. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of AbuseDesk (schema %2; this program knows schema %3). Update AbuseDesk to open it; the file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Version von AbuseDesk geschrieben (Schema %2; dieses Programm kennt Schema %3). Aktualisieren Sie AbuseDesk, um sie zu öffnen; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an AbuseDesk case database; it was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine AbuseDesk-Falldatenbank; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>No case database file was given.</source>
        <translation>Es wurde keine Falldatenbank-Datei angegeben.</translation>
    </message>
    <message>
        <source>%1 already exists; AbuseDesk does not overwrite files. Choose a new file name.</source>
        <translation>%1 existiert bereits; AbuseDesk überschreibt keine Dateien. Wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a case database file.</source>
        <translation>%1 ist ein Ordner oder ein Gerät, keine Falldatenbank-Datei.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht angelegt werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>SQLite cannot open %1: %2.</source>
        <translation>SQLite kann %1 nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2.</source>
        <translation>%1 kann nicht aktualisiert werden: %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3.</source>
        <translation>%1 kann nicht auf Schema %2 aktualisiert werden: %3.</translation>
    </message>
    <message>
        <source>unknown policy key &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Richtlinienschlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the value of %1 is not JSON: %2</source>
        <translation>der Wert von %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>%1 must be %2, like %3</source>
        <translation>%1 muss %2 sein, wie %3</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>eine JSON-Liste</translation>
    </message>
    <message>
        <source>the same kind of value</source>
        <translation>dieselbe Art von Wert</translation>
    </message>
    <message>
        <source>log_time_zone: “%1” is not a time zone (such as UTC or Europe/Berlin)</source>
        <translation>log_time_zone: „%1“ ist keine Zeitzone (wie UTC oder Europe/Berlin)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Attribute the history to customers again, or say why an item is theirs</source>
        <translation>Den Verlauf erneut Kunden zuordnen, oder erklären, warum ein Element zu einem Kunden gehört</translation>
    </message>
    <message>
        <source>Import, export or list the customers and their identifiers</source>
        <translation>Die Kunden und ihre Kennungen importieren, exportieren oder auflisten</translation>
    </message>
    <message>
        <source>Cases and their timelines; ladder decisions</source>
        <translation>Fälle und ihre Verläufe; Entscheidungen zur Eskalationsleiter</translation>
    </message>
    <message>
        <source>What each message is, as JSON lines; no database</source>
        <translation>Was jede Nachricht ist, als JSON-Zeilen; ohne Datenbank</translation>
    </message>
    <message>
        <source>Write a synthetic case with its expected results</source>
        <translation>Einen synthetischen Fall mit seinen erwarteten Ergebnissen schreiben</translation>
    </message>
    <message>
        <source>The stored bytes of one message</source>
        <translation>Die gespeicherten Bytes einer Nachricht</translation>
    </message>
    <message>
        <source>The automatic findings: rates above the lines, listings, mail after opt-outs</source>
        <translation>Die automatischen Befunde: Quoten über den Grenzwerten, Blocklisteneinträge, Mails nach Opt-outs</translation>
    </message>
    <message>
        <source>What one recipient got: messages, campaigns, opt-outs</source>
        <translation>Was ein Empfänger erhalten hat: Nachrichten, Kampagnen, Opt-outs</translation>
    </message>
    <message>
        <source>Import mail and delivery logs into a case database</source>
        <translation>Mails und Zustell-Logs in eine Falldatenbank importieren</translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation>Eine leere Falldatenbank anlegen</translation>
    </message>
    <message>
        <source>Enter a blocklist listing by hand, or show the listings</source>
        <translation>Einen Blocklisteneintrag manuell erfassen oder die Einträge anzeigen</translation>
    </message>
    <message>
        <source>Show or change the policy (role accounts, trusted reporters …)</source>
        <translation>Die Richtlinie anzeigen oder ändern (Rollenadressen, vertrauenswürdige Melder …)</translation>
    </message>
    <message>
        <source>The triage queue, its facets and search; acknowledge or mark noise</source>
        <translation>Die Triage-Warteschlange, ihre Facetten und Suche; bestätigen oder als irrelevant markieren</translation>
    </message>
    <message>
        <source>Which mailbox provider each recipient domain belongs to</source>
        <translation>Zu welchem Mailbox-Provider jede Empfängerdomain gehört</translation>
    </message>
    <message>
        <source>Classify stored evidence again with the current policy</source>
        <translation>Gespeicherte Belege mit der aktuellen Richtlinie neu klassifizieren</translation>
    </message>
    <message>
        <source>A customer&apos;s issue history or the portfolio, as PDF, CSV or HTML</source>
        <translation>Die Problemhistorie eines Kunden oder das Portfolio, als PDF, CSV oder HTML</translation>
    </message>
    <message>
        <source>Row counts per table of a case database</source>
        <translation>Zeilenzahlen je Tabelle einer Falldatenbank</translation>
    </message>
    <message>
        <source>AbuseDesk on the command line: the case database without the window.</source>
        <translation>AbuseDesk auf der Kommandozeile: die Falldatenbank ohne das Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;abusedesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Mit &apos;abusedesk-cli BEFEHL --help&apos; erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The case database file.</source>
        <translation>Die Falldatenbank-Datei.</translation>
    </message>
    <message>
        <source>Say why this message (evidence id) belongs to its customer.</source>
        <translation>Erklären, warum diese Nachricht (Beleg-ID) zu ihrem Kunden gehört.</translation>
    </message>
    <message>
        <source>Say why this delivery (its id) belongs to its customer.</source>
        <translation>Erklären, warum diese Zustellung (ihre ID) zu ihrem Kunden gehört.</translation>
    </message>
    <message>
        <source>List the messages no rule attributes (noise left out), with what could identify them.</source>
        <translation>Die Nachrichten auflisten, die keine Regel zuordnet (irrelevante ausgenommen), mit den Angaben, die sie identifizieren könnten.</translation>
    </message>
    <message>
        <source>List the attributed messages whose rules disagree (another rule named someone else).</source>
        <translation>Die zugeordneten Nachrichten auflisten, bei denen sich Regeln widersprechen (eine andere Regel nannte jemand anderen).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Attribute the history to customers again, or explain an attribution.</source>
        <translation>Den Verlauf erneut Kunden zuordnen, oder eine Zuordnung erklären.</translation>
    </message>
    <message>
        <source>--%1 wants an id (a positive number).</source>
        <translation>--%1 erwartet eine ID (eine positive Zahl).</translation>
    </message>
    <message>
        <source>there is no message with evidence id %1.</source>
        <translation>es gibt keine Nachricht mit der Beleg-ID %1.</translation>
    </message>
    <message>
        <source>there is no delivery with id %1.</source>
        <translation>es gibt keine Zustellung mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 (%3).</source>
        <translation>%1 gehört zu %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not attributed.</source>
        <translation>%1 ist nicht zugeordnet.</translation>
    </message>
    <message>
        <source>  The stored attribution is older than the rules: run &apos;abusedesk-cli attribute&apos;.</source>
        <translation>  Die gespeicherte Zuordnung ist älter als die Regeln: führen Sie &apos;abusedesk-cli attribute&apos; aus.</translation>
    </message>
    <message>
        <source>%1 messages with disagreeing rules.</source>
        <translation>%1 Nachrichten mit widersprechenden Regeln.</translation>
    </message>
    <message>
        <source>%1 unattributed messages.</source>
        <translation>%1 nicht zugeordnete Nachrichten.</translation>
    </message>
    <message>
        <source>nothing that could identify a customer</source>
        <translation>nichts, was einen Kunden identifizieren könnte</translation>
    </message>
    <message>
        <source>attributing: %1 %</source>
        <translation>Zuordnung: %1 %</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1 items examined in %2 s: %3 changed, %4 moved to another customer.</source>
        <translation>%1 Elemente in %2 s geprüft: %3 geändert, %4 zu einem anderen Kunden verschoben.</translation>
    </message>
    <message>
        <source>  %1 → %2: %3 messages, %4 deliveries, %5 opt-outs, %6 listings</source>
        <translation>  %1 → %2: %3 Nachrichten, %4 Zustellungen, %5 Opt-outs, %6 Blocklisteneinträge</translation>
    </message>
    <message>
        <source>%1 messages unattributed, %2 with disagreeing rules.</source>
        <translation>%1 Nachrichten nicht zugeordnet, %2 mit widersprechenden Regeln.</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export: in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>list: print the customers as JSON.</source>
        <translation>list: die Kunden als JSON ausgeben.</translation>
    </message>
    <message>
        <source>import FILE.csv, export or list.</source>
        <translation>import FILE.csv, export oder list.</translation>
    </message>
    <message>
        <source>The customers (list owners) and their identifiers, as customers.csv.</source>
        <translation>Die Kunden (Listeninhaber) und ihre Kennungen, als customers.csv.</translation>
    </message>
    <message>
        <source>say what to do: import FILE.csv, export or list.</source>
        <translation>geben Sie an, was zu tun ist: import FILE.csv, export oder list.</translation>
    </message>
    <message>
        <source>import wants one CSV file.</source>
        <translation>import erwartet eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 line %2: %3%4</source>
        <translation>%1 Zeile %2: %3%4</translation>
    </message>
    <message>
        <source>Customers: %1 added, %2 updated, %3 rows rejected.</source>
        <translation>Kunden: %1 hinzugefügt, %2 aktualisiert, %3 Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Attributed again: %1 items examined, %2 moved.</source>
        <translation>Neu zugeordnet: %1 Elemente geprüft, %2 verschoben.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 customers written to %2.</source>
        <translation>%1 Kunden nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Figures over %1 to %2 (UTC).</source>
        <translation>Kennzahlen vom %1 bis %2 (UTC).</translation>
    </message>
    <message>
        <source>%1  %2  %3, step %4: %5 complaints, complaint rate %6 %, hard bounces %7 %, %8 identifiers</source>
        <translation>%1  %2  %3, Stufe %4: %5 Beschwerden, Beschwerdequote %6 %, Hardbounces %7 %, %8 Kennungen</translation>
    </message>
    <message>
        <source>Print one JSON object per message.</source>
        <translation>Ein JSON-Objekt pro Nachricht ausgeben.</translation>
    </message>
    <message>
        <source>Another role account (local part or address), besides postmaster, abuse, hostmaster, privacy, legal and webmaster. Repeatable.</source>
        <translation>Eine weitere Rollenadresse (lokaler Teil oder Adresse), neben postmaster, abuse, hostmaster, privacy, legal und webmaster. Mehrfach verwendbar.</translation>
    </message>
    <message>
        <source>An address or domain whose complaints are escalated. Repeatable.</source>
        <translation>Eine Adresse oder Domain, deren Beschwerden eskaliert werden. Mehrfach verwendbar.</translation>
    </message>
    <message>
        <source>EML files, mbox files or Maildir folders.</source>
        <translation>EML-Dateien, mbox-Dateien oder Maildir-Ordner.</translation>
    </message>
    <message>
        <source>Classify mail without touching a database.</source>
        <translation>Mails klassifizieren, ohne eine Datenbank zu berühren.</translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation>geben Sie mindestens eine Datei oder einen Ordner an.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;abusedesk-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;abusedesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>The folder to write into (created if missing; must be empty).</source>
        <translation>Der Ordner, in den geschrieben wird (wird angelegt, falls er fehlt; muss leer sein).</translation>
    </message>
    <message>
        <source>The seed: the same seed and scale give the same files (default 1).</source>
        <translation>Der Startwert (Seed): derselbe Startwert und dieselbe Skalierung ergeben dieselben Dateien (Standard 1).</translation>
    </message>
    <message>
        <source>Multiplies every message count and the delivery volume, 1 to %1 (default 1: a few hundred messages and some 35,000 logged deliveries; the logs take about 100 MB of memory per unit).</source>
        <translation>Multipliziert jede Nachrichtenzahl und das Zustellvolumen, 1 bis %1 (Standard 1: einige hundert Nachrichten und etwa 35.000 protokollierte Zustellungen; die Logs brauchen etwa 100 MB Speicher pro Einheit).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Ausgeben, was geschrieben wurde, als JSON.</translation>
    </message>
    <message>
        <source>Write a synthetic abuse-desk case: customers.csv, role-accounts.mbox, fbl.mbox, bounces.mbox, the delivery logs that go with them in logs/ (Postfix mail.log.2.gz, mail.log.1 and mail.log; Exim mainlog; PowerMTA acct-*.csv; the API platform&apos;s sendlog.csv with its column mapping sendlog-profile.json; optouts.csv, seeds.csv, blocklist.csv), and expected.json, which says what each message is and what the logs hold. Log times are UTC.</source>
        <translation>Einen synthetischen Abuse-Desk-Fall schreiben: customers.csv, role-accounts.mbox, fbl.mbox, bounces.mbox, die zugehörigen Zustell-Logs in logs/ (Postfix mail.log.2.gz, mail.log.1 und mail.log; Exim mainlog; PowerMTA acct-*.csv; die sendlog.csv der API-Plattform mit ihrer Spaltenzuordnung sendlog-profile.json; optouts.csv, seeds.csv, blocklist.csv) sowie expected.json, das angibt, was jede Nachricht ist und was die Logs enthalten. Log-Zeiten sind in UTC.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR ist erforderlich.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>--scale muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty; give a new or empty folder.</source>
        <translation>%1 ist nicht leer; geben Sie einen neuen oder leeren Ordner an.</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Wrote a demo case (seed %1, scale %2) into %3:</source>
        <translation>Demo-Fall (Seed %1, Skalierung %2) geschrieben nach %3:</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expectations for %n message(s) and the logs</source>
        <translation>
            <numerusform>Erwartungen für %n Nachricht und die Logs</numerusform>
            <numerusform>Erwartungen für %n Nachrichten und die Logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery attempt(s)</source>
        <translation>
            <numerusform>%n Zustellversuch</numerusform>
            <numerusform>%n Zustellversuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n Opt-out</numerusform>
            <numerusform>%n Opt-outs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed result(s)</source>
        <translation>
            <numerusform>%n Seed-Ergebnis</numerusform>
            <numerusform>%n Seed-Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n Blocklisteneintrag</numerusform>
            <numerusform>%n Blocklisteneinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column mapping of %n column(s)</source>
        <translation>
            <numerusform>Spaltenzuordnung mit %n Spalte</numerusform>
            <numerusform>Spaltenzuordnung mit %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages by kind:</source>
        <translation>Nachrichten nach Art:</translation>
    </message>
    <message>
        <source>The evidence&apos;s SHA-256 (hex).</source>
        <translation>Der SHA-256 des Belegs (hex).</translation>
    </message>
    <message>
        <source>Write the bytes to FILE instead of standard output.</source>
        <translation>Die Bytes in FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Give back a stored message exactly as it was imported.</source>
        <translation>Eine gespeicherte Nachricht genau so zurückgeben, wie sie importiert wurde.</translation>
    </message>
    <message>
        <source>--sha256 needs 64 hexadecimal digits.</source>
        <translation>--sha256 braucht 64 hexadezimale Ziffern.</translation>
    </message>
    <message>
        <source>no evidence with SHA-256 %1 in %2.</source>
        <translation>kein Beleg mit SHA-256 %1 in %2.</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD; default: 29 days before --to).</source>
        <translation>Erster UTC-Tag (JJJJ-MM-TT; Standard: 29 Tage vor --to).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD; default: the last day with data).</source>
        <translation>Letzter UTC-Tag (JJJJ-MM-TT; Standard: der letzte Tag mit Daten).</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The automatic findings over a period: complaint rates, hard bounces and spam bounces above the policy lines, sending addresses with a poor reputation, blocklist listings, spam-trap hits, mail after opt-outs and after complaints.</source>
        <translation>Die automatischen Befunde eines Zeitraums: Beschwerdequoten, Hardbounces und Spam-Bounces über den Grenzwerten der Richtlinie, Absenderadressen mit schlechter Reputation, Blocklisteneinträge, Spamfallen-Treffer, Mails nach Opt-outs und nach Beschwerden.</translation>
    </message>
    <message>
        <source>--%1 wants a day as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 erwartet einen Tag als JJJJ-MM-TT, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>No data yet: import mail and delivery logs first.</source>
        <translation>Noch keine Daten: importieren Sie zuerst Mails und Zustell-Logs.</translation>
    </message>
    <message>
        <source>Findings from %1 to %2 (UTC): %3</source>
        <translation>Befunde vom %1 bis %2 (UTC): %3</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>keine.</translation>
    </message>
    <message>
        <source> (evidence: %1)</source>
        <translation> (Belege: %1)</translation>
    </message>
    <message>
        <source>The customer (external id or id).</source>
        <translation>Der Kunde (externe ID oder ID).</translation>
    </message>
    <message>
        <source>List only open and waiting cases.</source>
        <translation>Nur offene und wartende Fälle auflisten.</translation>
    </message>
    <message>
        <source>Show one case with its timeline.</source>
        <translation>Einen Fall mit seinem Verlauf anzeigen.</translation>
    </message>
    <message>
        <source>Open a case (with --category, --customer, --severity, --title, --evidence).</source>
        <translation>Einen Fall eröffnen (mit --category, --customer, --severity, --title, --evidence).</translation>
    </message>
    <message>
        <source>The case category (complaint-rate, hard-bounces, …).</source>
        <translation>Die Fallkategorie (complaint-rate, hard-bounces, …).</translation>
    </message>
    <message>
        <source>1 (critical) to 4 (low); default 3.</source>
        <translation>1 (kritisch) bis 4 (niedrig); Standard 3.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>Der Titel des Falls.</translation>
    </message>
    <message>
        <source>Evidence ids to link (comma-separated).</source>
        <translation>Zu verknüpfende Beleg-IDs (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Add a note (--text) to a case.</source>
        <translation>Einem Fall eine Notiz (--text) hinzufügen.</translation>
    </message>
    <message>
        <source>Log time on a case (--minutes, --text).</source>
        <translation>Zeit auf einen Fall buchen (--minutes, --text).</translation>
    </message>
    <message>
        <source>Minutes spent.</source>
        <translation>Aufgewendete Minuten.</translation>
    </message>
    <message>
        <source>Change a case&apos;s status (--to, --outcome, --text).</source>
        <translation>Den Status eines Falls ändern (--to, --outcome, --text).</translation>
    </message>
    <message>
        <source>The new status (open, waiting-on-customer, resolved, closed).</source>
        <translation>Der neue Status (open, waiting-on-customer, resolved, closed).</translation>
    </message>
    <message>
        <source>The outcome (educated, warned, suspended, terminated, no-action).</source>
        <translation>Das Ergebnis (educated, warned, suspended, terminated, no-action).</translation>
    </message>
    <message>
        <source>Move --customer to a ladder step (0-4) with a reason (--text).</source>
        <translation>--customer mit einer Begründung (--text) auf eine Eskalationsstufe (0-4) versetzen.</translation>
    </message>
    <message>
        <source>The case a ladder decision is taken in.</source>
        <translation>Der Fall, in dem eine Entscheidung zur Eskalationsleiter getroffen wird.</translation>
    </message>
    <message>
        <source>The note, activity or reason.</source>
        <translation>Die Notiz, Tätigkeit oder Begründung.</translation>
    </message>
    <message>
        <source>Cases: list, show with the timeline, open, add notes and time, change the status; the escalation ladder of a customer.</source>
        <translation>Fälle: auflisten, mit Verlauf anzeigen, eröffnen, Notizen und Zeit hinzufügen, den Status ändern; die Eskalationsleiter eines Kunden.</translation>
    </message>
    <message>
        <source>There is no customer &apos;%1&apos;.</source>
        <translation>Es gibt keinen Kunden &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Fall %1 eröffnet.</translation>
    </message>
    <message>
        <source>--ladder needs --customer.</source>
        <translation>--ladder braucht --customer.</translation>
    </message>
    <message>
        <source>Now at %1 (%2).</source>
        <translation>Jetzt auf %1 (%2).</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <source>  %1, severity %2, %3%4, customer %5, %6 evidence items, %7 minutes</source>
        <translation>  %1, Schweregrad %2, %3%4, Kunde %5, %6 Belege, %7 Minuten</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Keine Fälle.</translation>
    </message>
    <message>
        <source>Only this kind (a message kind, feedback-cluster or finding).</source>
        <translation>Nur diese Art (eine Nachrichtenart, feedback-cluster oder finding).</translation>
    </message>
    <message>
        <source>Only this customer (external id or id; &quot;none&quot;: unattributed).</source>
        <translation>Nur dieser Kunde (externe ID oder ID; &quot;none&quot;: nicht zugeordnet).</translation>
    </message>
    <message>
        <source>Only mail that reached this role account.</source>
        <translation>Nur Mails, die diese Rollenadresse erreicht haben.</translation>
    </message>
    <message>
        <source>Only reports from this address.</source>
        <translation>Nur Reports von dieser Adresse.</translation>
    </message>
    <message>
        <source>Only reports about this receiver (domain).</source>
        <translation>Nur Reports über diesen Mailbox-Provider (Domain).</translation>
    </message>
    <message>
        <source>Received on or after this UTC day (YYYY-MM-DD).</source>
        <translation>Empfangen an oder nach diesem UTC-Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Received on or before this UTC day.</source>
        <translation>Empfangen an oder vor diesem UTC-Tag.</translation>
    </message>
    <message>
        <source>Words in the subject, sender or text (SQLite FTS5 syntax allowed).</source>
        <translation>Wörter in Betreff, Absender oder Text (SQLite-FTS5-Syntax erlaubt).</translation>
    </message>
    <message>
        <source>Only items in a legal tone.</source>
        <translation>Nur Elemente in juristischem Ton.</translation>
    </message>
    <message>
        <source>Include acknowledged, noise and in-case items.</source>
        <translation>Bestätigte, irrelevante und einem Fall zugeordnete Elemente einbeziehen.</translation>
    </message>
    <message>
        <source>Print the values of a facet under the filter instead (kind, customer, role_account, reporter, receiver).</source>
        <translation>Stattdessen die Werte einer Facette unter dem Filter ausgeben (kind, customer, role_account, reporter, receiver).</translation>
    </message>
    <message>
        <source>Acknowledge these evidence ids (comma-separated).</source>
        <translation>Diese Beleg-IDs bestätigen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Mark these evidence ids as noise.</source>
        <translation>Diese Beleg-IDs als irrelevant markieren.</translation>
    </message>
    <message>
        <source>The time the acknowledgement clock counts from (ISO 8601; default: now).</source>
        <translation>Der Zeitpunkt, ab dem die Bestätigungsfrist zählt (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Leave the automatic findings out (faster).</source>
        <translation>Die automatischen Befunde auslassen (schneller).</translation>
    </message>
    <message>
        <source>The triage queue: what needs a human, in the policy&apos;s order, with the acknowledgement clock; facets, search and the acknowledge/noise actions.</source>
        <translation>Die Triage-Warteschlange: was einen Menschen braucht, in der Reihenfolge der Richtlinie, mit Bestätigungsfrist; Facetten, Suche und die Aktionen Bestätigen/Irrelevant.</translation>
    </message>
    <message>
        <source>--now wants a time as 2026-11-02T10:00:00Z, not &apos;%1&apos;.</source>
        <translation>--now erwartet eine Zeit wie 2026-11-02T10:00:00Z, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 wants evidence ids separated by commas.</source>
        <translation>--%1 erwartet durch Kommas getrennte Beleg-IDs.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Nichts wartet auf Sie.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address.</source>
        <translation>Die Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>Only mail of this customer (as the logs name it, e.g. its X-Customer-ID).</source>
        <translation>Nur Mails dieses Kunden (wie die Logs ihn nennen, z. B. seine X-Customer-ID).</translation>
    </message>
    <message>
        <source>Print the history as JSON.</source>
        <translation>Den Verlauf als JSON ausgeben.</translation>
    </message>
    <message>
        <source>What one recipient got: messages, first and last, campaigns, opt-outs.</source>
        <translation>Was ein Empfänger erhalten hat: Nachrichten, erste und letzte, Kampagnen, Opt-outs.</translation>
    </message>
    <message>
        <source>--recipient ADDRESS is required.</source>
        <translation>--recipient ADDRESS ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 got no mail%2 in the imported logs.</source>
        <translation>%1 hat in den importierten Logs keine Mails%2 erhalten.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>%1 got %2 messages%3 (%4 delivered), from %5 to %6 (UTC).</source>
        <translation>%1 hat %2 Nachrichten%3 erhalten (%4 zugestellt), vom %5 bis %6 (UTC).</translation>
    </message>
    <message>
        <source>Campaigns, most recent first: %1</source>
        <translation>Kampagnen, neueste zuerst: %1</translation>
    </message>
    <message>
        <source>Opted out %1 (%2): %3</source>
        <translation>Abgemeldet %1 (%2): %3</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Report als JSON ausgeben.</translation>
    </message>
    <message>
        <source>A column mapping (JSON) for CSV/TSV send logs or other tables whose columns no saved profile maps; it is saved in the case database under its name.</source>
        <translation>Eine Spaltenzuordnung (JSON) für CSV/TSV-Versand-Logs oder andere Tabellen, deren Spalten kein gespeichertes Profil zuordnet; sie wird unter ihrem Namen in der Falldatenbank gespeichert.</translation>
    </message>
    <message>
        <source>The time zone of MTA log times written without one, e.g. UTC or Europe/Berlin (default: the policy&apos;s log_time_zone, else this computer&apos;s).</source>
        <translation>Die Zeitzone von MTA-Log-Zeiten, die ohne Zone geschrieben sind, z. B. UTC oder Europe/Berlin (Standard: log_time_zone der Richtlinie, sonst die dieses Computers).</translation>
    </message>
    <message>
        <source>EML files, mbox files, Maildir folders, Postfix and Exim logs, PowerMTA accounting files, send logs, opt-out, seed-test and blocklist CSVs (also .gz, .bz2, .xz), or folders of them.</source>
        <translation>EML-Dateien, mbox-Dateien, Maildir-Ordner, Postfix- und Exim-Logs, PowerMTA-Accounting-Dateien, Versand-Logs, Opt-out-, Seed-Test- und Blocklisten-CSVs (auch .gz, .bz2, .xz) oder Ordner davon.</translation>
    </message>
    <message>
        <source>Import mail and delivery data into a case database.</source>
        <translation>Mails und Zustelldaten in eine Falldatenbank importieren.</translation>
    </message>
    <message>
        <source>give at least one file or folder to import.</source>
        <translation>geben Sie mindestens eine Datei oder einen Ordner zum Importieren an.</translation>
    </message>
    <message>
        <source>--log-time-zone: unknown time zone &apos;%1&apos;.</source>
        <translation>--log-time-zone: unbekannte Zeitzone &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the profile %1 is not a column mapping: %2</source>
        <translation>das Profil %1 ist keine Spaltenzuordnung: %2</translation>
    </message>
    <message>
        <source>cannot save the profile %1: %2</source>
        <translation>das Profil %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>  rejected %1 line %2: %3</source>
        <translation>  abgelehnt %1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>  %1 earlier items now belong to another customer.</source>
        <translation>  %1 frühere Elemente gehören jetzt zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>Read %1 messages: %2 stored, %3 duplicates, %4 rejected.</source>
        <translation>%1 Nachrichten gelesen: %2 gespeichert, %3 Duplikate, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>  rejected %1 at byte %2: %3</source>
        <translation>  abgelehnt %1 bei Byte %2: %3</translation>
    </message>
    <message>
        <source>Read %1 log lines: %2 records stored, %3 duplicates, %4 lines rejected.</source>
        <translation>%1 Log-Zeilen gelesen: %2 Datensätze gespeichert, %3 Duplikate, %4 Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 lines, %4 stored, %5 duplicates, %6 rejected</source>
        <translation>  %1 (%2): %3 Zeilen, %4 gespeichert, %5 Duplikate, %6 abgelehnt</translation>
    </message>
    <message>
        <source>  … and %1 more rejected lines (all are in the case database).</source>
        <translation>  … und %1 weitere abgelehnte Zeilen (alle sind in der Falldatenbank).</translation>
    </message>
    <message>
        <source>  not read %1: %2</source>
        <translation>  nicht gelesen %1: %2</translation>
    </message>
    <message>
        <source>The case database file to create (must not exist).</source>
        <translation>Die anzulegende Falldatenbank-Datei (darf nicht existieren).</translation>
    </message>
    <message>
        <source>Create an empty AbuseDesk case database.</source>
        <translation>Eine leere AbuseDesk-Falldatenbank anlegen.</translation>
    </message>
    <message>
        <source>Created case database %1 (schema %2).</source>
        <translation>Falldatenbank %1 angelegt (Schema %2).</translation>
    </message>
    <message>
        <source>The blocklist (e.g. &quot;Spamhaus SBL&quot;).</source>
        <translation>Die Blockliste (z. B. &quot;Spamhaus SBL&quot;).</translation>
    </message>
    <message>
        <source>The listed IP address, CIDR range or domain.</source>
        <translation>Die gelistete IP-Adresse, der CIDR-Bereich oder die Domain.</translation>
    </message>
    <message>
        <source>When the listing began (YYYY-MM-DD or ISO 8601, UTC).</source>
        <translation>Wann der Eintrag begann (JJJJ-MM-TT oder ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>When it ended, if it did.</source>
        <translation>Wann er endete, falls er endete.</translation>
    </message>
    <message>
        <source>A note for the case history.</source>
        <translation>Eine Notiz für den Fallverlauf.</translation>
    </message>
    <message>
        <source>Print the listings as JSON.</source>
        <translation>Die Einträge als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Enter a blocklist listing by hand, or show the listings.</source>
        <translation>Einen Blocklisteneintrag manuell erfassen oder die Einträge anzeigen.</translation>
    </message>
    <message>
        <source>--listed: “%1” is not a date (YYYY-MM-DD or ISO 8601).</source>
        <translation>--listed: „%1“ ist kein Datum (JJJJ-MM-TT oder ISO 8601).</translation>
    </message>
    <message>
        <source>--delisted: “%1” is not a date (YYYY-MM-DD or ISO 8601).</source>
        <translation>--delisted: „%1“ ist kein Datum (JJJJ-MM-TT oder ISO 8601).</translation>
    </message>
    <message>
        <source>the database refused the listing: %1</source>
        <translation>die Datenbank hat den Eintrag abgelehnt: %1</translation>
    </message>
    <message>
        <source>No blocklist listings yet.</source>
        <translation>Noch keine Blocklisteneinträge.</translation>
    </message>
    <message>
        <source>%1 on %2 from %3 to %4%5</source>
        <translation>%1 auf %2 vom %3 bis %4%5</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Set KEY to a JSON value, e.g. &apos;trusted_reporters=[&quot;spamhaus.org&quot;]&apos;. Repeatable.</source>
        <translation>KEY auf einen JSON-Wert setzen, z. B. &apos;trusted_reporters=[&quot;spamhaus.org&quot;]&apos;. Mehrfach verwendbar.</translation>
    </message>
    <message>
        <source>Print the policy as JSON.</source>
        <translation>Die Richtlinie als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show or change the policy. After changing role_accounts, trusted_reporters or customer_headers, run &apos;abusedesk-cli reclassify&apos; to apply it to the evidence already imported; after changing own_domains or own_networks, run &apos;abusedesk-cli attribute&apos; to find the mentions again.</source>
        <translation>Die Richtlinie anzeigen oder ändern. Führen Sie nach einer Änderung von role_accounts, trusted_reporters oder customer_headers &apos;abusedesk-cli reclassify&apos; aus, um sie auf die bereits importierten Belege anzuwenden; nach einer Änderung von own_domains oder own_networks &apos;abusedesk-cli attribute&apos;, um die Erwähnungen neu zu finden.</translation>
    </message>
    <message>
        <source>--set needs KEY=JSON, not &quot;%1&quot;.</source>
        <translation>--set braucht KEY=JSON, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mark a domain as a consumer mailbox provider&apos;s (repeatable).</source>
        <translation>Eine Domain als Domain eines Privatkunden-Mailbox-Providers markieren (mehrfach verwendbar).</translation>
    </message>
    <message>
        <source>Mark a domain as corporate, a receiver of its own (repeatable).</source>
        <translation>Eine Domain als Firmendomain markieren, ein eigener Mailbox-Provider (mehrfach verwendbar).</translation>
    </message>
    <message>
        <source>List the shipped list too, not only this database&apos;s changes.</source>
        <translation>Auch die mitgelieferte Liste auflisten, nicht nur die Änderungen dieser Datenbank.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Die Liste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Which mailbox provider each recipient domain belongs to.</source>
        <translation>Zu welchem Mailbox-Provider jede Empfängerdomain gehört.</translation>
    </message>
    <message>
        <source>--consumer wants DOMAIN=PROVIDER, not &apos;%1&apos;.</source>
        <translation>--consumer erwartet DOMAIN=PROVIDER, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--corporate wants a domain, not &apos;%1&apos;.</source>
        <translation>--corporate erwartet eine Domain, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored deliveries and opt-outs moved to another receiver; daily figures recounted.</source>
        <translation>
            <numerusform>%n gespeicherte Zustellung oder gespeichertes Opt-out zu einem anderen Mailbox-Provider verschoben; Tageszahlen neu gezählt.</numerusform>
            <numerusform>%n gespeicherte Zustellungen und Opt-outs zu einem anderen Mailbox-Provider verschoben; Tageszahlen neu gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to the shipped list of %1 provider domains (--all lists them).</source>
        <translation>Keine Änderungen an der mitgelieferten Liste mit %1 Provider-Domains (--all listet sie auf).</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>Classify the stored evidence again with the current policy (the evidence itself never changes).</source>
        <translation>Die gespeicherten Belege mit der aktuellen Richtlinie neu klassifizieren (die Belege selbst ändern sich nie).</translation>
    </message>
    <message>
        <source>Classified %1 messages again: %2 changed.</source>
        <translation>%1 Nachrichten neu klassifiziert: %2 geändert.</translation>
    </message>
    <message>
        <source>now %1: %2</source>
        <translation>jetzt %1: %2</translation>
    </message>
    <message>
        <source>One customer&apos;s issue history (external or database id).</source>
        <translation>Die Problemhistorie eines Kunden (externe ID oder Datenbank-ID).</translation>
    </message>
    <message>
        <source>The portfolio of every customer (management only).</source>
        <translation>Das Portfolio aller Kunden (nur für die Geschäftsleitung).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Erster Tag des Zeitraums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Letzter Tag des Zeitraums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>pdf, csv or html (default: the --out file&apos;s suffix).</source>
        <translation>pdf, csv oder html (Standard: die Endung der --out-Datei).</translation>
    </message>
    <message>
        <source>customer (no internal notes or costs, complainants redacted) or management (default).</source>
        <translation>customer (ohne interne Notizen oder Kosten, Beschwerdeführer geschwärzt) oder management (Standard).</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Die zu schreibende Report-Datei.</translation>
    </message>
    <message>
        <source>Write a customer&apos;s issue history or the portfolio report.</source>
        <translation>Die Problemhistorie eines Kunden oder den Portfolio-Report schreiben.</translation>
    </message>
    <message>
        <source>Give either --customer ID or --all.</source>
        <translation>Geben Sie entweder --customer ID oder --all an.</translation>
    </message>
    <message>
        <source>Give the report file with --out FILE.</source>
        <translation>Geben Sie die Report-Datei mit --out FILE an.</translation>
    </message>
    <message>
        <source>Give the period with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>Geben Sie den Zeitraum mit --from JJJJ-MM-TT und --to JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>The period ends (--to %1) before it begins (--from %2).</source>
        <translation>Der Zeitraum endet (--to %1), bevor er beginnt (--from %2).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use pdf, csv or html.</source>
        <translation>Unbekanntes Format &apos;%1&apos;: verwenden Sie pdf, csv oder html.</translation>
    </message>
    <message>
        <source>Give --format pdf, csv or html (the file name &apos;%1&apos; does not say).</source>
        <translation>Geben Sie --format pdf, csv oder html an (der Dateiname &apos;%1&apos; verrät es nicht).</translation>
    </message>
    <message>
        <source>Unknown audience &apos;%1&apos;: use customer or management.</source>
        <translation>Unbekannte Zielgruppe &apos;%1&apos;: verwenden Sie customer oder management.</translation>
    </message>
    <message>
        <source>A portfolio report is for management: use --audience management, or --customer ID.</source>
        <translation>Ein Portfolio-Report ist für die Geschäftsleitung: verwenden Sie --audience management oder --customer ID.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Show the number of rows in each table of a case database.</source>
        <translation>Die Anzahl der Zeilen in jeder Tabelle einer Falldatenbank anzeigen.</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (Schema %2)</translation>
    </message>
    <message>
        <source>A case&apos;s reply from a template, as an .eml draft</source>
        <translation>Die Antwort zu einem Fall aus einer Vorlage, als .eml-Entwurf</translation>
    </message>
    <message>
        <source>The reply templates: list, export, import, reset</source>
        <translation>Die Antwortvorlagen: auflisten, exportieren, importieren, zurücksetzen</translation>
    </message>
    <message>
        <source>Write the evidence bundle of a case (--out FILE.zip): the original messages byte-for-byte and a manifest of their SHA-256s, sources and imports.</source>
        <translation>Das Belegpaket eines Falls schreiben (--out FILE.zip): die Originalnachrichten Byte für Byte und ein Manifest ihrer SHA-256-Werte, Quellen und Importe.</translation>
    </message>
    <message>
        <source>The .zip --bundle writes.</source>
        <translation>Die .zip-Datei, die --bundle schreibt.</translation>
    </message>
    <message>
        <source>--bundle needs --out FILE.zip.</source>
        <translation>--bundle braucht --out FILE.zip.</translation>
    </message>
    <message>
        <source>Evidence bundle of case %1 written to %2 (messages: %3, %4 bytes); their SHA-256s, sources and imports are in %5 and %6.</source>
        <translation>Belegpaket von Fall %1 geschrieben nach %2 (Nachrichten: %3, %4 Bytes); ihre SHA-256-Werte, Quellen und Importe stehen in %5 und %6.</translation>
    </message>
    <message>
        <source>The case to reply for.</source>
        <translation>Der Fall, zu dem geantwortet wird.</translation>
    </message>
    <message>
        <source>The reply template&apos;s name (see &apos;abusedesk-cli templates&apos;).</source>
        <translation>Der Name der Antwortvorlage (siehe &apos;abusedesk-cli templates&apos;).</translation>
    </message>
    <message>
        <source>Write the draft to this .eml file (default: standard output).</source>
        <translation>Den Entwurf in diese .eml-Datei schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Include the complainant&apos;s address, name and identifying headers (withheld by default).</source>
        <translation>Adresse, Name und identifizierende Header des Beschwerdeführers einbeziehen (standardmäßig zurückgehalten).</translation>
    </message>
    <message>
        <source>Days the list owner has to act (default 7).</source>
        <translation>Tage, die der Listeninhaber zum Handeln hat (Standard 7).</translation>
    </message>
    <message>
        <source>Who signs the reply (default: the login name).</source>
        <translation>Wer die Antwort unterschreibt (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <source>A case&apos;s reply as an .eml draft, filled from the case; kept in its timeline.</source>
        <translation>Die Antwort zu einem Fall als .eml-Entwurf, gefüllt aus dem Fall; im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>--case ID is required (a case number).</source>
        <translation>--case ID ist erforderlich (eine Fallnummer).</translation>
    </message>
    <message>
        <source>--template NAME is required.</source>
        <translation>--template NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>--deadline-days: a number of days from 0 to 365.</source>
        <translation>--deadline-days: eine Anzahl von Tagen von 0 bis 365.</translation>
    </message>
    <message>
        <source>there is no template “%1”; &apos;abusedesk-cli templates --db FILE&apos; lists them.</source>
        <translation>es gibt keine Vorlage „%1“; &apos;abusedesk-cli templates --db FILE&apos; listet sie auf.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the draft could not be written to standard output</source>
        <translation>der Entwurf konnte nicht auf die Standardausgabe geschrieben werden</translation>
    </message>
    <message>
        <source>the reply was written but not kept in the case timeline: %1</source>
        <translation>die Antwort wurde geschrieben, aber nicht im Verlauf des Falls festgehalten: %1</translation>
    </message>
    <message>
        <source>Print the templates as JSON.</source>
        <translation>Die Vorlagen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write this template to the --out file.</source>
        <translation>Diese Vorlage in die --out-Datei schreiben.</translation>
    </message>
    <message>
        <source>The file --export writes.</source>
        <translation>Die Datei, die --export schreibt.</translation>
    </message>
    <message>
        <source>Read a template file into the database (replacing one of the same name).</source>
        <translation>Eine Vorlagendatei in die Datenbank einlesen (ersetzt eine gleichnamige).</translation>
    </message>
    <message>
        <source>Bring back the shipped text of a template.</source>
        <translation>Den mitgelieferten Text einer Vorlage wiederherstellen.</translation>
    </message>
    <message>
        <source>The reply templates: list, export, import or reset them.</source>
        <translation>Die Antwortvorlagen: auflisten, exportieren, importieren oder zurücksetzen.</translation>
    </message>
    <message>
        <source>--export NAME needs --out FILE.</source>
        <translation>--export NAME braucht --out FILE.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n problem(s)</source>
        <translation>
            <numerusform> — %n Problem</numerusform>
            <numerusform> — %n Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AbuseDesk: the abuse desk&apos;s workbench.</source>
        <translation>AbuseDesk: die Arbeitsumgebung des Abuse-Desks.</translation>
    </message>
    <message>
        <source>A case database to open, or mail files (.eml, .mbox) to import into the last one.</source>
        <translation>Eine Falldatenbank zum Öffnen, oder Mail-Dateien (.eml, .mbox) zum Import in die zuletzt geöffnete.</translation>
    </message>
</context>
</TS>
