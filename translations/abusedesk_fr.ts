<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcknowledgementClock</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Customer named by the log</source>
        <translation>Client nommé par le journal</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>En-tête %1</translation>
    </message>
    <message>
        <source>Source-IP</source>
        <translation>IP source</translation>
    </message>
    <message>
        <source>DKIM d= domain</source>
        <translation>Domaine DKIM d=</translation>
    </message>
    <message>
        <source>Return-Path domain</source>
        <translation>Domaine Return-Path</translation>
    </message>
    <message>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>Domaine From</translation>
    </message>
    <message>
        <source>Written by a customer&apos;s contact</source>
        <translation>Écrit par un contact d&apos;un client</translation>
    </message>
    <message>
        <source>Named in the text</source>
        <translation>Nommé dans le texte</translation>
    </message>
    <message>
        <source>a header rule needs the header&apos;s name</source>
        <translation>une règle d&apos;en-tête nécessite le nom de l&apos;en-tête</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at character %2)</source>
        <translation>le motif n&apos;est pas une expression régulière valide : %1 (au caractère %2)</translation>
    </message>
    <message>
        <source>the pattern must have at most one capture, it has %1</source>
        <translation>le motif doit avoir au plus une capture, il en a %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (dans %1)</translation>
    </message>
    <message>
        <source>%1 %2%3 is held by %4</source>
        <translation>%1 %2%3 appartient à %4</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 from %5</source>
        <translation>%1 %2%3 appartenait à %4 depuis le %5</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 until %5</source>
        <translation>%1 %2%3 appartenait à %4 jusqu&apos;au %5</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 from %5 until %6</source>
        <translation>%1 %2%3 appartenait à %4 du %5 au %6</translation>
    </message>
    <message>
        <source>, shared with other customers</source>
        <translation>, partagé avec d&apos;autres clients</translation>
    </message>
    <message>
        <source>; the mail was sent on %1</source>
        <translation> ; le message a été envoyé le %1</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 nomme %2</translation>
    </message>
    <message>
        <source>The log names customer %1, %2&apos;s value of %3</source>
        <translation>Le journal nomme le client %1, valeur %3 de %2</translation>
    </message>
    <message>
        <source>The log names customer %1, the id of %2</source>
        <translation>Le journal nomme le client %1, l&apos;identifiant de %2</translation>
    </message>
    <message>
        <source>%1 carries %2, which identifies %3</source>
        <translation>%1 porte %2, qui identifie %3</translation>
    </message>
    <message>
        <source>Written by %1, a contact of %2</source>
        <translation>Écrit par %1, un contact de %2</translation>
    </message>
    <message>
        <source>The text names %1, a domain of %2</source>
        <translation>Le texte nomme %1, un domaine de %2</translation>
    </message>
    <message>
        <source> (registered: %1)</source>
        <translation> (enregistré : %1)</translation>
    </message>
    <message>
        <source>%1 %2 belongs to %3%4</source>
        <translation>%1 %2 appartient à %3%4</translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation> (règle %1)</translation>
    </message>
    <message>
        <source>No rule names one customer.</source>
        <translation>Aucune règle ne désigne un client unique.</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Désaccord : %1</translation>
    </message>
    <message>
        <source>Not decisive: %1</source>
        <translation>Non décisif : %1</translation>
    </message>
    <message>
        <source>Customer in the log</source>
        <translation>Client dans le journal</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
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
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Domains named in the text</source>
        <translation>Domaines nommés dans le texte</translation>
    </message>
    <message>
        <source>Addresses named in the text</source>
        <translation>Adresses nommées dans le texte</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
</context>
<context>
    <name>AttributionQueries</name>
    <message>
        <source>Attributed to %1 by hand by %2</source>
        <translation>Attribué à %1 manuellement par %2</translation>
    </message>
</context>
<context>
    <name>AttributionRun</name>
    <message>
        <source>attribution stopped</source>
        <translation>attribution interrompue</translation>
    </message>
    <message>
        <source>cannot save the attributions: %1</source>
        <translation>impossible d&apos;enregistrer les attributions : %1</translation>
    </message>
    <message>
        <source>cannot read or save attributions: %1</source>
        <translation>impossible de lire ou d&apos;enregistrer les attributions : %1</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Complaint rate</source>
        <translation>Taux de plainte</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounces</translation>
    </message>
    <message>
        <source>Spam bounces</source>
        <translation>Bounces pour spam</translation>
    </message>
    <message>
        <source>Direct complaint</source>
        <translation>Plainte directe</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>Plainte escaladée</translation>
    </message>
    <message>
        <source>Blocklist listing</source>
        <translation>Inscription sur une blocklist</translation>
    </message>
    <message>
        <source>Spam trap</source>
        <translation>Piège à spam</translation>
    </message>
    <message>
        <source>Unsubscribe failure</source>
        <translation>Échec de désinscription</translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation>Liste achetée</translation>
    </message>
    <message>
        <source>Mailing after opt-out</source>
        <translation>Envoi après désinscription</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Educated</source>
        <translation>Sensibilisé</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Averti</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>1 – critical</source>
        <translation>1 – critique</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – élevée</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – moyenne</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – faible</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>il n&apos;existe pas de dossier %1</translation>
    </message>
    <message>
        <source>unknown case category &quot;%1&quot;</source>
        <translation>catégorie de dossier inconnue « %1 »</translation>
    </message>
    <message>
        <source>the severity must be 1 to 4, not %1</source>
        <translation>la gravité doit être comprise entre 1 et 4, et non %1</translation>
    </message>
    <message>
        <source>Case opened: %1, severity %2</source>
        <translation>Dossier ouvert : %1, gravité %2</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) linked</source>
        <translation>
            <numerusform>%n élément de preuve lié</numerusform>
            <numerusform>%n éléments de preuve liés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) unlinked</source>
        <translation>
            <numerusform>%n élément de preuve délié</numerusform>
            <numerusform>%n éléments de preuve déliés</numerusform>
        </translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>la note est vide</translation>
    </message>
    <message>
        <source>a communication goes &quot;in&quot; or &quot;out&quot;, not &quot;%1&quot;</source>
        <translation>une communication est « in » (entrante) ou « out » (sortante), et non « %1 »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>unknown case status &quot;%1&quot;</source>
        <translation>statut de dossier inconnu « %1 »</translation>
    </message>
    <message>
        <source>a %1 case needs an outcome (%2)</source>
        <translation>un dossier %1 nécessite une issue (%2)</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>issue inconnue « %1 »</translation>
    </message>
    <message>
        <source>Status: %1 → %2 (%3)</source>
        <translation>Statut : %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>Gravité : %1 → %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>time spent must be at least one minute</source>
        <translation>le temps passé doit être d&apos;au moins une minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) spent</source>
        <translation>
            <numerusform>%n minute passée</numerusform>
            <numerusform>%n minutes passées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s): %1</source>
        <translation>
            <numerusform>%n minute : %1</numerusform>
            <numerusform>%n minutes : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintChecklist</name>
    <message>
        <source>Unsubscribe header in the original</source>
        <translation>En-tête de désinscription dans l&apos;original</translation>
    </message>
    <message>
        <source>One-click unsubscribe (RFC 8058)</source>
        <translation>Désinscription en un clic (RFC 8058)</translation>
    </message>
    <message>
        <source>More mail than they signed up for?</source>
        <translation>Plus de messages que ce à quoi la personne s&apos;est inscrite ?</translation>
    </message>
    <message>
        <source>Mail they got from the customer: how much, when, which campaigns</source>
        <translation>Messages reçus du client : combien, quand, quelles campagnes</translation>
    </message>
    <message>
        <source>Earlier opt-outs or complaints by the address</source>
        <translation>Désinscriptions ou plaintes antérieures de l&apos;adresse</translation>
    </message>
    <message>
        <source>Consumer or corporate recipient</source>
        <translation>Destinataire particulier ou professionnel</translation>
    </message>
    <message>
        <source>Verifiable opt-in (source, date, IP, confirmation)</source>
        <translation>Opt-in vérifiable (source, date, IP, confirmation)</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>date : %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP : %1</translation>
    </message>
    <message>
        <source>confirmation: %1</source>
        <translation>confirmation : %1</translation>
    </message>
    <message>
        <source>not known: the complaint does not carry the original message&apos;s headers</source>
        <translation>inconnu : la plainte ne contient pas les en-têtes du message original</translation>
    </message>
    <message>
        <source>no: the original has no List-Unsubscribe header</source>
        <translation>non : l&apos;original n&apos;a pas d&apos;en-tête List-Unsubscribe</translation>
    </message>
    <message>
        <source>no: without List-Unsubscribe there is no one-click unsubscribe</source>
        <translation>non : sans List-Unsubscribe, pas de désinscription en un clic</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>oui : %1</translation>
    </message>
    <message>
        <source>yes: List-Unsubscribe-Post with an HTTPS URI, both headers signed by DKIM</source>
        <translation>oui : List-Unsubscribe-Post avec une URI HTTPS, les deux en-têtes signés par DKIM</translation>
    </message>
    <message>
        <source>no: List-Unsubscribe-Post is missing, or DKIM does not sign both headers</source>
        <translation>non : List-Unsubscribe-Post est absent, ou DKIM ne signe pas les deux en-têtes</translation>
    </message>
    <message>
        <source>no: List-Unsubscribe has no HTTPS URI</source>
        <translation>non : List-Unsubscribe n&apos;a pas d&apos;URI HTTPS</translation>
    </message>
    <message>
        <source>not known: the complaint does not say which address got the mail</source>
        <translation>inconnu : la plainte n&apos;indique pas quelle adresse a reçu le message</translation>
    </message>
    <message>
        <source>consumer mailbox provider (%1, %2)</source>
        <translation>fournisseur de messagerie grand public (%1, %2)</translation>
    </message>
    <message>
        <source>corporate or unlisted domain (%1)</source>
        <translation>domaine d&apos;entreprise ou non répertorié (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 delivered) from %3 to %4, %5</source>
        <translation>%1 (%2 délivrés) du %3 au %4, %5</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 message</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>; no campaign named in the logs</source>
        <translation> ; aucune campagne nommée dans les journaux</translation>
    </message>
    <message>
        <source>; campaigns: %1</source>
        <translation> ; campagnes : %1</translation>
    </message>
    <message>
        <source>no mail from this customer to the address in the imported logs</source>
        <translation>aucun message de ce client vers l&apos;adresse dans les journaux importés</translation>
    </message>
    <message>
        <source>no mail to the address in the imported logs</source>
        <translation>aucun message vers l&apos;adresse dans les journaux importés</translation>
    </message>
    <message>
        <source>%1 opt-out</source>
        <translation>%1 désinscription</translation>
    </message>
    <message>
        <source>%1 opt-outs</source>
        <translation>%1 désinscriptions</translation>
    </message>
    <message>
        <source>, the first on %1</source>
        <translation>, la première le %1</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaint</source>
        <translation>%1 plainte via feedback loop</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints</source>
        <translation>%1 plaintes via feedback loop</translation>
    </message>
    <message>
        <source>%1 written complaint or unsubscribe request</source>
        <translation>%1 plainte écrite ou demande de désinscription</translation>
    </message>
    <message>
        <source>%1 written complaints or unsubscribe requests</source>
        <translation>%1 plaintes écrites ou demandes de désinscription</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>; %1 sent to the address after that</source>
        <translation> ; %1 envoyés à l&apos;adresse après cela</translation>
    </message>
</context>
<context>
    <name>CustomerCsv</name>
    <message>
        <source>empty address</source>
        <translation>adresse vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR range</source>
        <translation>« %1 » n&apos;est ni une adresse IP ni une plage CIDR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a validity period (FROM..UNTIL, days as YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une période de validité (FROM..UNTIL, jours au format YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the period %1 ends before it starts</source>
        <translation>la période %1 se termine avant de commencer</translation>
    </message>
    <message>
        <source>not a customers file: the first line must name the columns, among them id, name and at least one identifier column (sending_ips, dkim_domains, from_domains, return_path_domains, domains, x_customer_id or header:NAME)</source>
        <translation>ce n&apos;est pas un fichier de clients : la première ligne doit nommer les colonnes, dont id, name et au moins une colonne d&apos;identification (sending_ips, dkim_domains, from_domains, return_path_domains, domains, x_customer_id ou header:NAME)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, warned, suspended or terminated)</source>
        <translation>« %1 » n&apos;est pas un statut (active, warned, suspended ou terminated)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ladder step (0 to 4)</source>
        <translation>« %1 » n&apos;est pas un échelon de l&apos;échelle (0 à 4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (like 1250.00)</source>
        <translation>« %1 » n&apos;est pas un montant (par exemple 1250.00)</translation>
    </message>
    <message>
        <source>the customer has no name</source>
        <translation>le client n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot save customer %1: %2</source>
        <translation>impossible d&apos;enregistrer le client %1 : %2</translation>
    </message>
    <message>
        <source>Set by the customers file %1</source>
        <translation>Repris du fichier clients %1</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>warned</source>
        <translation>averti</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>résilié</translation>
    </message>
    <message>
        <source>Good standing</source>
        <translation>En règle</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>A confirmed problem: a case that ends in education or worse</source>
        <translation>Un problème confirmé : un dossier qui se termine par une sensibilisation ou pire</translation>
    </message>
    <message>
        <source>the ladder has steps 0 to %1, not %2</source>
        <translation>l&apos;échelle a les échelons 0 à %1, et non %2</translation>
    </message>
    <message>
        <source>unknown customer status &quot;%1&quot;</source>
        <translation>statut de client inconnu « %1 »</translation>
    </message>
    <message>
        <source>a decision needs a reason</source>
        <translation>une décision nécessite un motif</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>il n&apos;existe pas de client %1</translation>
    </message>
    <message>
        <source>Ladder: %1 → %2, customer %3. %4</source>
        <translation>Échelle : %1 → %2, client %3. %4</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>all %1 customers sending from %2 to %3 had their mail refused as spam: %4 of %5 messages (%6 %): the reputation of the address, not one customer&apos;s mail</source>
        <translation>les %1 clients envoyant depuis %2 vers %3 ont tous vu leurs messages refusés comme spam : %4 sur %5 messages (%6 %) ; c&apos;est la réputation de l&apos;adresse qui est en cause, pas les messages d&apos;un seul client</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints on %2 delivered messages: %3 %, above the %4 % line</source>
        <translation>%1 plaintes via feedback loop pour %2 messages délivrés : %3 %, au-dessus du seuil de %4 %</translation>
    </message>
    <message>
        <source>%1 hard bounces (unknown users and domains) of %2 messages: %3 %, above the %4 % line</source>
        <translation>%1 hard bounces (utilisateurs et domaines inconnus) sur %2 messages : %3 %, au-dessus du seuil de %4 %</translation>
    </message>
    <message>
        <source>other customers sending from the same addresses to %1 were fine (%2 of %3 refused): likely its content or its domains</source>
        <translation>les autres clients envoyant depuis les mêmes adresses vers %1 n&apos;ont pas eu de problème (%2 refusés sur %3) : probablement son contenu ou ses domaines</translation>
    </message>
    <message>
        <source>other customers sending from the same addresses to %1 were refused too (%2 of %3)</source>
        <translation>les autres clients envoyant depuis les mêmes adresses vers %1 ont aussi été refusés (%2 sur %3)</translation>
    </message>
    <message>
        <source>no other customer sent from the same addresses to %1</source>
        <translation>aucun autre client n&apos;a envoyé depuis les mêmes adresses vers %1</translation>
    </message>
    <message>
        <source>the logs do not name the addresses it sent from</source>
        <translation>les journaux n&apos;indiquent pas les adresses depuis lesquelles il a envoyé</translation>
    </message>
    <message>
        <source>%1 of %2 messages to %3 were refused as spam: %4 %, above the %5 % line; %6</source>
        <translation>%1 messages sur %2 vers %3 ont été refusés comme spam : %4 %, au-dessus du seuil de %5 % ; %6</translation>
    </message>
    <message>
        <source>%1, which it held, listed on %2 in the period</source>
        <translation>%1, qu&apos;il détenait, inscrit sur %2 pendant la période</translation>
    </message>
    <message>
        <source>its mail reached spam traps: %1 blocklist listings and %2 notices or reports say so</source>
        <translation>ses messages ont atteint des pièges à spam : %1 inscriptions sur blocklist et %2 avis ou rapports l&apos;indiquent</translation>
    </message>
    <message>
        <source>%1 messages reached recipients after they had opted out</source>
        <translation>%1 messages ont atteint des destinataires après leur désinscription</translation>
    </message>
    <message>
        <source>%1 messages reached recipients after they had complained (%2 complaints, through a feedback loop or in writing)</source>
        <translation>%1 messages ont atteint des destinataires après leur plainte (%2 plaintes, via feedback loop ou par écrit)</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>there is no case %1</source>
        <translation>il n&apos;existe pas de dossier %1</translation>
    </message>
    <message>
        <source>the case has no complaint to answer: “%1” is written to a complainant</source>
        <translation>le dossier n&apos;a aucune plainte à laquelle répondre : « %1 » s&apos;adresse à un plaignant</translation>
    </message>
    <message>
        <source>the case has no customer yet: “%1” is written to a list owner (attribute the case first)</source>
        <translation>le dossier n&apos;a pas encore de client : « %1 » s&apos;adresse à un propriétaire de liste (attribuez d&apos;abord le dossier)</translation>
    </message>
    <message>
        <source>the complainant</source>
        <translation>le plaignant</translation>
    </message>
    <message>
        <source>the list owner</source>
        <translation>le propriétaire de liste</translation>
    </message>
    <message>
        <source>Reply to %1: “%2” (%3)</source>
        <translation>Réponse à %1 : « %2 » (%3)</translation>
    </message>
</context>
<context>
    <name>ReplyContext</name>
    <message>
        <source>The abuse desk, as it signs</source>
        <translation>Le service abuse, tel qu&apos;il signe</translation>
    </message>
    <message>
        <source>The desk&apos;s address (the role account the complaint reached)</source>
        <translation>L&apos;adresse du service (l&apos;adresse de rôle qui a reçu la plainte)</translation>
    </message>
    <message>
        <source>The analyst who writes</source>
        <translation>L&apos;analyste qui rédige</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>La date du jour</translation>
    </message>
    <message>
        <source>The date the list owner must act by</source>
        <translation>La date avant laquelle le propriétaire de liste doit agir</translation>
    </message>
    <message>
        <source>Days until the deadline</source>
        <translation>Jours restants avant l&apos;échéance</translation>
    </message>
    <message>
        <source>True when the complainant&apos;s details are withheld</source>
        <translation>Vrai lorsque les coordonnées du plaignant sont masquées</translation>
    </message>
    <message>
        <source>The customer (list owner)</source>
        <translation>Le client (propriétaire de liste)</translation>
    </message>
    <message>
        <source>The customer&apos;s id in the sender&apos;s systems</source>
        <translation>L&apos;identifiant du client dans les systèmes de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Active, warned, suspended or terminated</source>
        <translation>Actif, averti, suspendu ou résilié</translation>
    </message>
    <message>
        <source>Where the customer stands on the escalation ladder</source>
        <translation>La position du client sur l&apos;échelle d&apos;escalade</translation>
    </message>
    <message>
        <source>The next ladder step (empty at the top)</source>
        <translation>L&apos;échelon suivant (vide au sommet)</translation>
    </message>
    <message>
        <source>What moves the customer to the next step</source>
        <translation>Ce qui fait passer le client à l&apos;échelon suivant</translation>
    </message>
    <message>
        <source>The case number</source>
        <translation>Le numéro du dossier</translation>
    </message>
    <message>
        <source>&quot;case 12&quot;, for subjects</source>
        <translation>« dossier 12 », pour les objets</translation>
    </message>
    <message>
        <source>The case&apos;s title</source>
        <translation>Le titre du dossier</translation>
    </message>
    <message>
        <source>The problem, in words</source>
        <translation>Le problème, en toutes lettres</translation>
    </message>
    <message>
        <source>The severity, in words</source>
        <translation>La gravité, en toutes lettres</translation>
    </message>
    <message>
        <source>When the case was opened</source>
        <translation>Date d&apos;ouverture du dossier</translation>
    </message>
    <message>
        <source>First day of the figures&apos; period</source>
        <translation>Premier jour de la période des chiffres</translation>
    </message>
    <message>
        <source>Last day of the figures&apos; period</source>
        <translation>Dernier jour de la période des chiffres</translation>
    </message>
    <message>
        <source>Days in the period</source>
        <translation>Jours dans la période</translation>
    </message>
    <message>
        <source>Mail sent in the period (delivered or bounced)</source>
        <translation>Messages envoyés pendant la période (délivrés ou en bounce)</translation>
    </message>
    <message>
        <source>Mail delivered in the period</source>
        <translation>Messages délivrés pendant la période</translation>
    </message>
    <message>
        <source>Feedback-loop complaints in the period</source>
        <translation>Plaintes via feedback loop pendant la période</translation>
    </message>
    <message>
        <source>Complaints ÷ delivered, as a percentage</source>
        <translation>Plaintes ÷ délivrés, en pourcentage</translation>
    </message>
    <message>
        <source>The policy&apos;s complaint-rate line</source>
        <translation>Le seuil de taux de plainte de la politique</translation>
    </message>
    <message>
        <source>True when the complaint rate is above the line</source>
        <translation>Vrai lorsque le taux de plainte dépasse le seuil</translation>
    </message>
    <message>
        <source>Hard bounces in the period</source>
        <translation>Hard bounces pendant la période</translation>
    </message>
    <message>
        <source>Hard bounces ÷ sent, as a percentage</source>
        <translation>Hard bounces ÷ envoyés, en pourcentage</translation>
    </message>
    <message>
        <source>The policy&apos;s hard-bounce line</source>
        <translation>Le seuil de hard bounces de la politique</translation>
    </message>
    <message>
        <source>True when the hard-bounce rate is above the line</source>
        <translation>Vrai lorsque le taux de hard bounces dépasse le seuil</translation>
    </message>
    <message>
        <source>Bounces refused as spam in the period</source>
        <translation>Bounces refusés comme spam pendant la période</translation>
    </message>
    <message>
        <source>Opt-outs in the period</source>
        <translation>Désinscriptions pendant la période</translation>
    </message>
    <message>
        <source>The recipient&apos;s address (withheld unless included)</source>
        <translation>L&apos;adresse du destinataire (masquée sauf si incluse)</translation>
    </message>
    <message>
        <source>Consumer mailbox or corporate domain</source>
        <translation>Boîte grand public ou domaine d&apos;entreprise</translation>
    </message>
    <message>
        <source>True when the case has a written complaint</source>
        <translation>Vrai lorsque le dossier contient une plainte écrite</translation>
    </message>
    <message>
        <source>When the complaint arrived</source>
        <translation>Date d&apos;arrivée de la plainte</translation>
    </message>
    <message>
        <source>The complaint&apos;s subject</source>
        <translation>L&apos;objet de la plainte</translation>
    </message>
    <message>
        <source>The complaint&apos;s words, quoted (details withheld)</source>
        <translation>Les mots de la plainte, cités (détails masqués)</translation>
    </message>
    <message>
        <source>True when the complained-about message is known</source>
        <translation>Vrai lorsque le message visé par la plainte est connu</translation>
    </message>
    <message>
        <source>Its subject</source>
        <translation>Son objet</translation>
    </message>
    <message>
        <source>When it was sent</source>
        <translation>Date de son envoi</translation>
    </message>
    <message>
        <source>Its campaign (empty when unknown)</source>
        <translation>Sa campagne (vide si inconnue)</translation>
    </message>
    <message>
        <source>Mail the recipient got from the customer</source>
        <translation>Messages reçus par le destinataire de la part du client</translation>
    </message>
    <message>
        <source>The first of it</source>
        <translation>Le premier d&apos;entre eux</translation>
    </message>
    <message>
        <source>The last of it</source>
        <translation>Le dernier d&apos;entre eux</translation>
    </message>
    <message>
        <source>Its campaigns</source>
        <translation>Leurs campagnes</translation>
    </message>
    <message>
        <source>Checklist: List-Unsubscribe in the original</source>
        <translation>Liste de contrôle : List-Unsubscribe dans l&apos;original</translation>
    </message>
    <message>
        <source>Checklist: one-click unsubscribe (RFC 8058)</source>
        <translation>Liste de contrôle : désinscription en un clic (RFC 8058)</translation>
    </message>
    <message>
        <source>Checklist: more mail than signed up for</source>
        <translation>Liste de contrôle : plus de messages que prévu à l&apos;inscription</translation>
    </message>
    <message>
        <source>Checklist: mail to the recipient, span, campaigns</source>
        <translation>Liste de contrôle : messages au destinataire, période, campagnes</translation>
    </message>
    <message>
        <source>Checklist: earlier opt-outs and complaints</source>
        <translation>Liste de contrôle : désinscriptions et plaintes antérieures</translation>
    </message>
    <message>
        <source>Checklist: consumer or corporate</source>
        <translation>Liste de contrôle : particulier ou professionnel</translation>
    </message>
    <message>
        <source>Checklist: the opt-in evidence found</source>
        <translation>Liste de contrôle : les preuves d&apos;opt-in trouvées</translation>
    </message>
    <message>
        <source>The case&apos;s reports (a list, newest last)</source>
        <translation>Les rapports du dossier (une liste, le plus récent en dernier)</translation>
    </message>
    <message>
        <source>A report: when it arrived</source>
        <translation>Un rapport : date d&apos;arrivée</translation>
    </message>
    <message>
        <source>A report: what it is</source>
        <translation>Un rapport : sa nature</translation>
    </message>
    <message>
        <source>A report: the subject of the mail it is about</source>
        <translation>Un rapport : l&apos;objet du message concerné</translation>
    </message>
    <message>
        <source>The customer&apos;s blocklist listings (a list)</source>
        <translation>Les inscriptions du client sur des blocklists (une liste)</translation>
    </message>
    <message>
        <source>A listing: the blocklist</source>
        <translation>Une inscription : la blocklist</translation>
    </message>
    <message>
        <source>A listing: the address or domain listed</source>
        <translation>Une inscription : l&apos;adresse ou le domaine inscrit</translation>
    </message>
    <message>
        <source>A listing: since when</source>
        <translation>Une inscription : depuis quand</translation>
    </message>
    <message>
        <source>A listing: removed on (empty while listed)</source>
        <translation>Une inscription : retirée le (vide tant qu&apos;elle est active)</translation>
    </message>
    <message>
        <source>(date not known)</source>
        <translation>(date inconnue)</translation>
    </message>
    <message>
        <source>feedback-loop complaint</source>
        <translation>plainte via feedback loop</translation>
    </message>
    <message>
        <source>written complaint</source>
        <translation>plainte écrite</translation>
    </message>
    <message>
        <source>escalated complaint</source>
        <translation>plainte escaladée</translation>
    </message>
    <message>
        <source>blocklist notice</source>
        <translation>avis de blocklist</translation>
    </message>
    <message>
        <source>unsubscribe request</source>
        <translation>demande de désinscription</translation>
    </message>
    <message>
        <source>[address withheld]</source>
        <translation>[adresse masquée]</translation>
    </message>
    <message>
        <source>[name withheld]</source>
        <translation>[nom masqué]</translation>
    </message>
    <message>
        <source>The abuse desk</source>
        <translation>Le service abuse</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(pas encore de client)</translation>
    </message>
    <message>
        <source>not measured (no mail delivered)</source>
        <translation>non mesuré (aucun message délivré)</translation>
    </message>
    <message>
        <source>not measured (no mail sent)</source>
        <translation>non mesuré (aucun message envoyé)</translation>
    </message>
    <message>
        <source>(no complaint)</source>
        <translation>(aucune plainte)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(no complainant)</source>
        <translation>(aucun plaignant)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>a consumer mailbox (%1)</source>
        <translation>une boîte grand public (%1)</translation>
    </message>
    <message>
        <source>a company or other domain</source>
        <translation>une entreprise ou un autre domaine</translation>
    </message>
    <message>
        <source>(no mail found)</source>
        <translation>(aucun message trouvé)</translation>
    </message>
    <message>
        <source>no campaign named</source>
        <translation>aucune campagne nommée</translation>
    </message>
    <message>
        <source>campaigns %1</source>
        <translation>campagnes %1</translation>
    </message>
    <message>
        <source>Abuse Desk</source>
        <translation>Service abuse</translation>
    </message>
    <message>
        <source>(no desk address)</source>
        <translation>(pas d&apos;adresse du service)</translation>
    </message>
</context>
<context>
    <name>ReplyRenderer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: unknown placeholder “%3”</source>
        <translation>%1, ligne %2 : variable inconnue « %3 »</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Subject: more than one line</source>
        <translation>Objet : plus d&apos;une ligne</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>no empty line between the header lines and the body</source>
        <translation>pas de ligne vide entre les lignes d&apos;en-tête et le corps</translation>
    </message>
    <message>
        <source>line %1 is not &quot;Field: value&quot;</source>
        <translation>la ligne %1 n&apos;est pas de la forme « Champ: valeur »</translation>
    </message>
    <message>
        <source>line %1: unknown field &quot;%2&quot; (Name, Title, Audience, Categories, Subject)</source>
        <translation>ligne %1 : champ inconnu « %2 » (Name, Title, Audience, Categories, Subject)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is not lower-case letters, digits and dashes</source>
        <translation>le nom « %1 » ne se compose pas uniquement de minuscules, de chiffres et de tirets</translation>
    </message>
    <message>
        <source>the template has no title</source>
        <translation>le modèle n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>the audience &quot;%1&quot; is neither &quot;complainant&quot; nor &quot;list-owner&quot;</source>
        <translation>l&apos;audience « %1 » n&apos;est ni « complainant » ni « list-owner »</translation>
    </message>
    <message>
        <source>unknown case category &quot;%1&quot;</source>
        <translation>catégorie de dossier inconnue « %1 »</translation>
    </message>
    <message>
        <source>the template has no subject</source>
        <translation>le modèle n&apos;a pas d&apos;objet</translation>
    </message>
    <message>
        <source>the template has no body</source>
        <translation>le modèle n&apos;a pas de corps</translation>
    </message>
</context>
<context>
    <name>ReplyTemplateStore</name>
    <message>
        <source>the template could not be saved: %1</source>
        <translation>le modèle n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ships with the program: it can be reset, not removed</source>
        <translation>« %1 » est fourni avec le programme : il peut être réinitialisé, pas supprimé</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;</source>
        <translation>il n&apos;existe pas de modèle « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shipped template</source>
        <translation>« %1 » n&apos;est pas un modèle fourni</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a reply template: %2</source>
        <translation>%1 n&apos;est pas un modèle de réponse : %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>[redacted]</source>
        <translation>[caviardé]</translation>
    </message>
    <message>
        <source>complaints above the line</source>
        <translation>plaintes au-dessus du seuil</translation>
    </message>
    <message>
        <source>hard bounces above the line</source>
        <translation>hard bounces au-dessus du seuil</translation>
    </message>
    <message>
        <source>complaints rising</source>
        <translation>plaintes en hausse</translation>
    </message>
    <message>
        <source>costs more than it brings</source>
        <translation>coûte plus qu&apos;il ne rapporte</translation>
    </message>
    <message>
        <source>the period is not valid: it needs a first and a last day, the first not after the last</source>
        <translation>la période n&apos;est pas valide : il faut un premier et un dernier jour, le premier n&apos;étant pas après le dernier</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>par semaine (à partir du lundi)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>il n&apos;existe pas de client %1</translation>
    </message>
    <message>
        <source>the case database could not be read: %1</source>
        <translation>la base des dossiers n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Issue history: %1</source>
        <translation>Historique des problèmes : %1</translation>
    </message>
    <message>
        <source>For the customer: internal notes, time and costs left out; complainants&apos; addresses redacted.</source>
        <translation>Pour le client : notes internes, temps et coûts omis ; adresses des plaignants caviardées.</translation>
    </message>
    <message>
        <source>For management: internal; includes notes, time, costs and revenue.</source>
        <translation>Pour la direction : interne ; comprend les notes, le temps, les coûts et le chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>Period: %1 (figures %2)</source>
        <translation>Période : %1 (chiffres %2)</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Établi le %1 par %2</translation>
    </message>
    <message>
        <source>%1 — above the policy line of %2</source>
        <translation>%1 — au-dessus du seuil de la politique de %2</translation>
    </message>
    <message>
        <source>%1 (policy line %2)</source>
        <translation>%1 (seuil de la politique %2)</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Mail that ended (delivered, bounced, expired)</source>
        <translation>Messages aboutis (délivrés, en bounce, expirés)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Délivrés</translation>
    </message>
    <message>
        <source>Feedback-loop complaints</source>
        <translation>Plaintes via feedback loop</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taux de plainte</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounces</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Taux de hard bounces</translation>
    </message>
    <message>
        <source>Refused as spam</source>
        <translation>Refusés comme spam</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Remises différées</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Direct complaints</source>
        <translation>Plaintes directes</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>%1 (severity 1: %2, 2: %3, 3: %4, 4: %5)</source>
        <translation>%1 (gravité 1 : %2, 2 : %3, 3 : %4, 4 : %5)</translation>
    </message>
    <message>
        <source>Time on its cases</source>
        <translation>Temps passé sur ses dossiers</translation>
    </message>
    <message>
        <source>Cost of that time</source>
        <translation>Coût de ce temps</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>Chiffre d&apos;affaires de la période</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Complaint rate (feedback-loop complaints ÷ delivered)</source>
        <translation>Taux de plainte (plaintes via feedback loop ÷ délivrés)</translation>
    </message>
    <message>
        <source>Policy line %1</source>
        <translation>Seuil de la politique %1</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Hard bounce rate (hard bounces ÷ mail that ended)</source>
        <translation>Taux de hard bounces (hard bounces ÷ messages aboutis)</translation>
    </message>
    <message>
        <source>Cases opened, by severity</source>
        <translation>Dossiers ouverts, par gravité</translation>
    </message>
    <message>
        <source>Cost of its cases against revenue (%1)</source>
        <translation>Coût de ses dossiers par rapport au chiffre d&apos;affaires (%1)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>No case was open in this period.</source>
        <translation>Aucun dossier n&apos;était ouvert pendant cette période.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Case #%1: %2</source>
        <translation>Dossier n° %1 : %2</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Plaignant</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Feedback loop</source>
        <translation>Feedback loop</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladée</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directe</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plaintes</translation>
    </message>
    <message>
        <source>No complaint in this period.</source>
        <translation>Aucune plainte pendant cette période.</translation>
    </message>
    <message>
        <source>The first %1 of %2 complaints are listed.</source>
        <translation>Les %1 premières plaintes sur %2 sont listées.</translation>
    </message>
    <message>
        <source>No opt-out in this period.</source>
        <translation>Aucune désinscription pendant cette période.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>Decisions on the account</source>
        <translation>Décisions sur le compte</translation>
    </message>
    <message>
        <source>No decision in this period.</source>
        <translation>Aucune décision pendant cette période.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Mail that ended</source>
        <translation>Messages aboutis</translation>
    </message>
    <message>
        <source>Complaint rate %</source>
        <translation>Taux de plainte %</translation>
    </message>
    <message>
        <source>Hard bounce rate %</source>
        <translation>Taux de hard bounces %</translation>
    </message>
    <message>
        <source>Cases severity 1</source>
        <translation>Dossiers gravité 1</translation>
    </message>
    <message>
        <source>Cases severity 2</source>
        <translation>Dossiers gravité 2</translation>
    </message>
    <message>
        <source>Cases severity 3</source>
        <translation>Dossiers gravité 3</translation>
    </message>
    <message>
        <source>Cases severity 4</source>
        <translation>Dossiers gravité 4</translation>
    </message>
    <message>
        <source>Minutes on cases</source>
        <translation>Minutes sur les dossiers</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>a portfolio report is for management: choose the management audience, or one customer</source>
        <translation>un rapport de portefeuille est destiné à la direction : choisissez l&apos;audience direction, ou un seul client</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Rapport de portefeuille</translation>
    </message>
    <message>
        <source>For management: internal; includes costs and revenue.</source>
        <translation>Pour la direction : interne ; comprend les coûts et le chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1 (%2 with mail in the period)</source>
        <translation>%1 (%2 avec des envois pendant la période)</translation>
    </message>
    <message>
        <source>Above the complaint line (%1)</source>
        <translation>Au-dessus du seuil de plainte (%1)</translation>
    </message>
    <message>
        <source>Above the hard bounce line (%1)</source>
        <translation>Au-dessus du seuil de hard bounces (%1)</translation>
    </message>
    <message>
        <source>Complaint rate rising</source>
        <translation>Taux de plainte en hausse</translation>
    </message>
    <message>
        <source>Costing more than they bring</source>
        <translation>Coûtent plus qu&apos;ils ne rapportent</translation>
    </message>
    <message>
        <source>Complaint rate, all customers</source>
        <translation>Taux de plainte, tous clients</translation>
    </message>
    <message>
        <source>Hard bounce rate, all customers</source>
        <translation>Taux de hard bounces, tous clients</translation>
    </message>
    <message>
        <source>Time on cases</source>
        <translation>Temps passé sur les dossiers</translation>
    </message>
    <message>
        <source>Complaint rate of all customers, and customers above the line</source>
        <translation>Taux de plainte de tous les clients, et clients au-dessus du seuil</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Clients qui demandent de l&apos;attention</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Every customer stayed within the lines.</source>
        <translation>Tous les clients sont restés sous les seuils.</translation>
    </message>
    <message>
        <source>Customers above the complaint line</source>
        <translation>Clients au-dessus du seuil de plainte</translation>
    </message>
    <message>
        <source>Customers above the line</source>
        <translation>Clients au-dessus du seuil</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>There are no customers yet.</source>
        <translation>Il n&apos;y a pas encore de clients.</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Complaint rate trend (points)</source>
        <translation>Tendance du taux de plainte (points)</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1 : n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Seed tests</source>
        <translation>Tests de placement</translation>
    </message>
    <message>
        <source>%1 checked: %2 in the inbox, %3 in junk, %4 missing</source>
        <translation>%1 vérifiés : %2 en boîte de réception, %3 en spam, %4 absents</translation>
    </message>
    <message>
        <source>Seed-test placement</source>
        <translation>Placement des tests seed</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message>
        <source>none of the selected items is a stored message</source>
        <translation>aucun des éléments sélectionnés n&apos;est un message enregistré</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>rien n&apos;est sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) acknowledged</source>
        <translation>
            <numerusform>Réception accusée pour %n élément</numerusform>
            <numerusform>Réception accusée pour %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as noise</source>
        <translation>
            <numerusform>%n élément marqué comme bruit</numerusform>
            <numerusform>%n éléments marqués comme bruit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) back in the queue</source>
        <translation>
            <numerusform>%n élément remis dans la file</numerusform>
            <numerusform>%n éléments remis dans la file</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>il n&apos;existe pas de client %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to %1</source>
        <translation>
            <numerusform>%n élément attribué à %1</numerusform>
            <numerusform>%n éléments attribués à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 opened with %n item(s)</source>
        <translation>
            <numerusform>Dossier %1 ouvert avec %n élément</numerusform>
            <numerusform>Dossier %1 ouvert avec %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>il n&apos;existe pas de dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attached to case %1</source>
        <translation>
            <numerusform>%n élément joint au dossier %1</numerusform>
            <numerusform>%n éléments joints au dossier %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>il n&apos;y a rien à annuler</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
</context>
<context>
    <name>TriageQueue</name>
    <message>
        <source>the search &quot;%1&quot; is not understood: %2</source>
        <translation>la recherche « %1 » n&apos;est pas comprise : %2</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>Plainte escaladée</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <source>Feedback report</source>
        <translation>Rapport de feedback</translation>
    </message>
    <message>
        <source>Blocklist notice</source>
        <translation>Avis de blocklist</translation>
    </message>
    <message>
        <source>Unsubscribe request</source>
        <translation>Demande de désinscription</translation>
    </message>
    <message>
        <source>unattributed mail</source>
        <translation>message non attribué</translation>
    </message>
    <message>
        <source>, campaign %1</source>
        <translation>, campagne %1</translation>
    </message>
    <message>
        <source>an unknown receiver</source>
        <translation>un fournisseur de messagerie inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3: %4 % of %5 delivered</source>
        <translation>
            <numerusform>%n rapport de feedback concernant %1 chez %2%3 : %4 % de %5 délivrés</numerusform>
            <numerusform>%n rapports de feedback concernant %1 chez %2%3 : %4 % de %5 délivrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3</source>
        <translation>
            <numerusform>%n rapport de feedback concernant %1 chez %2%3</numerusform>
            <numerusform>%n rapports de feedback concernant %1 chez %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown facet &quot;%1&quot;</source>
        <translation>facette inconnue « %1 »</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribués</translation>
    </message>
</context>
<context>
    <name>abusedesk::cases::EvidenceBundle</name>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation>Il n&apos;existe pas de dossier %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>The evidence bundle %1 was not written: %2</source>
        <translation>L&apos;archive de preuves %1 n&apos;a pas été écrite : %2</translation>
    </message>
    <message>
        <source>the bytes of evidence %1 could not be read</source>
        <translation>les octets de la preuve %1 n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>the stored bytes of evidence %1 no longer match its SHA-256 %2</source>
        <translation>les octets enregistrés de la preuve %1 ne correspondent plus à son SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery</name>
    <message>
        <source>“%1” is not an IP range (such as 192.0.2.0/24 or 2001:db8::/48)</source>
        <translation>« %1 » n&apos;est pas une plage IP (comme 192.0.2.0/24 ou 2001:db8::/48)</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address, an IP range nor a domain</source>
        <translation>« %1 » n&apos;est ni une adresse IP, ni une plage IP, ni un domaine</translation>
    </message>
    <message>
        <source>name the blocklist (e.g. Spamhaus SBL)</source>
        <translation>nommez la blocklist (par ex. Spamhaus SBL)</translation>
    </message>
    <message>
        <source>say when the listing began</source>
        <translation>indiquez quand l&apos;inscription a commencé</translation>
    </message>
    <message>
        <source>the delisting (%1) comes before the listing (%2)</source>
        <translation>le retrait (%1) précède l&apos;inscription (%2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot decompress the file: %1</source>
        <translation>impossible de décompresser le fichier : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::CsvReader</name>
    <message>
        <source>text after a closing quote</source>
        <translation>texte après un guillemet fermant</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::CsvRecordAssembler</name>
    <message>
        <source>a quoted field is not closed within %1 lines</source>
        <translation>un champ entre guillemets n&apos;est pas fermé en %1 lignes</translation>
    </message>
    <message>
        <source>a quoted field is not closed within %1 MiB</source>
        <translation>un champ entre guillemets n&apos;est pas fermé en %1 Mio</translation>
    </message>
    <message>
        <source>the quoted field is not closed at the end of the file</source>
        <translation>le champ entre guillemets n&apos;est pas fermé à la fin du fichier</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::EximLogParser</name>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>l&apos;horodatage est illisible</translation>
    </message>
    <message>
        <source>the delivery line names no recipient</source>
        <translation>la ligne de remise ne nomme aucun destinataire</translation>
    </message>
    <message>
        <source>the delivery line ends before its router (R=), cut off?</source>
        <translation>la ligne de remise se termine avant son routeur (R=), tronquée ?</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::LogClock</name>
    <message>
        <source>the time %1 lies after the file was written (%2)</source>
        <translation>l&apos;heure %1 est postérieure à l&apos;écriture du fichier (%2)</translation>
    </message>
    <message>
        <source>the line holds NUL bytes</source>
        <translation>la ligne contient des octets NUL</translation>
    </message>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>l&apos;horodatage est illisible</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::PostfixLogParser</name>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>l&apos;horodatage est illisible</translation>
    </message>
    <message>
        <source>a delivery status without the recipient (to=&lt;…&gt;)</source>
        <translation>un statut de remise sans le destinataire (to=&lt;…&gt;)</translation>
    </message>
    <message>
        <source>the delivery line ends before its status (cut off?)</source>
        <translation>la ligne de remise se termine avant son statut (tronquée ?)</translation>
    </message>
    <message>
        <source>unknown delivery status &apos;%1&apos;</source>
        <translation>statut de remise inconnu « %1 »</translation>
    </message>
    <message>
        <source>the delivery line names no recipient (to=&lt;&gt;)</source>
        <translation>la ligne de remise ne nomme aucun destinataire (to=&lt;&gt;)</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::PowerMtaParser</name>
    <message>
        <source>the header line has no timeLogged field: the records up to the next header are skipped</source>
        <translation>la ligne d&apos;en-tête n&apos;a pas de champ timeLogged : les enregistrements jusqu&apos;au prochain en-tête sont ignorés</translation>
    </message>
    <message>
        <source>no header line (type,timeLogged,…,rcpt,…) before this record</source>
        <translation>aucune ligne d&apos;en-tête (type,timeLogged,…,rcpt,…) avant cet enregistrement</translation>
    </message>
    <message>
        <source>no record type</source>
        <translation>aucun type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>pas de %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time</source>
        <translation>%1 « %2 » n&apos;est pas une date et heure</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; lies in the future</source>
        <translation>%1 « %2 » est dans le futur</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>aucun destinataire</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TabularFormats</name>
    <message>
        <source>unknown kind &quot;%1&quot;: not send-log, opt-out, seed or blocklist</source>
        <translation>type inconnu « %1 » : ni send-log, ni opt-out, ni seed, ni blocklist</translation>
    </message>
    <message>
        <source>the separator &quot;%1&quot; is not a comma, a semicolon or a tab</source>
        <translation>le séparateur « %1 » n&apos;est ni une virgule, ni un point-virgule, ni une tabulation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the kind %2</source>
        <translation>« %1 » n&apos;est pas un champ du type %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; names no column</source>
        <translation>le champ « %1 » ne nomme aucune colonne</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; has no column</source>
        <translation>le champ obligatoire « %1 » n&apos;a pas de colonne</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire inconnu « %1 »</translation>
    </message>
    <message>
        <source>the result word &quot;%1&quot; maps to &quot;%2&quot;, not to delivered, deferred, bounced or expired</source>
        <translation>le mot de résultat « %1 » correspond à « %2 », et non à delivered, deferred, bounced ou expired</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TabularParser</name>
    <message>
        <source>the built-in %1 profile</source>
        <translation>le profil %1 intégré</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>profil « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <source>the column %1 of %2 is missing</source>
        <translation>la colonne %1 de %2 est manquante</translation>
    </message>
    <message>
        <source>the columns %1 of %2 are missing</source>
        <translation>les colonnes %1 de %2 sont manquantes</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>pas de %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (ISO 8601, RFC 2822 or Unix time)</source>
        <translation>%1 « %2 » n&apos;est pas une date (ISO 8601, RFC 2822 ou heure Unix)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date in the format %3</source>
        <translation>%1 « %2 » n&apos;est pas une date au format %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; lies in the future</source>
        <translation>%1 « %2 » est dans le futur</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 champs, l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot; is not a mail address</source>
        <translation>le destinataire « %1 » n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>result &quot;%1&quot; is not a known word for delivered, deferred, bounced or expired</source>
        <translation>le résultat « %1 » n&apos;est pas un mot connu pour delivered, deferred, bounced ou expired</translation>
    </message>
    <message>
        <source>placement &quot;%1&quot; is not inbox, junk or missing</source>
        <translation>le placement « %1 » n&apos;est ni inbox, ni junk, ni missing</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TimestampParser</name>
    <message>
        <source>ISO 8601, RFC 2822 or Unix time</source>
        <translation>ISO 8601, RFC 2822 ou heure Unix</translation>
    </message>
</context>
<context>
    <name>abusedesk::evidence::EvidenceListModel</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>%1 · legal</source>
        <translation>%1 · juridique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Adresse de rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::AboutDialog</name>
    <message>
        <source>About AbuseDesk</source>
        <translation>À propos d&apos;AbuseDesk</translation>
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
        <translation>&lt;h2&gt;AbuseDesk %1&lt;/h2&gt;&lt;p&gt;Un poste de travail pour le service abuse d&apos;un expéditeur d&apos;e-mails : plaintes, feedback loops, bounces et journaux de remise rattachés au propriétaire de liste qui en est à l&apos;origine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::AttributionRulesDialog</name>
    <message>
        <source>Attribution Rules</source>
        <translation>Règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Rules are tried from the top. The first rule that names exactly one customer decides; other rules naming someone else are kept as disagreements. Untick a rule to leave it out.</source>
        <translation>Les règles sont essayées de haut en bas. La première règle qui désigne exactement un client décide ; les autres règles désignant quelqu&apos;un d&apos;autre sont conservées comme désaccords. Décochez une règle pour l&apos;écarter.</translation>
    </message>
    <message>
        <source>Attribution rules</source>
        <translation>Règles d&apos;attribution</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Add &amp;Header Rule</source>
        <translation>Ajouter une règle d&apos;&amp;en-tête</translation>
    </message>
    <message>
        <source>A rule that reads a header of the original message: its name and a regular expression whose first capture is the customer&apos;s value</source>
        <translation>Une règle qui lit un en-tête du message original : son nom et une expression régulière dont la première capture est la valeur du client</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Ticked: the rule is used</source>
        <translation>Cochée : la règle est utilisée</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Règle %1 (%2) : %3</translation>
    </message>
    <message>
        <source> — fix or remove it to save the rules.</source>
        <translation> — corrigez-la ou supprimez-la pour enregistrer les règles.</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Les règles n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::BlocklistListingDialog</name>
    <message>
        <source>Add Blocklist Listing</source>
        <translation>Ajouter une inscription sur blocklist</translation>
    </message>
    <message>
        <source>e.g. Spamhaus SBL</source>
        <translation>par ex. Spamhaus SBL</translation>
    </message>
    <message>
        <source>&amp;Blocklist:</source>
        <translation>&amp;Blocklist :</translation>
    </message>
    <message>
        <source>192.0.2.17, 198.51.100.0/24 or mail.example.com</source>
        <translation>192.0.2.17, 198.51.100.0/24 ou mail.example.com</translation>
    </message>
    <message>
        <source>&amp;Listed IP, range or domain:</source>
        <translation>IP, plage ou domaine &amp;inscrit :</translation>
    </message>
    <message>
        <source>Listed &amp;since:</source>
        <translation>Inscrit &amp;depuis le :</translation>
    </message>
    <message>
        <source>&amp;Delisted on:</source>
        <translation>&amp;Retiré le :</translation>
    </message>
    <message>
        <source>what happened, the listing&apos;s reference …</source>
        <translation>ce qui s&apos;est passé, la référence de l&apos;inscription …</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>The case database refused the listing: %1</source>
        <translation>La base des dossiers a refusé l&apos;inscription : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CasePickerDialog</name>
    <message>
        <source>Attach to Case</source>
        <translation>Joindre à un dossier</translation>
    </message>
    <message>
        <source>There is no open case to attach %1 to. Open one with Triage ▸ Open Case… (C).</source>
        <translation>Il n&apos;y a aucun dossier ouvert auquel joindre %1. Ouvrez-en un avec Tri ▸ Ouvrir un dossier… (C).</translation>
    </message>
    <message>
        <source>Attach %1 to an open case. It leaves the queue and appears in the case&apos;s evidence and timeline.</source>
        <translation>Joindre %1 à un dossier ouvert. L&apos;élément quitte la file et apparaît dans les preuves et la chronologie du dossier.</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <source>Type part of a title, a customer or a case number…</source>
        <translation>Saisissez une partie d&apos;un titre, d&apos;un client ou d&apos;un numéro de dossier…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>aucun client</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>&amp;Joindre</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CaseStatusDialog</name>
    <message>
        <source>%1 Case #%2</source>
        <translation>%1 le dossier n° %2</translation>
    </message>
    <message>
        <source>How did case #%1 end? The outcome is kept in its timeline and its reports.</source>
        <translation>Comment le dossier n° %1 s&apos;est-il terminé ? L&apos;issue est conservée dans sa chronologie et ses rapports.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Choisissez l&apos;issue…</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Optional: what settled it</source>
        <translation>Facultatif : ce qui a tranché</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>Le statut n&apos;a pas pu être modifié : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CaseTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>aucun client</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CasesView</name>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrer les dossiers</translation>
    </message>
    <message>
        <source>Filter by customer, title, category, status…</source>
        <translation>Filtrer par client, titre, catégorie, statut…</translation>
    </message>
    <message>
        <source>&amp;Open cases only</source>
        <translation>Dossiers &amp;ouverts seulement</translation>
    </message>
    <message>
        <source>Open and waiting on the customer; resolved and closed cases are left out</source>
        <translation>Ouverts et en attente du client ; les dossiers résolus et clos sont exclus</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Échelle d&apos;escalade</translation>
    </message>
    <message>
        <source>&amp;Ladder Step…</source>
        <translation>Échelon &amp;d&apos;escalade…</translation>
    </message>
    <message>
        <source>Move the customer on the escalation ladder, with a reason, recorded in this case</source>
        <translation>Faire avancer le client sur l&apos;échelle d&apos;escalade, avec un motif, consigné dans ce dossier</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>A note for the timeline: what you found, what you told whom, what comes next</source>
        <translation>Une note pour la chronologie : ce que vous avez trouvé, ce que vous avez dit à qui, la suite</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Return in the note)</source>
        <translation>Ajouter la note à la chronologie (Ctrl+Entrée dans la note)</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minutes passées</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;ime spent:</source>
        <translation>Temps &amp;passé :</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>on what: investigation, reply to the customer, call…</source>
        <translation>sur quoi : enquête, réponse au client, appel…</translation>
    </message>
    <message>
        <source>Log &amp;Time</source>
        <translation>Consigner le &amp;temps</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Preuves liées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Aucune base de dossiers n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No cases yet. Open one from the Triage view: select the reports or findings and press C (Triage ▸ Open Case…).</source>
        <translation>Pas encore de dossiers. Ouvrez-en un depuis la vue Tri : sélectionnez les rapports ou les constats et appuyez sur C (Tri ▸ Ouvrir un dossier…).</translation>
    </message>
    <message>
        <source>Select a case to see its timeline, evidence and customer.</source>
        <translation>Sélectionnez un dossier pour voir sa chronologie, ses preuves et son client.</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Dossier n° %1</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>aucun client</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>ouvert le %1</translation>
    </message>
    <message>
        <source>opened %1 by %2</source>
        <translation>ouvert le %1 par %2</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 consignés</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminé le %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue : %1</translation>
    </message>
    <message>
        <source>The case has no customer yet, so no ladder step applies.</source>
        <translation>Le dossier n&apos;a pas encore de client : aucun échelon ne s&apos;applique.</translation>
    </message>
    <message>
        <source>%1 is at &lt;b&gt;%2&lt;/b&gt; (step %3 of 4), status %4.</source>
        <translation>%1 est à l&apos;échelon &lt;b&gt;%2&lt;/b&gt; (%3 sur 4), statut %4.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves on to &lt;b&gt;%1&lt;/b&gt; when: %2</source>
        <translation>&lt;br&gt;Passe à l&apos;échelon &lt;b&gt;%1&lt;/b&gt; lorsque : %2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Chronologie (%1)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>No messages are linked to this case. Attach reports from the Triage view (T).</source>
        <translation>Aucun message n&apos;est lié à ce dossier. Joignez des rapports depuis la vue Tri (T).</translation>
    </message>
    <message>
        <source>%1 messages are linked; the first %2 are listed. Double-click one to read it in Evidence.</source>
        <translation>%1 messages sont liés ; les %2 premiers sont listés. Double-cliquez sur l&apos;un d&apos;eux pour le lire dans Preuves.</translation>
    </message>
    <message>
        <source>Double-click a message to read it in Evidence.</source>
        <translation>Double-cliquez sur un message pour le lire dans Preuves.</translation>
    </message>
    <message>
        <source>The severity could not be changed: %1</source>
        <translation>La gravité n&apos;a pas pu être modifiée : %1</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>Le statut n&apos;a pas pu être modifié : %1</translation>
    </message>
    <message>
        <source>The note could not be added: %1</source>
        <translation>La note n&apos;a pas pu être ajoutée : %1</translation>
    </message>
    <message>
        <source>The time could not be logged: %1</source>
        <translation>Le temps n&apos;a pas pu être consigné : %1</translation>
    </message>
    <message>
        <source>Write &amp;Reply…</source>
        <translation>&amp;Rédiger une réponse…</translation>
    </message>
    <message>
        <source>A reply to the complainant or the list owner from a template, filled with this case&apos;s numbers</source>
        <translation>Une réponse au plaignant ou au propriétaire de liste à partir d&apos;un modèle, remplie avec les chiffres de ce dossier</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence Bundle…</source>
        <translation>E&amp;xporter l&apos;archive de preuves…</translation>
    </message>
    <message>
        <source>Save the linked messages exactly as received, with a manifest of their SHA-256s, sources and import times, as a .zip for legal or a peer</source>
        <translation>Enregistrer les messages liés exactement tels que reçus, avec un manifeste de leurs SHA-256, de leurs sources et heures d&apos;import, dans un .zip pour le service juridique ou un pair</translation>
    </message>
    <message>
        <source>Checklist (%1)</source>
        <translation>Liste de contrôle (%1)</translation>
    </message>
    <message>
        <source>Export Evidence Bundle</source>
        <translation>Exporter l&apos;archive de preuves</translation>
    </message>
    <message>
        <source>case-%1-evidence.zip</source>
        <translation>dossier-%1-preuves.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Evidence bundle not written</source>
        <translation>Archive de preuves non écrite</translation>
    </message>
    <message>
        <source>Evidence bundle of case #%1 written to %2: %3.</source>
        <translation>Archive de preuves du dossier n° %1 écrite dans %2 : %3.</translation>
    </message>
    <message>
        <source>Writing the evidence bundle of case #%1…</source>
        <translation>Écriture de l&apos;archive de preuves du dossier n° %1…</translation>
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
    <name>abusedesk::gui::ChecklistPanel</name>
    <message>
        <source>Checklist answers</source>
        <translation>Réponses de la liste de contrôle</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>In timeline</source>
        <translation>Dans la chronologie</translation>
    </message>
    <message>
        <source>e.g. signed up for a monthly newsletter, got daily offers</source>
        <translation>par ex. inscrit à une newsletter mensuelle, a reçu des offres quotidiennes</translation>
    </message>
    <message>
        <source>where the address was collected (form, shop, event)</source>
        <translation>où l&apos;adresse a été collectée (formulaire, boutique, événement)</translation>
    </message>
    <message>
        <source>when (YYYY-MM-DD)</source>
        <translation>quand (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>the IP address the sign-up came from</source>
        <translation>l&apos;adresse IP d&apos;où provient l&apos;inscription</translation>
    </message>
    <message>
        <source>how it was confirmed (confirmation mail clicked on …)</source>
        <translation>comment elle a été confirmée (clic sur le mail de confirmation le …)</translation>
    </message>
    <message>
        <source>More than signed up for?</source>
        <translation>Plus que ce à quoi la personne s&apos;est inscrite ?</translation>
    </message>
    <message>
        <source>Opt-in source:</source>
        <translation>Source de l&apos;opt-in :</translation>
    </message>
    <message>
        <source>Opt-in date:</source>
        <translation>Date de l&apos;opt-in :</translation>
    </message>
    <message>
        <source>Opt-in IP address:</source>
        <translation>Adresse IP de l&apos;opt-in :</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>&amp;Record in Timeline</source>
        <translation>&amp;Consigner dans la chronologie</translation>
    </message>
    <message>
        <source>Write the new answers, from the data and yours, into the case&apos;s timeline</source>
        <translation>Écrire les nouvelles réponses, issues des données et des vôtres, dans la chronologie du dossier</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation>Aucun dossier n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>The direct-abuse checklist asks about a complaint written by a person or escalated by a trusted reporter, and this case has none linked. Attach the complaint from the Triage view (T) to answer it.</source>
        <translation>La liste de contrôle des abus directs porte sur une plainte écrite par une personne ou escaladée par un signaleur de confiance, et ce dossier n&apos;en a aucune de liée. Joignez la plainte depuis la vue Tri (T) pour y répondre.</translation>
    </message>
    <message>
        <source>about mail to an address it does not name</source>
        <translation>au sujet de messages envoyés à une adresse qu&apos;elle ne nomme pas</translation>
    </message>
    <message>
        <source>about mail to the writer&apos;s own address</source>
        <translation>au sujet de messages envoyés à l&apos;adresse de l&apos;auteur</translation>
    </message>
    <message>
        <source>about mail to %1</source>
        <translation>au sujet de messages envoyés à %1</translation>
    </message>
    <message>
        <source>The %1 from %2, received %3, %4. The data answers what it can; ⚠ marks an answer that points at a problem of the list owner&apos;s. The rest is yours to find out.</source>
        <translation>La %1 de %2, reçue le %3, %4. Les données répondent à ce qu&apos;elles peuvent ; ⚠ signale une réponse qui indique un problème du côté du propriétaire de liste. Le reste est à vous d&apos;établir.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>plainte</translation>
    </message>
    <message>
        <source>escalated complaint</source>
        <translation>plainte escaladée</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>un expéditeur inconnu</translation>
    </message>
    <message>
        <source>(the data does not say)</source>
        <translation>(les données ne le disent pas)</translation>
    </message>
    <message>
        <source>(yours to answer below)</source>
        <translation>(à vous de répondre ci-dessous)</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>consigné</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>recorded: %1</source>
        <translation>consigné : %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Non consigné : %1</translation>
    </message>
    <message>
        <source>Nothing new to record: the timeline holds every answer.</source>
        <translation>Rien de nouveau à consigner : la chronologie contient toutes les réponses.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded in the timeline.</source>
        <translation>
            <numerusform>%n réponse consignée dans la chronologie.</numerusform>
            <numerusform>%n réponses consignées dans la chronologie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CsvProfileDialog</name>
    <message>
        <source>Send log (one row per message sent)</source>
        <translation>Journal d&apos;envoi (une ligne par message envoyé)</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Seed-test results</source>
        <translation>Résultats des tests de placement</translation>
    </message>
    <message>
        <source>Blocklist listings</source>
        <translation>Inscriptions sur blocklist</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP d&apos;envoi</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>Expéditeur d&apos;enveloppe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>IP or domain</source>
        <translation>IP ou domaine</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Map Columns — %1</source>
        <translation>Mappage des colonnes — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a table AbuseDesk does not know yet. Say which column holds what; the mapping is saved under its name and used for every file with these columns. Fields marked * are required.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est un tableau qu&apos;AbuseDesk ne connaît pas encore. Indiquez quelle colonne contient quoi ; le mappage est enregistré sous son nom et utilisé pour tout fichier ayant ces colonnes. Les champs marqués * sont obligatoires.</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Nouveau mappage</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>Le &amp;fichier contient :</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>automatic (ISO 8601, RFC 2822, Unix seconds)</source>
        <translation>automatique (ISO 8601, RFC 2822, secondes Unix)</translation>
    </message>
    <message>
        <source>A Qt date format such as dd.MM.yyyy HH:mm, or empty to recognise the usual ones.</source>
        <translation>Un format de date Qt comme dd.MM.yyyy HH:mm, ou vide pour reconnaître les formats usuels.</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>F&amp;ormat de l&apos;heure :</translation>
    </message>
    <message>
        <source>The zone of times written without an offset, e.g. UTC or Europe/Berlin.</source>
        <translation>Le fuseau des heures écrites sans décalage, par ex. UTC ou Europe/Paris.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Save and &amp;Import</source>
        <translation>Enregistrer et &amp;importer</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Donnez un nom au mappage.</translation>
    </message>
    <message>
        <source>Choose the column of “%1”.</source>
        <translation>Choisissez la colonne de « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Of the first %1 rows, %2 would be imported.</source>
        <translation>Sur les %1 premières lignes, %2 seraient importées.</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetées : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomerPickerDialog</name>
    <message>
        <source>Attribute to Customer</source>
        <translation>Attribuer à un client</translation>
    </message>
    <message>
        <source>Attribute %1 to a customer by hand. A hand attribution stays when the history is attributed again.</source>
        <translation>Attribuer %1 manuellement à un client. Une attribution manuelle est conservée lorsque l&apos;historique est de nouveau attribué.</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrer les clients</translation>
    </message>
    <message>
        <source>Type part of a name or id…</source>
        <translation>Saisissez une partie d&apos;un nom ou d&apos;un identifiant…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Attribute</source>
        <translation>&amp;Attribuer</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomerTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Averti</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints of %2 delivered; the line is %3 %</source>
        <translation>%1 plaintes via feedback loop sur %2 délivrés ; le seuil est de %3 %</translation>
    </message>
    <message>
        <source>%1 hard bounces of %2 sent; the line is %3 %</source>
        <translation>%1 hard bounces sur %2 envoyés ; le seuil est de %3 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Revenue / month</source>
        <translation>Chiffre d&apos;affaires / mois</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plaintes</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taux de plainte</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounces</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Feedback-loop complaints ÷ delivered mail over the period</source>
        <translation>Plaintes via feedback loop ÷ messages délivrés sur la période</translation>
    </message>
    <message>
        <source>Hard bounces ÷ sent mail over the period</source>
        <translation>Hard bounces ÷ messages envoyés sur la période</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomersView</name>
    <message>
        <source>IP address or range</source>
        <translation>Adresse IP ou plage</translation>
    </message>
    <message>
        <source>Domain (any use)</source>
        <translation>Domaine (tout usage)</translation>
    </message>
    <message>
        <source>DKIM d= domain</source>
        <translation>Domaine DKIM d=</translation>
    </message>
    <message>
        <source>Return-Path domain</source>
        <translation>Domaine Return-Path</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>Domaine From</translation>
    </message>
    <message>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valeur d&apos;en-tête</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Adresse de contact</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Re-attribution progress</source>
        <translation>Progression de la réattribution</translation>
    </message>
    <message>
        <source>Attributing the history again… %p%</source>
        <translation>Nouvelle attribution de l&apos;historique… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrer les clients</translation>
    </message>
    <message>
        <source>Filter by name, id or status…</source>
        <translation>Filtrer par nom, identifiant ou statut…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&amp;New Customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>&amp;Supprimer le client…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>your system&apos;s id, e.g. c001</source>
        <translation>l&apos;identifiant dans votre système, par ex. c001</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed with Change Status… below, as a decision with a reason</source>
        <translation>Modifié via Changer le statut… ci-dessous, sous forme de décision motivée</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>&amp;Ladder:</source>
        <translation>É&amp;chelon :</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Identifiant e&amp;xterne :</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Chiffre d&apos;affaires mensuel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Dev&amp;ise :</translation>
    </message>
    <message>
        <source>&amp;Revenue / month:</source>
        <translation>Chiffre d&apos;&amp;affaires / mois :</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>addresses, separated by commas or semicolons</source>
        <translation>adresses, séparées par des virgules ou des points-virgules</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>C&amp;ontacts :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>C&amp;hange Status…</source>
        <translation>Chan&amp;ger le statut…</translation>
    </message>
    <message>
        <source>Move the customer on the escalation ladder: a decision recorded with a reason</source>
        <translation>Faire avancer le client sur l&apos;échelle d&apos;escalade : une décision consignée avec un motif</translation>
    </message>
    <message>
        <source>Escalation history</source>
        <translation>Historique d&apos;escalade</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>First UTC day (yyyy-mm-dd); empty: always</source>
        <translation>Premier jour UTC (aaaa-mm-jj) ; vide : toujours</translation>
    </message>
    <message>
        <source>UTC day it was given up (yyyy-mm-dd, not included); empty: still held</source>
        <translation>Jour UTC où il a été abandonné (aaaa-mm-jj, non inclus) ; vide : toujours détenu</translation>
    </message>
    <message>
        <source>A pool several customers use at once: it decides nothing on its own</source>
        <translation>Un pool utilisé par plusieurs clients à la fois : il ne décide rien à lui seul</translation>
    </message>
    <message>
        <source>&amp;Add Identifier</source>
        <translation>&amp;Ajouter un identifiant</translation>
    </message>
    <message>
        <source>Re&amp;move Identifier</source>
        <translation>Supp&amp;rimer l&apos;identifiant</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Mail that mentions this customer</source>
        <translation>Messages qui mentionnent ce client</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Annu&amp;ler les modifications</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the customer and attribute the history again (Ctrl+S)</source>
        <translation>Enregistrer le client et attribuer de nouveau l&apos;historique (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Unattributed messages</source>
        <translation>Messages non attribués</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>&amp;Unattributed</source>
        <translation>Non attri&amp;bués</translation>
    </message>
    <message>
        <source>Messages whose rules disagree</source>
        <translation>Messages dont les règles sont en désaccord</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Disagreeing rules</source>
        <translation>Règles en désaccord</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>&amp;Désaccords</translation>
    </message>
    <message>
        <source>Save Customer</source>
        <translation>Enregistrer le client</translation>
    </message>
    <message>
        <source>Complaints and rates over the 30 days from %1 to %2 (the last day with data, UTC).</source>
        <translation>Plaintes et taux sur les 30 jours du %1 au %2 (le dernier jour avec des données, UTC).</translation>
    </message>
    <message>
        <source>No mail or delivery data yet: complaints and rates appear after an import.</source>
        <translation>Pas encore de données de messages ou de remise : les plaintes et les taux apparaissent après un import.</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Aucune base de dossiers n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>&amp;Disagreements (%1)</source>
        <translation>&amp;Désaccords (%1)</translation>
    </message>
    <message>
        <source>No rules disagree: where several rules name a customer, they name the same one.</source>
        <translation>Aucune règle en désaccord : lorsque plusieurs règles désignent un client, elles désignent le même.</translation>
    </message>
    <message>
        <source>These messages are attributed by the first rule that named one customer, while a later rule named someone else: an identifier may be wrong, or a customer sends in another&apos;s name. Double-click one to read it in Evidence.</source>
        <translation>Ces messages sont attribués par la première règle qui a désigné un client, alors qu&apos;une règle suivante a désigné quelqu&apos;un d&apos;autre : un identifiant est peut-être erroné, ou un client envoie au nom d&apos;un autre. Double-cliquez sur l&apos;un d&apos;eux pour le lire dans Preuves.</translation>
    </message>
    <message>
        <source>nothing that names a customer</source>
        <translation>rien qui désigne un client</translation>
    </message>
    <message>
        <source>&amp;Unattributed (%1)</source>
        <translation>Non attri&amp;bués (%1)</translation>
    </message>
    <message>
        <source>Every message is attributed to a customer (noise left out).</source>
        <translation>Chaque message est attribué à un client (bruit exclu).</translation>
    </message>
    <message>
        <source>%1 messages no rule could attribute; the newest %2 are listed with the facts that could identify their sender. Double-click one to read it in Evidence.</source>
        <translation>%1 messages n&apos;ont pu être attribués par aucune règle ; les %2 plus récents sont listés avec les éléments qui pourraient identifier leur expéditeur. Double-cliquez sur l&apos;un d&apos;eux pour le lire dans Preuves.</translation>
    </message>
    <message>
        <source>One message no rule could attribute, with the facts that could identify its sender.</source>
        <translation>Un message n&apos;a pu être attribué par aucune règle, avec les éléments qui pourraient identifier son expéditeur.</translation>
    </message>
    <message>
        <source>%1 messages no rule could attribute, newest first, with the facts that could identify their sender.</source>
        <translation>%1 messages n&apos;ont pu être attribués par aucune règle, les plus récents en premier, avec les éléments qui pourraient identifier leur expéditeur.</translation>
    </message>
    <message>
        <source>Double-click one to read it in Evidence; add an identifier to a customer to attribute it.</source>
        <translation>Double-cliquez sur l&apos;un d&apos;eux pour le lire dans Preuves ; ajoutez un identifiant à un client pour l&apos;attribuer.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The new customer</source>
        <translation>Le nouveau client</translation>
    </message>
    <message>
        <source>No customers yet. Add one with New Customer, or import a customers.csv with File &gt; Import Customers.</source>
        <translation>Pas encore de clients. Ajoutez-en un avec Nouveau client, ou importez un customers.csv avec Fichier &gt; Importer des clients.</translation>
    </message>
    <message>
        <source>Select a customer to see and edit its details.</source>
        <translation>Sélectionnez un client pour voir et modifier ses informations.</translation>
    </message>
    <message>
        <source>A new customer: give it a name and identifiers, then Save.</source>
        <translation>Un nouveau client : donnez-lui un nom et des identifiants, puis enregistrez.</translation>
    </message>
    <message>
        <source>Changes to identifiers attribute the history again when you save.</source>
        <translation>Les modifications des identifiants déclenchent une nouvelle attribution de l&apos;historique à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Identifiers (%1)</source>
        <translation>Identifiants (%1)</translation>
    </message>
    <message>
        <source>Mentions: no other mail (list posts, notices, replies) names this customer&apos;s domains or addresses</source>
        <translation>Mentions : aucun autre message (messages de liste, avis, réponses) ne nomme les domaines ou adresses de ce client</translation>
    </message>
    <message>
        <source>Mentions (%1): other mail that names this customer&apos;s domains or addresses</source>
        <translation>Mentions (%1) : autres messages qui nomment les domaines ou adresses de ce client</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>Le client doit avoir un nom.</translation>
    </message>
    <message>
        <source>Identifier row %1</source>
        <translation>Ligne d&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of identifier.</source>
        <translation>%1 : « %2 » n&apos;est pas un type d&apos;identifiant.</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1 : la valeur est vide.</translation>
    </message>
    <message>
        <source>%1: a header identifier needs the name of the header (e.g. X-Customer-ID).</source>
        <translation>%1 : un identifiant d&apos;en-tête nécessite le nom de l&apos;en-tête (par ex. X-Customer-ID).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address or CIDR range (e.g. 192.0.2.7 or 192.0.2.0/24).</source>
        <translation>%1 : « %2 » n&apos;est ni une adresse IP ni une plage CIDR (par ex. 192.0.2.7 ou 192.0.2.0/24).</translation>
    </message>
    <message>
        <source>%1: &quot;valid from&quot; is not a date (yyyy-mm-dd, or empty for always).</source>
        <translation>%1 : « valide du » n&apos;est pas une date (aaaa-mm-jj, ou vide pour toujours).</translation>
    </message>
    <message>
        <source>%1: &quot;valid until&quot; is not a date (yyyy-mm-dd, or empty while still held).</source>
        <translation>%1 : « valide jusqu&apos;au » n&apos;est pas une date (aaaa-mm-jj, ou vide s&apos;il est toujours détenu).</translation>
    </message>
    <message>
        <source>%1: &quot;valid until&quot; must come after &quot;valid from&quot;.</source>
        <translation>%1 : « valide jusqu&apos;au » doit être postérieur à « valide du ».</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>Le client n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>customer %1 changed</source>
        <translation>client %1 modifié</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <source>Delete %1 with its identifiers? Its mail and deliveries stay and are attributed again, to another customer or to no one.</source>
        <translation>Supprimer %1 avec ses identifiants ? Ses messages et remises restent et sont attribués de nouveau, à un autre client ou à personne.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n&apos;a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <source>customer %1 deleted</source>
        <translation>client %1 supprimé</translation>
    </message>
    <message>
        <source>Attributing the history again failed: %1</source>
        <translation>La nouvelle attribution de l&apos;historique a échoué : %1</translation>
    </message>
    <message>
        <source>Attributing the history again was cancelled; what was done so far stays. Save again to finish it.</source>
        <translation>La nouvelle attribution de l&apos;historique a été annulée ; ce qui a été fait jusqu&apos;ici est conservé. Enregistrez de nouveau pour la terminer.</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>deleted customer #%1</source>
        <translation>client supprimé n° %1</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>1 delivery</source>
        <translation>1 remise</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>%1 remises</translation>
    </message>
    <message>
        <source>1 opt-out</source>
        <translation>1 désinscription</translation>
    </message>
    <message>
        <source>%1 opt-outs</source>
        <translation>%1 désinscriptions</translation>
    </message>
    <message>
        <source>1 listing</source>
        <translation>1 inscription</translation>
    </message>
    <message>
        <source>%1 listings</source>
        <translation>%1 inscriptions</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 déplacés de %2 vers %3</translation>
    </message>
    <message>
        <source>Nothing moved: %1 items examined, every one stays with its customer (%2 explanations updated).</source>
        <translation>Aucun changement : %1 éléments examinés, chacun reste à son client (%2 explications mises à jour).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What moved&lt;/b&gt; (%1 items examined):</source>
        <translation>&lt;b&gt;Ce qui a changé&lt;/b&gt; (%1 éléments examinés) :</translation>
    </message>
    <message>
        <source>A new customer starts in good standing.</source>
        <translation>Un nouveau client commence en règle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (step %2 of 4), status &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (échelon %2 sur 4), statut &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves on to %1 when: %2</source>
        <translation>&lt;br&gt;Passe à l&apos;échelon %1 lorsque : %2</translation>
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
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>Choisissez un client…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All receivers</source>
        <translation>Tous les fournisseurs</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Aucune base de dossiers n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Choose a customer above to see their complaint rate, bounces, opt-outs, cases and cost over time.</source>
        <translation>Choisissez un client ci-dessus pour voir l&apos;évolution de son taux de plainte, de ses bounces, désinscriptions, dossiers et coûts.</translation>
    </message>
    <message>
        <source>There are no customers yet. Import a customer list (File &gt; Import Customers) to see their dashboards.</source>
        <translation>Il n&apos;y a pas encore de clients. Importez une liste de clients (Fichier &gt; Importer des clients) pour voir leurs tableaux de bord.</translation>
    </message>
    <message>
        <source>The period is empty: “From” is after “Until”.</source>
        <translation>La période est vide : « Du » est postérieur à « Au ».</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>%1 sent no mail to %2 from %3 to %4. Choose another period or all receivers.</source>
        <translation>%1 n&apos;a envoyé aucun message à %2 du %3 au %4. Choisissez une autre période ou tous les fournisseurs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 to %3%4: %5 delivered, %6 complaints (&lt;b&gt;%7 %&lt;/b&gt;, line %8 %), hard bounces &lt;b&gt;%9 %&lt;/b&gt; (line %10 %).&lt;br&gt;%11 spam bounces, %12 deferrals, %13 opt-outs, %14 cases opened; cost of complaints %15%16.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, du %2 au %3%4 : %5 délivrés, %6 plaintes (&lt;b&gt;%7 %&lt;/b&gt;, seuil %8 %), hard bounces &lt;b&gt;%9 %&lt;/b&gt; (seuil %10 %).&lt;br&gt;%11 bounces pour spam, %12 remises différées, %13 désinscriptions, %14 dossiers ouverts ; coût des plaintes %15%16.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> chez %1</translation>
    </message>
    <message>
        <source> against revenue of %1</source>
        <translation> face à un chiffre d&apos;affaires de %1</translation>
    </message>
    <message>
        <source>Click a point of the complaint-rate chart to list the feedback reports behind it; double-click a report to read it.</source>
        <translation>Cliquez sur un point du graphique du taux de plainte pour lister les rapports de feedback correspondants ; double-cliquez sur un rapport pour le lire.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>week %1, %2 – %3</source>
        <translation>semaine %1, %2 – %3</translation>
    </message>
    <message>
        <source>Complaint rate (feedback-loop complaints ÷ delivered)</source>
        <translation>Taux de plainte (plaintes via feedback loop ÷ délivrés)</translation>
    </message>
    <message>
        <source>Other receivers</source>
        <translation>Autres fournisseurs</translation>
    </message>
    <message>
        <source>% of delivered</source>
        <translation>% des délivrés</translation>
    </message>
    <message>
        <source>Policy line %1 %</source>
        <translation>Seuil de la politique %1 %</translation>
    </message>
    <message>
        <source>%1
%2 complaints of %3 delivered: %4 %
Click to list the reports.</source>
        <translation>%1
%2 plaintes sur %3 délivrés : %4 %
Cliquez pour lister les rapports.</translation>
    </message>
    <message>
        <source>%1 at %2
%3 complaints of %4 delivered: %5 %
Click to list the reports.</source>
        <translation>%1 chez %2
%3 plaintes sur %4 délivrés : %5 %
Cliquez pour lister les rapports.</translation>
    </message>
    <message>
        <source>other receivers</source>
        <translation>autres fournisseurs</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taux de plainte</translation>
    </message>
    <message>
        <source>Hard bounce rate (hard bounces ÷ mail that ended)</source>
        <translation>Taux de hard bounces (hard bounces ÷ messages aboutis)</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Taux de hard bounces</translation>
    </message>
    <message>
        <source>% of mail that ended</source>
        <translation>% des messages aboutis</translation>
    </message>
    <message>
        <source>%1
%2 hard bounces of %3 mails that ended: %4 %</source>
        <translation>%1
%2 hard bounces sur %3 messages aboutis : %4 %</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounces</translation>
    </message>
    <message>
        <source>Spam bounces</source>
        <translation>Bounces pour spam</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Remises différées</translation>
    </message>
    <message>
        <source>%1
%2 spam bounces, %3 deferrals
%4 mails ended</source>
        <translation>%1
%2 bounces pour spam, %3 remises différées
%4 messages aboutis</translation>
    </message>
    <message>
        <source>Spam bounces and deferrals</source>
        <translation>Bounces pour spam et remises différées</translation>
    </message>
    <message>
        <source>Spam bounces &amp;&amp; deferrals</source>
        <translation>Bounces pour spam &amp;&amp; remises différées</translation>
    </message>
    <message>
        <source>mails</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>%1
%2 opt-outs</source>
        <translation>%1
%2 désinscriptions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>aucun motif</translation>
    </message>
    <message>
        <source>other reasons: %1</source>
        <translation>autres motifs : %1</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>désinscriptions</translation>
    </message>
    <message>
        <source>Opt-outs — reasons over the period: %1</source>
        <translation>Désinscriptions — motifs sur la période : %1</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravité %1</translation>
    </message>
    <message>
        <source>%1
%2 cases opened: severity 1: %3, 2: %4, 3: %5, 4: %6</source>
        <translation>%1
%2 dossiers ouverts : gravité 1 : %3, 2 : %4, 3 : %5, 4 : %6</translation>
    </message>
    <message>
        <source>Cases opened, by severity (1 most severe)</source>
        <translation>Dossiers ouverts, par gravité (1 = la plus grave)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>dossiers</translation>
    </message>
    <message>
        <source>Cost of complaints (time × %1 per hour)</source>
        <translation>Coût des plaintes (temps × %1 de l&apos;heure)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>%1
cost %2 (%3 minutes on cases)
revenue %4</source>
        <translation>%1
coût %2 (%3 minutes sur les dossiers)
chiffre d&apos;affaires %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Cost of complaints against revenue, per month</source>
        <translation>Coût des plaintes par rapport au chiffre d&apos;affaires, par mois</translation>
    </message>
    <message>
        <source>Cost vs revenue</source>
        <translation>Coût / chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost of complaints per month (the customer&apos;s revenue is not known)</source>
        <translation>Coût des plaintes par mois (le chiffre d&apos;affaires du client est inconnu)</translation>
    </message>
    <message>
        <source>No feedback reports of %1 in %2.</source>
        <translation>Aucun rapport de feedback de %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) of %1 in %2 (double-click to read one):</source>
        <translation>
            <numerusform>%n rapport de feedback de %1 en %2 (double-cliquez pour le lire) :</numerusform>
            <numerusform>%n rapports de feedback de %1 en %2 (double-cliquez sur l&apos;un d&apos;eux pour le lire) :</numerusform>
        </translation>
    </message>
    <message>
        <source>AbuseDesk dashboard of %1</source>
        <translation>Tableau de bord AbuseDesk de %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Le graphique n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>%1 has no mail, complaints, opt-outs, seed tests or cases from %2 to %3. Choose another period.</source>
        <translation>%1 n&apos;a aucun message, plainte, désinscription, test de placement ni dossier du %2 au %3. Choisissez une autre période.</translation>
    </message>
    <message>
        <source> Seed tests: %1 seeds checked, %2 in the inbox, %3 in junk, %4 missing.</source>
        <translation> Tests de placement : %1 adresses seed vérifiées, %2 en boîte de réception, %3 en spam, %4 absentes.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No seed-test results of %1 were checked from %2 to %3.

Import the results of a seed-test tool (a CSV with campaign, customer, receiver, placement and time) to see how many seed addresses found its mail in the inbox, in junk or nowhere.</source>
        <translation>Aucun résultat de test de placement de %1 n&apos;a été vérifié du %2 au %3.

Importez les résultats d&apos;un outil de test de placement (un CSV avec campagne, client, fournisseur, placement et heure) pour voir combien d&apos;adresses seed ont trouvé ses messages en boîte de réception, en spam ou nulle part.</translation>
    </message>
    <message>
        <source>Seed placement</source>
        <translation>Placement des seeds</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>%1
%2 seeds checked: %3 in the inbox, %4 in junk, %5 missing</source>
        <translation>%1
%2 adresses seed vérifiées : %3 en boîte de réception, %4 en spam, %5 absentes</translation>
    </message>
    <message>
        <source>Seed placement over the period: %1 in the inbox, %2 in junk, %3 missing</source>
        <translation>Placement des seeds sur la période : %1 en boîte de réception, %2 en spam, %3 absentes</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>seeds</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::EmptyStateView</name>
    <message>
        <source>This case database is empty</source>
        <translation>Cette base de dossiers est vide</translation>
    </message>
    <message>
        <source>&lt;p&gt;AbuseDesk works from the evidence you import. Bring in:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Role-account mail&lt;/b&gt; from abuse@, postmaster@, hostmaster@, privacy@, legal@ and webmaster@, exported as mbox files, EML files or Maildir folders;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Feedback-loop reports&lt;/b&gt; (ARF) and &lt;b&gt;bounces&lt;/b&gt; that reached those accounts;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delivery logs&lt;/b&gt;: Postfix and Exim logs, PowerMTA accounting files and your application&apos;s send logs, so that complaint and bounce rates have their denominators;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Customers&lt;/b&gt;: your list owners with their sending IPs and domains, so that every report can be tied to the customer who caused it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Drop files or folders onto this window&lt;/b&gt;, or use File ▸ Import Files… (Ctrl+I) and Import Folder… (Ctrl+Shift+I); on the command line: &lt;code&gt;abusedesk-cli import --db FILE PATH…&lt;/code&gt;. Nothing you import is ever changed, and importing the same files twice stores nothing twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AbuseDesk travaille à partir des preuves que vous importez. Importez :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;les &lt;b&gt;messages des adresses de rôle&lt;/b&gt; abuse@, postmaster@, hostmaster@, privacy@, legal@ et webmaster@, exportés en fichiers mbox, fichiers EML ou dossiers Maildir ;&lt;/li&gt;&lt;li&gt;les &lt;b&gt;rapports de feedback loop&lt;/b&gt; (ARF) et les &lt;b&gt;bounces&lt;/b&gt; arrivés sur ces adresses ;&lt;/li&gt;&lt;li&gt;les &lt;b&gt;journaux de remise&lt;/b&gt; : journaux Postfix et Exim, fichiers d&apos;accounting PowerMTA et journaux d&apos;envoi de votre application, afin que les taux de plainte et de bounce aient leurs dénominateurs ;&lt;/li&gt;&lt;li&gt;les &lt;b&gt;clients&lt;/b&gt; : vos propriétaires de liste avec leurs IP et domaines d&apos;envoi, afin que chaque rapport puisse être rattaché au client qui en est à l&apos;origine.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Déposez des fichiers ou des dossiers sur cette fenêtre&lt;/b&gt;, ou utilisez Fichier ▸ Importer des fichiers… (Ctrl+I) et Importer un dossier… (Ctrl+Maj+I) ; en ligne de commande : &lt;code&gt;abusedesk-cli import --db FILE PATH…&lt;/code&gt;. Rien de ce que vous importez n&apos;est jamais modifié, et importer deux fois les mêmes fichiers n&apos;enregistre rien en double.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Base de dossiers : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::EvidenceView</name>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Save &amp;Original As…</source>
        <translation>Enregistrer l&apos;&amp;original sous…</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>Copier le &amp;SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in this case database</source>
        <translation>
            <numerusform>%n message dans cette base de dossiers</numerusform>
            <numerusform>%n messages dans cette base de dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ImportPanel</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Show &amp;Report</source>
        <translation>Afficher le &amp;rapport</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 messages read&lt;/b&gt; from %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 messages lus&lt;/b&gt; depuis %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 stored · %2 already in the case database · %3 rejected&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 enregistrés · %2 déjà dans la base de dossiers · %3 rejetés&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stored: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Enregistrés : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 log lines read&lt;/b&gt; from %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 lignes de journal lues&lt;/b&gt; depuis %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 records stored · %2 already in the case database · %3 lines rejected&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 enregistrements stockés · %2 déjà dans la base de dossiers · %3 lignes rejetées&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first rejected lines are listed; all are kept in the case database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les premières lignes rejetées sont listées ; toutes sont conservées dans la base de dossiers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Customers:&lt;/b&gt; %1 added · %2 updated (%3)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Clients :&lt;/b&gt; %1 ajoutés · %2 mis à jour (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With their identifiers, %1 earlier items now belong to another customer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Avec leurs identifiants, %1 éléments antérieurs appartiennent désormais à un autre client.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not read yet:&lt;/b&gt; %1 — tables whose columns no saved profile maps. Map their columns to import them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pas encore lus :&lt;/b&gt; %1 — tableaux dont aucun profil enregistré ne mappe les colonnes. Mappez leurs colonnes pour les importer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import was cancelled.&lt;/b&gt; What was stored stays; import the same files again to complete it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L&apos;import a été annulé.&lt;/b&gt; Ce qui a été enregistré reste ; importez de nouveau les mêmes fichiers pour le terminer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import stopped:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;L&apos;import s&apos;est arrêté :&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rejected, with the reason:</source>
        <translation>Rejetés, avec le motif :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
    <message>
        <source>Map Columns…</source>
        <translation>Mapper les colonnes…</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::LadderDialog</name>
    <message>
        <source>customer #%1</source>
        <translation>client n° %1</translation>
    </message>
    <message>
        <source>Escalation Ladder — %1</source>
        <translation>Échelle d&apos;escalade — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is at &lt;b&gt;%2&lt;/b&gt; (step %3), status %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est à l&apos;échelon &lt;b&gt;%2&lt;/b&gt; (n° %3), statut %4.</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Échelon</translation>
    </message>
    <message>
        <source>0 — Good standing</source>
        <translation>0 — En règle</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;chelon :</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Statut du client</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required: why, with the facts (rates, reports, what the customer did or did not do)</source>
        <translation>Obligatoire : pourquoi, avec les faits (taux, rapports, ce que le client a fait ou n&apos;a pas fait)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Case the decision is taken in</source>
        <translation>Dossier dans lequel la décision est prise</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>n° %1 %2 (%3)</translation>
    </message>
    <message>
        <source>In &amp;case:</source>
        <translation>Dans le &amp;dossier :</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Consigner la décision</translation>
    </message>
    <message>
        <source>Carries the status %1.</source>
        <translation>Entraîne le statut %1.</translation>
    </message>
    <message>
        <source>%1 Moves on to the next step when: %2</source>
        <translation>%1 Passe à l&apos;échelon suivant lorsque : %2</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the decision.</source>
        <translation>Indiquez pourquoi : le motif est conservé avec la décision.</translation>
    </message>
    <message>
        <source>The decision could not be recorded: %1</source>
        <translation>La décision n&apos;a pas pu être consignée : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::MainWindow</name>
    <message>
        <source>AbuseDesk case databases (*.abusedesk);;All files (*)</source>
        <translation>Bases de dossiers AbuseDesk (*.abusedesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>AbuseDesk</source>
        <translation>AbuseDesk</translation>
    </message>
    <message>
        <source>No case database is open.
Create one with File &gt; New Case Database or open one with File &gt; Open.</source>
        <translation>Aucune base de dossiers n&apos;est ouverte.
Créez-en une avec Fichier &gt; Nouvelle base de dossiers ou ouvrez-en une avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Classifying again… %p%</source>
        <translation>Nouvelle classification… %p%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Case Database…</source>
        <translation>&amp;Nouvelle base de dossiers…</translation>
    </message>
    <message>
        <source>&amp;Open Case Database…</source>
        <translation>&amp;Ouvrir une base de dossiers…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>Importer des &amp;clients…</translation>
    </message>
    <message>
        <source>&amp;Export Customers…</source>
        <translation>E&amp;xporter les clients…</translation>
    </message>
    <message>
        <source>&amp;Write Report…</source>
        <translation>Rédiger un ra&amp;pport…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>&amp;Politique…</translation>
    </message>
    <message>
        <source>Add &amp;Blocklist Listing…</source>
        <translation>Ajouter une inscription sur &amp;blocklist…</translation>
    </message>
    <message>
        <source>Attribution &amp;Rules…</source>
        <translation>&amp;Règles d&apos;attribution…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>P&amp;ortefeuille</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Imports Panel</source>
        <translation>Panneau des &amp;imports</translation>
    </message>
    <message>
        <source>T&amp;riage</source>
        <translation>T&amp;ri</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About AbuseDesk</source>
        <translation>À &amp;propos d&apos;AbuseDesk</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>No case database</source>
        <translation>Aucune base de dossiers</translation>
    </message>
    <message>
        <source>%1 — AbuseDesk</source>
        <translation>%1 — AbuseDesk</translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation>%1 · schéma %2</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <source>An import or a reclassification is running. Changing the language now stops it; importing the same files again later completes the import.

Change the language now?</source>
        <translation>Un import ou une reclassification est en cours. Changer de langue maintenant l&apos;interrompt ; importer de nouveau les mêmes fichiers plus tard termine l&apos;import.

Changer de langue maintenant ?</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Case #%1 is not in the case database.</source>
        <translation>Le dossier n° %1 n&apos;est pas dans la base de dossiers.</translation>
    </message>
    <message>
        <source>That message is no longer in the evidence list.</source>
        <translation>Ce message n&apos;est plus dans la liste des preuves.</translation>
    </message>
    <message>
        <source>Cannot open case database</source>
        <translation>Impossible d&apos;ouvrir la base de dossiers</translation>
    </message>
    <message>
        <source>New Case Database</source>
        <translation>Nouvelle base de dossiers</translation>
    </message>
    <message>
        <source>Open Case Database</source>
        <translation>Ouvrir une base de dossiers</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Importer des messages</translation>
    </message>
    <message>
        <source>Mail exports (*.mbox *.mbx *.eml *.msg *.gz *.bz2 *.xz *.txt);;All files (*)</source>
        <translation>Exports de messagerie (*.mbox *.mbx *.eml *.msg *.gz *.bz2 *.xz *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Mail Folder (Maildir or any folder)</source>
        <translation>Importer un dossier de messages (Maildir ou tout dossier)</translation>
    </message>
    <message>
        <source>Listing saved.</source>
        <translation>Inscription enregistrée.</translation>
    </message>
    <message>
        <source>Map Columns</source>
        <translation>Mapper les colonnes</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>Le mappage n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>own domains and networks changed</source>
        <translation>domaines et réseaux propres modifiés</translation>
    </message>
    <message>
        <source>Classifying the evidence again failed: %1</source>
        <translation>La nouvelle classification des preuves a échoué : %1</translation>
    </message>
    <message>
        <source>Classified %1 messages again with the new policy: %2 changed.</source>
        <translation>%1 messages reclassés avec la nouvelle politique : %2 modifiés.</translation>
    </message>
    <message>
        <source>attribution rules changed</source>
        <translation>règles d&apos;attribution modifiées</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Customer lists (*.csv);;All files (*)</source>
        <translation>Listes de clients (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>Customers added: %1, updated: %2. These rows were left out:

%3</source>
        <translation>Clients ajoutés : %1, mis à jour : %2. Ces lignes ont été écartées :

%3</translation>
    </message>
    <message>
        <source>%1: customers added: %2, updated: %3.</source>
        <translation>%1 : clients ajoutés : %2, mis à jour : %3.</translation>
    </message>
    <message>
        <source>customers imported from %1</source>
        <translation>clients importés depuis %1</translation>
    </message>
    <message>
        <source>Export Customers</source>
        <translation>Exporter les clients</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Customers exported to %1.</source>
        <translation>Clients exportés dans %1.</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::OpenCaseDialog</name>
    <message>
        <source>Open Case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>A case for this automatic finding, with its numbers and the %1 behind it.</source>
        <translation>Un dossier pour ce constat automatique, avec ses chiffres et les %1 qui le fondent.</translation>
    </message>
    <message>
        <source>A case with %1 as its evidence; they leave the triage queue.</source>
        <translation>Un dossier avec %1 comme preuves ; ils quittent la file de tri.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What the problem is, in a line</source>
        <translation>Le problème, en une ligne</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Pas encore de client</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Gra&amp;vité :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>who takes care of it</source>
        <translation>qui s&apos;en occupe</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>First note</source>
        <translation>Première note</translation>
    </message>
    <message>
        <source>Optional: what you saw, what you will do first</source>
        <translation>Facultatif : ce que vous avez vu, ce que vous ferez en premier</translation>
    </message>
    <message>
        <source>First &amp;note:</source>
        <translation>Première &amp;note :</translation>
    </message>
    <message>
        <source>&amp;Go to the case when it is open</source>
        <translation>&amp;Aller au dossier une fois ouvert</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Ouvrir le dossier</translation>
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
    <name>abusedesk::gui::PolicyDialog</name>
    <message>
        <source>Escalated complaints</source>
        <translation>Plaintes escaladées</translation>
    </message>
    <message>
        <source>Complaints written by people</source>
        <translation>Plaintes écrites par des personnes</translation>
    </message>
    <message>
        <source>Feedback reports (clusters)</source>
        <translation>Rapports de feedback (groupes)</translation>
    </message>
    <message>
        <source>Automatic findings</source>
        <translation>Constats automatiques</translation>
    </message>
    <message>
        <source>Blocklist notices</source>
        <translation>Avis de blocklist</translation>
    </message>
    <message>
        <source>Unsubscribe requests</source>
        <translation>Demandes de désinscription</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>The policy belongs to this case database. Lists take one entry per line: a role account is a local part (abuse) or an address; a trusted reporter is an address or a domain. Changing the lists classifies the evidence already imported again.</source>
        <translation>La politique appartient à cette base de dossiers. Les listes prennent une entrée par ligne : une adresse de rôle est une partie locale (abuse) ou une adresse ; un signaleur de confiance est une adresse ou un domaine. Modifier les listes reclasse les preuves déjà importées.</translation>
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
        <translation>&amp;Adresses de rôle :</translation>
    </message>
    <message>
        <source>spamhaus.org
abuse-desk@peer.example</source>
        <translation>spamhaus.org
abuse-desk@peer.example</translation>
    </message>
    <message>
        <source>&amp;Trusted reporters:</source>
        <translation>Signaleurs de &amp;confiance :</translation>
    </message>
    <message>
        <source>X-Customer-ID</source>
        <translation>X-Customer-ID</translation>
    </message>
    <message>
        <source>&amp;Customer headers:</source>
        <translation>En-têtes c&amp;lient :</translation>
    </message>
    <message>
        <source>esp.example
192.0.2.0/24</source>
        <translation>esp.example
192.0.2.0/24</translation>
    </message>
    <message>
        <source>Your own domains, addresses and CIDR ranges, one per line: mail that names them is listed as a mention.</source>
        <translation>Vos propres domaines, adresses et plages CIDR, un par ligne : les messages qui les nomment sont listés comme mentions.</translation>
    </message>
    <message>
        <source>&amp;Own domains and networks:</source>
        <translation>&amp;Domaines et réseaux propres :</translation>
    </message>
    <message>
        <source>Complaint rate &amp;line:</source>
        <translation>&amp;Seuil de taux de plainte :</translation>
    </message>
    <message>
        <source>&amp;Hard bounce rate line:</source>
        <translation>Seuil de taux de &amp;hard bounces :</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>count &amp;business days only</source>
        <translation>compter uniquement les jours &amp;ouvrés</translation>
    </message>
    <message>
        <source>&amp;Acknowledge within:</source>
        <translation>Accuser &amp;réception sous :</translation>
    </message>
    <message>
        <source>Triage order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Alt+Up in the list</source>
        <translation>Alt+Haut dans la liste</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Alt+Down in the list</source>
        <translation>Alt+Bas dans la liste</translation>
    </message>
    <message>
        <source>&amp;Legal-tone items first</source>
        <translation>Éléments au ton &amp;juridique en premier</translation>
    </message>
    <message>
        <source>legal@esp.example</source>
        <translation>legal@esp.example</translation>
    </message>
    <message>
        <source>Cases opened from legal-tone items are given to this owner (empty: you).</source>
        <translation>Les dossiers ouverts à partir d&apos;éléments au ton juridique sont confiés à ce responsable (vide : vous).</translation>
    </message>
    <message>
        <source>Legal items go to</source>
        <translation>Éléments juridiques confiés à</translation>
    </message>
    <message>
        <source>Legal items &amp;go to:</source>
        <translation>Éléments juridiques con&amp;fiés à :</translation>
    </message>
    <message>
        <source>Triage &amp;order:</source>
        <translation>Ordre de &amp;tri :</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Celui de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Postfix (classic syslog) and Exim write their times without a zone: the zone the mail servers&apos; clocks run in.</source>
        <translation>Postfix (syslog classique) et Exim écrivent leurs heures sans fuseau : le fuseau dans lequel tournent les horloges des serveurs de messagerie.</translation>
    </message>
    <message>
        <source>MTA log &amp;time zone:</source>
        <translation>F&amp;useau horaire des journaux MTA :</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::PortfolioView</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au :</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Demandant de l&apos;attention</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Write &amp;Report…</source>
        <translation>Rédiger un &amp;rapport…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Délivrés</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Plaintes</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taux de plainte</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Taux de hard bounces</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Points d&apos;attention</translation>
    </message>
    <message>
        <source>Reading the figures of every customer…</source>
        <translation>Lecture des chiffres de tous les clients…</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Aucune base de dossiers n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a first day before the last.</source>
        <translation>La période se termine avant de commencer : choisissez un premier jour antérieur au dernier.</translation>
    </message>
    <message>
        <source>There are no customers yet.
Import them with File &gt; Import Customers…, then their mail and delivery logs.</source>
        <translation>Il n&apos;y a pas encore de clients.
Importez-les avec Fichier &gt; Importer des clients…, puis leurs messages et journaux de remise.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Within the lines</source>
        <translation>Sous les seuils</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The figures could not all be read: %1</source>
        <translation>Les chiffres n&apos;ont pas tous pu être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) need attention: %2 above the complaint line (%3), %4 above the hard bounce line (%5), %6 rising, %7 costing more than they bring.</source>
        <translation>
            <numerusform>%1 client sur %n demande de l&apos;attention : %2 au-dessus du seuil de plainte (%3), %4 au-dessus du seuil de hard bounces (%5), %6 en hausse, %7 coûtant plus qu&apos;ils ne rapportent.</numerusform>
            <numerusform>%1 clients sur %n demandent de l&apos;attention : %2 au-dessus du seuil de plainte (%3), %4 au-dessus du seuil de hard bounces (%5), %6 en hausse, %7 coûtant plus qu&apos;ils ne rapportent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReadingPane</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save &amp;Original As…</source>
        <translation>Enregistrer l&apos;&amp;original sous…</translation>
    </message>
    <message>
        <source>Save the message exactly as it was imported, byte for byte</source>
        <translation>Enregistrer le message exactement tel qu&apos;il a été importé, octet par octet</translation>
    </message>
    <message>
        <source>Customer and why</source>
        <translation>Client et raison</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Faits</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <source>&amp;Raw Source</source>
        <translation>Source &amp;brute</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attachments are evidence from strangers: they can be saved, never opened here.</source>
        <translation>Les pièces jointes sont des preuves venant d&apos;inconnus : elles peuvent être enregistrées, jamais ouvertes ici.</translation>
    </message>
    <message>
        <source>Save &amp;Attachment As…</source>
        <translation>Enregistrer la &amp;pièce jointe sous…</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Sélectionnez un message pour le lire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 bytes from %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 octets depuis %5</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>This message carries no original message (no message/rfc822 or text/rfc822-headers part).</source>
        <translation>Ce message ne contient pas de message original (aucune partie message/rfc822 ni text/rfc822-headers).</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Client :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; Unattributed — no rule names a customer.</source>
        <translation>&lt;b&gt;Client :&lt;/b&gt; non attribué — aucune règle ne désigne de client.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The message offers nothing that could name a customer.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Le message n&apos;offre rien qui puisse désigner un client.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Clues:&lt;/i&gt; %1</source>
        <translation>&lt;br&gt;&lt;i&gt;Indices :&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The rules now say otherwise; it is updated when the history is attributed again (save a customer or the rules).&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Les règles disent désormais autre chose ; la mise à jour se fait lorsque l&apos;historique est de nouveau attribué (enregistrez un client ou les règles).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Save Original As</source>
        <translation>Enregistrer l&apos;original sous</translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>Messages e-mail (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Enregistrer la pièce jointe sous</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReplyDialog</name>
    <message>
        <source>Reply for Case #%1</source>
        <translation>Réponse pour le dossier n° %1</translation>
    </message>
    <message>
        <source>&amp;Templates (for this problem first):</source>
        <translation>&amp;Modèles (d&apos;abord ceux de ce problème) :</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Modèles de réponse</translation>
    </message>
    <message>
        <source>&amp;Include the complainant&apos;s address and identifying headers</source>
        <translation>&amp;Inclure l&apos;adresse du plaignant et les en-têtes identifiants</translation>
    </message>
    <message>
        <source>Withheld by default: a list owner learns who complained only where the law and the contract allow it</source>
        <translation>Masqués par défaut : un propriétaire de liste n&apos;apprend qui s&apos;est plaint que là où la loi et le contrat le permettent</translation>
    </message>
    <message>
        <source>&amp;Deadline in</source>
        <translation>É&amp;chéance dans</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>Mo&amp;difier le modèle…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Save &amp;Draft…</source>
        <translation>Enregistrer le &amp;brouillon…</translation>
    </message>
    <message>
        <source>Save the reply as an .eml draft and keep it in the case timeline</source>
        <translation>Enregistrer la réponse comme brouillon .eml et la conserver dans la chronologie du dossier</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the subject and text to the clipboard and keep the reply in the case timeline</source>
        <translation>Copier l&apos;objet et le texte dans le presse-papiers et conserver la réponse dans la chronologie du dossier</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Program</source>
        <translation>Ouvrir dans le &amp;logiciel de messagerie</translation>
    </message>
    <message>
        <source>Start a new mail in the system&apos;s mail program and keep the reply in the case timeline</source>
        <translation>Commencer un nouveau message dans le logiciel de messagerie du système et conserver la réponse dans la chronologie du dossier</translation>
    </message>
    <message>
        <source>%1 — to the %2</source>
        <translation>%1 — au %2</translation>
    </message>
    <message>
        <source>complainant</source>
        <translation>plaignant</translation>
    </message>
    <message>
        <source>list owner</source>
        <translation>propriétaire de liste</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>(no desk address)</source>
        <translation>(pas d&apos;adresse du service)</translation>
    </message>
    <message>
        <source>(no contact: fill it in in the mail program)</source>
        <translation>(pas de contact : complétez-le dans le logiciel de messagerie)</translation>
    </message>
    <message>
        <source>This template cannot be used until it is fixed (Edit Template…):
%1</source>
        <translation>Ce modèle ne peut pas être utilisé tant qu&apos;il n&apos;est pas corrigé (Modifier le modèle…) :
%1</translation>
    </message>
    <message>
        <source>The reply was not kept in the case timeline: %1</source>
        <translation>La réponse n&apos;a pas été conservée dans la chronologie du dossier : %1</translation>
    </message>
    <message>
        <source>Save Reply Draft</source>
        <translation>Enregistrer le brouillon de réponse</translation>
    </message>
    <message>
        <source>Mail drafts (*.eml)</source>
        <translation>Brouillons de messages (*.eml)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Saved to %1 and kept in the case timeline.</source>
        <translation>Enregistré dans %1 et conservé dans la chronologie du dossier.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard and kept in the case timeline.</source>
        <translation>Copié dans le presse-papiers et conservé dans la chronologie du dossier.</translation>
    </message>
    <message>
        <source>No mail program could be started. Save the draft or copy the text instead.</source>
        <translation>Aucun logiciel de messagerie n&apos;a pu être lancé. Enregistrez plutôt le brouillon ou copiez le texte.</translation>
    </message>
    <message>
        <source>Handed to the mail program and kept in the case timeline.</source>
        <translation>Transmis au logiciel de messagerie et conservé dans la chronologie du dossier.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReportDialog</name>
    <message>
        <source>Write Report</source>
        <translation>Rédiger un rapport</translation>
    </message>
    <message>
        <source>Every customer (portfolio)</source>
        <translation>Tous les clients (portefeuille)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>Rapport &amp;sur :</translation>
    </message>
    <message>
        <source>&amp;Management: internal, with notes, time, cost and revenue</source>
        <translation>&amp;Direction : interne, avec notes, temps, coûts et chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>The &amp;customer: no internal notes or costs, complainants&apos; addresses redacted</source>
        <translation>Le &amp;client : sans notes internes ni coûts, adresses des plaignants caviardées</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>PDF (charts, pages numbered)</source>
        <translation>PDF (graphiques, pages numérotées)</translation>
    </message>
    <message>
        <source>HTML (one file, charts included)</source>
        <translation>HTML (un seul fichier, graphiques inclus)</translation>
    </message>
    <message>
        <source>CSV (the figures, for a spreadsheet)</source>
        <translation>CSV (les chiffres, pour un tableur)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Rédiger</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>management</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message numerus="yes">
        <source>Every customer over %n day(s): who is above the lines, who is rising, who costs more than they bring.</source>
        <translation>
            <numerusform>Tous les clients sur %n jour : qui est au-dessus des seuils, qui est en hausse, qui coûte plus qu&apos;il ne rapporte.</numerusform>
            <numerusform>Tous les clients sur %n jours : qui est au-dessus des seuils, qui est en hausse, qui coûte plus qu&apos;il ne rapporte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s figures, charts, cases, complaints, opt-outs and decisions over %n day(s).</source>
        <translation>
            <numerusform>Les chiffres, graphiques, dossiers, plaintes, désinscriptions et décisions du client sur %n jour.</numerusform>
            <numerusform>Les chiffres, graphiques, dossiers, plaintes, désinscriptions et décisions du client sur %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Fichiers %1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n&apos;a pas été écrit : %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Écriture du rapport</translation>
    </message>
    <message>
        <source>Reading the figures, then writing the report…</source>
        <translation>Lecture des chiffres, puis écriture du rapport…</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TemplateEditorDialog</name>
    <message>
        <source>Reply Template</source>
        <translation>Modèle de réponse</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation>lettres minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <source>The list owner (customer)</source>
        <translation>Le propriétaire de liste (client)</translation>
    </message>
    <message>
        <source>The complainant</source>
        <translation>Le plaignant</translation>
    </message>
    <message>
        <source>case categories it suits, e.g. complaint-rate, blocklist</source>
        <translation>catégories de dossiers auxquelles il convient, par ex. complaint-rate, blocklist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience :</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Catégories :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Preview, filled from case #%1:</source>
        <translation>Aperçu, rempli à partir du dossier n° %1 :</translation>
    </message>
    <message>
        <source>Preview (no case: placeholders stay empty):</source>
        <translation>Aperçu (aucun dossier : les variables restent vides) :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Variables (double-cliquez pour insérer) :</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Reset to Shipped</source>
        <translation>&amp;Rétablir l&apos;original</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>(No preview: the template has errors, listed below.)</source>
        <translation>(Pas d&apos;aperçu : le modèle contient des erreurs, listées ci-dessous.)</translation>
    </message>
    <message>
        <source>Not saved: fix the errors first, so that no reply goes out with a gap.</source>
        <translation>Non enregistré : corrigez d&apos;abord les erreurs, afin qu&apos;aucune réponse ne parte avec un trou.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>The shipped text is back; Save keeps it.</source>
        <translation>Le texte d&apos;origine est rétabli ; Enregistrer le conserve.</translation>
    </message>
    <message>
        <source>Import Reply Template</source>
        <translation>Importer un modèle de réponse</translation>
    </message>
    <message>
        <source>Reply templates (*.txt);;All files (*)</source>
        <translation>Modèles de réponse (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé : %2</translation>
    </message>
    <message>
        <source>Imported from %1; Save keeps it.</source>
        <translation>Importé depuis %1 ; Enregistrer le conserve.</translation>
    </message>
    <message>
        <source>Export Reply Template</source>
        <translation>Exporter un modèle de réponse</translation>
    </message>
    <message>
        <source>Reply templates (*.txt)</source>
        <translation>Modèles de réponse (*.txt)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n erreur :</numerusform>
            <numerusform>%n erreurs :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TriageTableModel</name>
    <message>
        <source>Escalated complaint</source>
        <translation>Plainte escaladée</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <source>Feedback report</source>
        <translation>Rapport de feedback</translation>
    </message>
    <message>
        <source>Feedback reports</source>
        <translation>Rapports de feedback</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Blocklist notice</source>
        <translation>Avis de blocklist</translation>
    </message>
    <message>
        <source>Unsubscribe request</source>
        <translation>Demande de désinscription</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Feedback reports ×%1</source>
        <translation>Rapports de feedback ×%1</translation>
    </message>
    <message>
        <source>Finding: Address reputation</source>
        <translation>Constat : réputation de l&apos;adresse</translation>
    </message>
    <message>
        <source>Finding: Mail after a complaint</source>
        <translation>Constat : envoi après une plainte</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Constat : %1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Réception accusée</translation>
    </message>
    <message>
        <source>In a case</source>
        <translation>Dans un dossier</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>your own sending addresses</source>
        <translation>vos propres adresses d&apos;envoi</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>Legal · %1</source>
        <translation>Juridique · %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Accuser réception avant le %1</translation>
    </message>
    <message>
        <source>Written in a legal tone: route it to whoever answers legal matters.</source>
        <translation>Rédigé sur un ton juridique : à transmettre à la personne qui traite les questions juridiques.</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, à %2</translation>
    </message>
    <message>
        <source>%1, legal tone</source>
        <translation>%1, ton juridique</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Signaleur</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Subject or summary</source>
        <translation>Objet ou résumé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TriageView</name>
    <message>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>Search subject, sender and text</source>
        <translation>Rechercher dans l&apos;objet, l&apos;expéditeur et le texte</translation>
    </message>
    <message>
        <source>Search subject, sender and text: words, &quot;a phrase&quot;, prefix* (Ctrl+F)</source>
        <translation>Rechercher dans l&apos;objet, l&apos;expéditeur et le texte : mots, &quot;une expression&quot;, préfixe* (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Rec&amp;herche :</translation>
    </message>
    <message>
        <source>&amp;Legal only</source>
        <translation>Juridi&amp;que uniquement</translation>
    </message>
    <message>
        <source>Only reports written in a legal tone</source>
        <translation>Uniquement les rapports rédigés sur un ton juridique</translation>
    </message>
    <message>
        <source>Include &amp;handled</source>
        <translation>Inclure les éléments &amp;traités</translation>
    </message>
    <message>
        <source>Also acknowledged items, noise and items already in a case</source>
        <translation>Aussi les éléments dont la réception est accusée, le bruit et les éléments déjà dans un dossier</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Adresse de rôle</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Signaleur</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu depuis le</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Reçu jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>Role &amp;account:</source>
        <translation>&amp;Adresse de rôle :</translation>
    </message>
    <message>
        <source>Re&amp;porter:</source>
        <translation>&amp;Signaleur :</translation>
    </message>
    <message>
        <source>Recei&amp;ver:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>File de tri</translation>
    </message>
    <message>
        <source>overdue by 88 h 88 min</source>
        <translation>en retard de 88 h 88 min</translation>
    </message>
    <message>
        <source>Legal · Escalated complaint</source>
        <translation>Juridique · Plainte escaladée</translation>
    </message>
    <message>
        <source>Numbers of the selected cluster or finding</source>
        <translation>Chiffres du groupe ou du constat sélectionné</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Accuser &amp;réception</translation>
    </message>
    <message>
        <source>Acknowledge the selected items: they leave the queue (A)</source>
        <translation>Accuser réception des éléments sélectionnés : ils quittent la file (A)</translation>
    </message>
    <message>
        <source>Mark as &amp;Noise</source>
        <translation>Marquer comme &amp;bruit</translation>
    </message>
    <message>
        <source>Attribute to C&amp;ustomer…</source>
        <translation>Attribuer à un c&amp;lient…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>A&amp;ttach to Case…</source>
        <translation>&amp;Joindre à un dossier…</translation>
    </message>
    <message>
        <source>&amp;Dismiss Finding…</source>
        <translation>É&amp;carter le constat…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Search the Queue</source>
        <translation>Rechercher dans la fil&amp;e</translation>
    </message>
    <message>
        <source>&amp;Look for Findings Again</source>
        <translation>Rechercher de nou&amp;veau des constats</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>Aucune base de dossiers n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No case database is open</source>
        <translation>Aucune base de dossiers n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Create one with File ▸ New Case Database or open one with File ▸ Open.</source>
        <translation>Créez-en une avec Fichier ▸ Nouvelle base de dossiers ou ouvrez-en une avec Fichier ▸ Ouvrir.</translation>
    </message>
    <message>
        <source>%1. Search for words, &quot;a phrase&quot; in double quotes, or the start of a word followed by *.</source>
        <translation>%1. Recherchez des mots, &quot;une expression&quot; entre guillemets droits, ou le début d&apos;un mot suivi de *.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>La file n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The search cannot be read</source>
        <translation>La recherche est illisible</translation>
    </message>
    <message>
        <source>Change the search above, or clear the filters.</source>
        <translation>Modifiez la recherche ci-dessus, ou effacez les filtres.</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Rien ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Nothing in the queue fits the search and facets above. Clear them to see everything that waits for you%1.</source>
        <translation>Rien dans la file ne correspond à la recherche et aux facettes ci-dessus. Effacez-les pour voir tout ce qui vous attend%1.</translation>
    </message>
    <message>
        <source>, or tick Include handled to search what was handled too</source>
        <translation>, ou cochez Inclure les éléments traités pour chercher aussi dans ce qui a été traité</translation>
    </message>
    <message>
        <source>Nothing waits for you</source>
        <translation>Rien ne vous attend</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Import the mail of your role accounts (File ▸ Import Files…, or drop files on the window): complaints, feedback reports and notices that need a human wait here, most urgent first.</source>
        <translation>Rien n&apos;a encore été importé. Importez les messages de vos adresses de rôle (Fichier ▸ Importer des fichiers…, ou déposez des fichiers sur la fenêtre) : les plaintes, rapports de feedback et avis qui demandent une intervention humaine attendent ici, les plus urgents en premier.</translation>
    </message>
    <message>
        <source>Every report has been handled. New complaints, feedback reports and notices join the queue when you import mail (File ▸ Import Files…, or drop files on the window); automatic findings join it when the data shows a problem. What was handled is under Include handled.</source>
        <translation>Tous les rapports ont été traités. Les nouvelles plaintes, les rapports de feedback et les avis rejoignent la file lorsque vous importez des messages (Fichier ▸ Importer des fichiers…, ou déposez des fichiers sur la fenêtre) ; les constats automatiques la rejoignent lorsque les données montrent un problème. Ce qui a été traité se trouve sous Inclure les éléments traités.</translation>
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
        <translation>Toute nature</translation>
    </message>
    <message>
        <source>Feedback reports (clusters)</source>
        <translation>Rapports de feedback (groupes)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Tout client</translation>
    </message>
    <message>
        <source>Any role account</source>
        <translation>Toute adresse de rôle</translation>
    </message>
    <message>
        <source>Any reporter</source>
        <translation>Tout signaleur</translation>
    </message>
    <message>
        <source>Any receiver</source>
        <translation>Tout fournisseur</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <source>%1 in a legal tone</source>
        <translation>%1 sur un ton juridique</translation>
    </message>
    <message>
        <source>looking for automatic findings…</source>
        <translation>recherche de constats automatiques…</translation>
    </message>
    <message>
        <source>this message</source>
        <translation>ce message</translation>
    </message>
    <message>
        <source>&amp;Undo Dismissal of the Finding</source>
        <translation>Ann&amp;uler la mise à l&apos;écart du constat</translation>
    </message>
    <message>
        <source>&amp;Undo Dismissal of %1 Findings</source>
        <translation>Ann&amp;uler la mise à l&apos;écart de %1 constats</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>pas encore de client</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feedback reports ×%1&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;&lt;i&gt;The newest report is below. Acknowledge (A), Noise (N), Open Case (C) and Attach (T) act on every report of the cluster.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Rapports de feedback ×%1&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;&lt;i&gt;Le rapport le plus récent figure ci-dessous. Accuser réception (A), Bruit (N), Ouvrir un dossier (C) et Joindre (T) s&apos;appliquent à chaque rapport du groupe.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Counted from the delivery data (%1 items); no messages are linked to it.</source>
        <translation>Calculé à partir des données de remise (%1 éléments) ; aucun message n&apos;y est lié.</translation>
    </message>
    <message>
        <source>%1 messages behind it; a case opened from it links them.</source>
        <translation>%1 messages le fondent ; un dossier ouvert à partir de ce constat les lie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Open a case (C) to act on it, or dismiss it (D) with a reason.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Ouvrez un dossier (C) pour agir, ou écartez-le (D) avec un motif.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Select the items to act on first.</source>
        <translation>Sélectionnez d&apos;abord les éléments à traiter.</translation>
    </message>
    <message>
        <source>These findings have no messages to act on: open a case (C) or dismiss them (D).</source>
        <translation>Ces constats n&apos;ont aucun message sur lequel agir : ouvrez un dossier (C) ou écartez-les (D).</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Cela n&apos;a pas fonctionné : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (et %2 autres)</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>Le dossier n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Why is this not a problem? The finding is not proposed again; Undo (Ctrl+Z) brings it back.</source>
        <translation>Pourquoi n&apos;est-ce pas un problème ? Le constat n&apos;est plus proposé ; Annuler (Ctrl+Z) le fait revenir.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>A finding is dismissed with a reason; nothing was dismissed.</source>
        <translation>Un constat est écarté avec un motif ; rien n&apos;a été écarté.</translation>
    </message>
    <message>
        <source>The finding could not be dismissed: %1</source>
        <translation>Le constat n&apos;a pas pu être écarté : %1</translation>
    </message>
    <message>
        <source>Finding dismissed: %1</source>
        <translation>Constat écarté : %1</translation>
    </message>
    <message>
        <source>%1 findings dismissed: %2</source>
        <translation>%1 constats écartés : %2</translation>
    </message>
    <message>
        <source>The finding could not be restored: %1</source>
        <translation>Le constat n&apos;a pas pu être rétabli : %1</translation>
    </message>
    <message>
        <source>The finding is proposed again.</source>
        <translation>Le constat est de nouveau proposé.</translation>
    </message>
    <message>
        <source>%1 findings are proposed again.</source>
        <translation>%1 constats sont de nouveau proposés.</translation>
    </message>
    <message>
        <source>That could not be undone: %1</source>
        <translation>Cela n&apos;a pas pu être annulé : %1</translation>
    </message>
    <message>
        <source>automatic findings could not be computed: %1</source>
        <translation>les constats automatiques n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>findings over %1 – %2</source>
        <translation>constats du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
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
    <name>abusedesk::importing</name>
    <message>
        <source>the compressed data is damaged after %1 lines: %2</source>
        <translation>les données compressées sont endommagées après %1 lignes : %2</translation>
    </message>
    <message>
        <source>the compressed data is damaged after %1 lines: it ends early (the file is cut off)</source>
        <translation>les données compressées sont endommagées après %1 lignes : elles se terminent trop tôt (le fichier est tronqué)</translation>
    </message>
    <message>
        <source>a column mapping needs a name</source>
        <translation>un mappage de colonnes doit avoir un nom</translation>
    </message>
    <message>
        <source>a table whose columns no saved profile maps: choose or create a column mapping (abusedesk-cli import --profile FILE.json)</source>
        <translation>un tableau dont aucun profil enregistré ne mappe les colonnes : choisissez ou créez un mappage de colonnes (abusedesk-cli import --profile FILE.json)</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>impossible de démarrer l&apos;import : %1</translation>
    </message>
    <message>
        <source>the database refused the import: %1</source>
        <translation>la base de données a refusé l&apos;import : %1</translation>
    </message>
    <message>
        <source>the database refused %1: %2</source>
        <translation>la base de données a refusé %1 : %2</translation>
    </message>
    <message>
        <source>the database refused an update: %1</source>
        <translation>la base de données a refusé une mise à jour : %1</translation>
    </message>
    <message>
        <source>the database refused the changes: %1</source>
        <translation>la base de données a refusé les modifications : %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::importing::ImportJobsModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>estimation…</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>encore %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Cancelled: %1 stored</source>
        <translation>Annulé : %1 enregistrés</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1 stored, %2 duplicates, %3 rejected</source>
        <translation>%1 enregistrés, %2 doublons, %3 rejetés</translation>
    </message>
    <message>
        <source>, tables to map: %1</source>
        <translation>, tableaux à mapper : %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>abusedesk::mail::MailSourceReader</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>le fichier ou le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>le dossier ne contient aucun fichier</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>cannot decompress the file: %1</source>
        <translation>impossible de décompresser le fichier : %1</translation>
    </message>
    <message>
        <source>the compressed data is damaged: %1</source>
        <translation>les données compressées sont endommagées : %1</translation>
    </message>
    <message>
        <source>the compressed data is damaged: it ends early (the file is cut off)</source>
        <translation>les données compressées sont endommagées : elles se terminent trop tôt (le fichier est tronqué)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the message is larger than 256 MB</source>
        <translation>le message dépasse 256 Mo</translation>
    </message>
    <message>
        <source>not mail: neither an mbox file (first line &quot;From …&quot;) nor a message (header lines); it starts with &quot;%1&quot;</source>
        <translation>pas un message : ni un fichier mbox (première ligne « From … ») ni un message (lignes d&apos;en-tête) ; il commence par « %1 »</translation>
    </message>
    <message>
        <source>empty message between two From_ lines</source>
        <translation>message vide entre deux lignes From_</translation>
    </message>
</context>
<context>
    <name>abusedesk::storage::Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an AbuseDesk case database.</source>
        <translation>%1 est un fichier vide, pas une base de dossiers AbuseDesk.</translation>
    </message>
    <message>
        <source>%1 is not an AbuseDesk case database: it is not an SQLite file.</source>
        <translation>%1 n&apos;est pas une base de dossiers AbuseDesk : ce n&apos;est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>SQLite cannot read %1: %2. The file was left unchanged.</source>
        <translation>SQLite ne peut pas lire %1 : %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of AbuseDesk (schema %2; this program knows schema %3). Update AbuseDesk to open it; the file was left unchanged.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;AbuseDesk (schéma %2 ; ce programme connaît le schéma %3). Mettez AbuseDesk à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an AbuseDesk case database; it was left unchanged.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de dossiers AbuseDesk ; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>No case database file was given.</source>
        <translation>Aucun fichier de base de dossiers n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>%1 already exists; AbuseDesk does not overwrite files. Choose a new file name.</source>
        <translation>%1 existe déjà ; AbuseDesk n&apos;écrase pas de fichiers. Choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a case database file.</source>
        <translation>%1 est un dossier ou un périphérique, pas un fichier de base de dossiers.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1 : %2.</translation>
    </message>
    <message>
        <source>SQLite cannot open %1: %2.</source>
        <translation>SQLite ne peut pas ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2.</source>
        <translation>Impossible de lire la version de schéma de %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2.</source>
        <translation>Impossible de mettre à niveau %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3.</source>
        <translation>Impossible de mettre %1 à niveau vers le schéma %2 : %3.</translation>
    </message>
    <message>
        <source>unknown policy key &quot;%1&quot; (known: %2)</source>
        <translation>clé de politique inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>the value of %1 is not JSON: %2</source>
        <translation>la valeur de %1 n&apos;est pas du JSON : %2</translation>
    </message>
    <message>
        <source>%1 must be %2, like %3</source>
        <translation>%1 doit être %2, comme %3</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>une liste JSON</translation>
    </message>
    <message>
        <source>the same kind of value</source>
        <translation>le même type de valeur</translation>
    </message>
    <message>
        <source>log_time_zone: “%1” is not a time zone (such as UTC or Europe/Berlin)</source>
        <translation>log_time_zone : « %1 » n&apos;est pas un fuseau horaire (comme UTC ou Europe/Paris)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Attribute the history to customers again, or say why an item is theirs</source>
        <translation>Attribuer de nouveau l&apos;historique aux clients, ou expliquer pourquoi un élément leur appartient</translation>
    </message>
    <message>
        <source>Import, export or list the customers and their identifiers</source>
        <translation>Importer, exporter ou lister les clients et leurs identifiants</translation>
    </message>
    <message>
        <source>Cases and their timelines; ladder decisions</source>
        <translation>Dossiers et leurs chronologies ; décisions d&apos;escalade</translation>
    </message>
    <message>
        <source>What each message is, as JSON lines; no database</source>
        <translation>La nature de chaque message, en lignes JSON ; sans base de données</translation>
    </message>
    <message>
        <source>Write a synthetic case with its expected results</source>
        <translation>Écrire un dossier synthétique avec ses résultats attendus</translation>
    </message>
    <message>
        <source>The stored bytes of one message</source>
        <translation>Les octets enregistrés d&apos;un message</translation>
    </message>
    <message>
        <source>The automatic findings: rates above the lines, listings, mail after opt-outs</source>
        <translation>Les constats automatiques : taux au-dessus des seuils, inscriptions, envois après désinscription</translation>
    </message>
    <message>
        <source>What one recipient got: messages, campaigns, opt-outs</source>
        <translation>Ce qu&apos;un destinataire a reçu : messages, campagnes, désinscriptions</translation>
    </message>
    <message>
        <source>Import mail and delivery logs into a case database</source>
        <translation>Importer des messages et des journaux de remise dans une base de dossiers</translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation>Créer une base de dossiers vide</translation>
    </message>
    <message>
        <source>Enter a blocklist listing by hand, or show the listings</source>
        <translation>Saisir manuellement une inscription sur blocklist, ou afficher les inscriptions</translation>
    </message>
    <message>
        <source>Show or change the policy (role accounts, trusted reporters …)</source>
        <translation>Afficher ou modifier la politique (adresses de rôle, signaleurs de confiance …)</translation>
    </message>
    <message>
        <source>The triage queue, its facets and search; acknowledge or mark noise</source>
        <translation>La file de tri, ses facettes et sa recherche ; accuser réception ou marquer comme bruit</translation>
    </message>
    <message>
        <source>Which mailbox provider each recipient domain belongs to</source>
        <translation>À quel fournisseur de messagerie appartient chaque domaine destinataire</translation>
    </message>
    <message>
        <source>Classify stored evidence again with the current policy</source>
        <translation>Reclasser les preuves enregistrées avec la politique actuelle</translation>
    </message>
    <message>
        <source>A customer&apos;s issue history or the portfolio, as PDF, CSV or HTML</source>
        <translation>L&apos;historique des problèmes d&apos;un client ou le portefeuille, en PDF, CSV ou HTML</translation>
    </message>
    <message>
        <source>Row counts per table of a case database</source>
        <translation>Nombre de lignes par table d&apos;une base de dossiers</translation>
    </message>
    <message>
        <source>AbuseDesk on the command line: the case database without the window.</source>
        <translation>AbuseDesk en ligne de commande : la base de dossiers sans la fenêtre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;abusedesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;abusedesk-cli COMMANDE --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The case database file.</source>
        <translation>Le fichier de base de dossiers.</translation>
    </message>
    <message>
        <source>Say why this message (evidence id) belongs to its customer.</source>
        <translation>Expliquer pourquoi ce message (identifiant de preuve) appartient à son client.</translation>
    </message>
    <message>
        <source>Say why this delivery (its id) belongs to its customer.</source>
        <translation>Expliquer pourquoi cette remise (son identifiant) appartient à son client.</translation>
    </message>
    <message>
        <source>List the messages no rule attributes (noise left out), with what could identify them.</source>
        <translation>Lister les messages qu&apos;aucune règle n&apos;attribue (bruit exclu), avec ce qui pourrait les identifier.</translation>
    </message>
    <message>
        <source>List the attributed messages whose rules disagree (another rule named someone else).</source>
        <translation>Lister les messages attribués dont les règles sont en désaccord (une autre règle a désigné quelqu&apos;un d&apos;autre).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Attribute the history to customers again, or explain an attribution.</source>
        <translation>Attribuer de nouveau l&apos;historique aux clients, ou expliquer une attribution.</translation>
    </message>
    <message>
        <source>--%1 wants an id (a positive number).</source>
        <translation>--%1 attend un identifiant (un nombre positif).</translation>
    </message>
    <message>
        <source>there is no message with evidence id %1.</source>
        <translation>il n&apos;existe pas de message avec l&apos;identifiant de preuve %1.</translation>
    </message>
    <message>
        <source>there is no delivery with id %1.</source>
        <translation>il n&apos;existe pas de remise avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 (%3).</source>
        <translation>%1 appartient à %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not attributed.</source>
        <translation>%1 n&apos;est pas attribué.</translation>
    </message>
    <message>
        <source>  The stored attribution is older than the rules: run &apos;abusedesk-cli attribute&apos;.</source>
        <translation>  L&apos;attribution enregistrée est plus ancienne que les règles : lancez &apos;abusedesk-cli attribute&apos;.</translation>
    </message>
    <message>
        <source>%1 messages with disagreeing rules.</source>
        <translation>%1 messages avec des règles en désaccord.</translation>
    </message>
    <message>
        <source>%1 unattributed messages.</source>
        <translation>%1 messages non attribués.</translation>
    </message>
    <message>
        <source>nothing that could identify a customer</source>
        <translation>rien qui puisse identifier un client</translation>
    </message>
    <message>
        <source>attributing: %1 %</source>
        <translation>attribution : %1 %</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <source>%1 items examined in %2 s: %3 changed, %4 moved to another customer.</source>
        <translation>%1 éléments examinés en %2 s : %3 modifiés, %4 déplacés vers un autre client.</translation>
    </message>
    <message>
        <source>  %1 → %2: %3 messages, %4 deliveries, %5 opt-outs, %6 listings</source>
        <translation>  %1 → %2 : %3 messages, %4 remises, %5 désinscriptions, %6 inscriptions</translation>
    </message>
    <message>
        <source>%1 messages unattributed, %2 with disagreeing rules.</source>
        <translation>%1 messages non attribués, %2 avec des règles en désaccord.</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export : écrire dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>list: print the customers as JSON.</source>
        <translation>list : afficher les clients en JSON.</translation>
    </message>
    <message>
        <source>import FILE.csv, export or list.</source>
        <translation>import FILE.csv, export ou list.</translation>
    </message>
    <message>
        <source>The customers (list owners) and their identifiers, as customers.csv.</source>
        <translation>Les clients (propriétaires de liste) et leurs identifiants, sous forme de customers.csv.</translation>
    </message>
    <message>
        <source>say what to do: import FILE.csv, export or list.</source>
        <translation>indiquez quoi faire : import FILE.csv, export ou list.</translation>
    </message>
    <message>
        <source>import wants one CSV file.</source>
        <translation>import attend un seul fichier CSV.</translation>
    </message>
    <message>
        <source>%1 line %2: %3%4</source>
        <translation>%1 ligne %2 : %3%4</translation>
    </message>
    <message>
        <source>Customers: %1 added, %2 updated, %3 rows rejected.</source>
        <translation>Clients : %1 ajoutés, %2 mis à jour, %3 lignes rejetées.</translation>
    </message>
    <message>
        <source>Attributed again: %1 items examined, %2 moved.</source>
        <translation>Nouvelle attribution : %1 éléments examinés, %2 déplacés.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 customers written to %2.</source>
        <translation>%1 clients écrits dans %2.</translation>
    </message>
    <message>
        <source>Figures over %1 to %2 (UTC).</source>
        <translation>Chiffres du %1 au %2 (UTC).</translation>
    </message>
    <message>
        <source>%1  %2  %3, step %4: %5 complaints, complaint rate %6 %, hard bounces %7 %, %8 identifiers</source>
        <translation>%1  %2  %3, échelon %4 : %5 plaintes, taux de plainte %6 %, hard bounces %7 %, %8 identifiants</translation>
    </message>
    <message>
        <source>Print one JSON object per message.</source>
        <translation>Afficher un objet JSON par message.</translation>
    </message>
    <message>
        <source>Another role account (local part or address), besides postmaster, abuse, hostmaster, privacy, legal and webmaster. Repeatable.</source>
        <translation>Une autre adresse de rôle (partie locale ou adresse), en plus de postmaster, abuse, hostmaster, privacy, legal et webmaster. Répétable.</translation>
    </message>
    <message>
        <source>An address or domain whose complaints are escalated. Repeatable.</source>
        <translation>Une adresse ou un domaine dont les plaintes sont escaladées. Répétable.</translation>
    </message>
    <message>
        <source>EML files, mbox files or Maildir folders.</source>
        <translation>Fichiers EML, fichiers mbox ou dossiers Maildir.</translation>
    </message>
    <message>
        <source>Classify mail without touching a database.</source>
        <translation>Classer les messages sans toucher à une base de données.</translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation>indiquez au moins un fichier ou dossier.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Try &apos;abusedesk-cli %1 --help&apos;.</source>
        <translation>Essayez &apos;abusedesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE est obligatoire.</translation>
    </message>
    <message>
        <source>The folder to write into (created if missing; must be empty).</source>
        <translation>Le dossier dans lequel écrire (créé s&apos;il manque ; doit être vide).</translation>
    </message>
    <message>
        <source>The seed: the same seed and scale give the same files (default 1).</source>
        <translation>La graine : la même graine et la même échelle donnent les mêmes fichiers (par défaut 1).</translation>
    </message>
    <message>
        <source>Multiplies every message count and the delivery volume, 1 to %1 (default 1: a few hundred messages and some 35,000 logged deliveries; the logs take about 100 MB of memory per unit).</source>
        <translation>Multiplie chaque nombre de messages et le volume de remises, de 1 à %1 (par défaut 1 : quelques centaines de messages et quelque 35 000 remises journalisées ; les journaux occupent environ 100 Mo de mémoire par unité).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Afficher en JSON ce qui a été écrit.</translation>
    </message>
    <message>
        <source>Write a synthetic abuse-desk case: customers.csv, role-accounts.mbox, fbl.mbox, bounces.mbox, the delivery logs that go with them in logs/ (Postfix mail.log.2.gz, mail.log.1 and mail.log; Exim mainlog; PowerMTA acct-*.csv; the API platform&apos;s sendlog.csv with its column mapping sendlog-profile.json; optouts.csv, seeds.csv, blocklist.csv), and expected.json, which says what each message is and what the logs hold. Log times are UTC.</source>
        <translation>Écrire un dossier d&apos;abus synthétique : customers.csv, role-accounts.mbox, fbl.mbox, bounces.mbox, les journaux de remise qui les accompagnent dans logs/ (Postfix mail.log.2.gz, mail.log.1 et mail.log ; Exim mainlog ; PowerMTA acct-*.csv ; le sendlog.csv de la plateforme d&apos;API avec son mappage de colonnes sendlog-profile.json ; optouts.csv, seeds.csv, blocklist.csv), et expected.json, qui indique la nature de chaque message et le contenu des journaux. Les heures des journaux sont en UTC.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argument inattendu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR est obligatoire.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed doit être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>--scale doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty; give a new or empty folder.</source>
        <translation>%1 n&apos;est pas vide ; indiquez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Wrote a demo case (seed %1, scale %2) into %3:</source>
        <translation>Dossier de démonstration écrit (graine %1, échelle %2) dans %3 :</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
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
            <numerusform>résultats attendus pour %n message et les journaux</numerusform>
            <numerusform>résultats attendus pour %n messages et les journaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery attempt(s)</source>
        <translation>
            <numerusform>%n tentative de remise</numerusform>
            <numerusform>%n tentatives de remise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n désinscription</numerusform>
            <numerusform>%n désinscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed result(s)</source>
        <translation>
            <numerusform>%n résultat de test de placement</numerusform>
            <numerusform>%n résultats de tests de placement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column mapping of %n column(s)</source>
        <translation>
            <numerusform>mappage de %n colonne</numerusform>
            <numerusform>mappage de %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages by kind:</source>
        <translation>Messages par nature :</translation>
    </message>
    <message>
        <source>The evidence&apos;s SHA-256 (hex).</source>
        <translation>Le SHA-256 de la preuve (hexadécimal).</translation>
    </message>
    <message>
        <source>Write the bytes to FILE instead of standard output.</source>
        <translation>Écrire les octets dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Give back a stored message exactly as it was imported.</source>
        <translation>Restituer un message enregistré exactement tel qu&apos;il a été importé.</translation>
    </message>
    <message>
        <source>--sha256 needs 64 hexadecimal digits.</source>
        <translation>--sha256 nécessite 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>no evidence with SHA-256 %1 in %2.</source>
        <translation>aucune preuve avec le SHA-256 %1 dans %2.</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD; default: 29 days before --to).</source>
        <translation>Premier jour UTC (YYYY-MM-DD ; par défaut : 29 jours avant --to).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD; default: the last day with data).</source>
        <translation>Dernier jour UTC (YYYY-MM-DD ; par défaut : le dernier jour avec des données).</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Afficher les constats en JSON.</translation>
    </message>
    <message>
        <source>The automatic findings over a period: complaint rates, hard bounces and spam bounces above the policy lines, sending addresses with a poor reputation, blocklist listings, spam-trap hits, mail after opt-outs and after complaints.</source>
        <translation>Les constats automatiques sur une période : taux de plainte, hard bounces et bounces pour spam au-dessus des seuils de la politique, adresses d&apos;envoi à la réputation médiocre, inscriptions sur blocklist, pièges à spam atteints, envois après désinscription et après plainte.</translation>
    </message>
    <message>
        <source>--%1 wants a day as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 attend un jour au format YYYY-MM-DD, et non &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to précède --from.</translation>
    </message>
    <message>
        <source>No data yet: import mail and delivery logs first.</source>
        <translation>Pas encore de données : importez d&apos;abord des messages et des journaux de remise.</translation>
    </message>
    <message>
        <source>Findings from %1 to %2 (UTC): %3</source>
        <translation>Constats du %1 au %2 (UTC) : %3</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>aucun.</translation>
    </message>
    <message>
        <source> (evidence: %1)</source>
        <translation> (preuves : %1)</translation>
    </message>
    <message>
        <source>The customer (external id or id).</source>
        <translation>Le client (identifiant externe ou identifiant).</translation>
    </message>
    <message>
        <source>List only open and waiting cases.</source>
        <translation>Lister uniquement les dossiers ouverts et en attente.</translation>
    </message>
    <message>
        <source>Show one case with its timeline.</source>
        <translation>Afficher un dossier avec sa chronologie.</translation>
    </message>
    <message>
        <source>Open a case (with --category, --customer, --severity, --title, --evidence).</source>
        <translation>Ouvrir un dossier (avec --category, --customer, --severity, --title, --evidence).</translation>
    </message>
    <message>
        <source>The case category (complaint-rate, hard-bounces, …).</source>
        <translation>La catégorie du dossier (complaint-rate, hard-bounces, …).</translation>
    </message>
    <message>
        <source>1 (critical) to 4 (low); default 3.</source>
        <translation>1 (critique) à 4 (faible) ; par défaut 3.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>Le titre du dossier.</translation>
    </message>
    <message>
        <source>Evidence ids to link (comma-separated).</source>
        <translation>Identifiants de preuves à lier (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Add a note (--text) to a case.</source>
        <translation>Ajouter une note (--text) à un dossier.</translation>
    </message>
    <message>
        <source>Log time on a case (--minutes, --text).</source>
        <translation>Consigner du temps sur un dossier (--minutes, --text).</translation>
    </message>
    <message>
        <source>Minutes spent.</source>
        <translation>Minutes passées.</translation>
    </message>
    <message>
        <source>Change a case&apos;s status (--to, --outcome, --text).</source>
        <translation>Modifier le statut d&apos;un dossier (--to, --outcome, --text).</translation>
    </message>
    <message>
        <source>The new status (open, waiting-on-customer, resolved, closed).</source>
        <translation>Le nouveau statut (open, waiting-on-customer, resolved, closed).</translation>
    </message>
    <message>
        <source>The outcome (educated, warned, suspended, terminated, no-action).</source>
        <translation>L&apos;issue (educated, warned, suspended, terminated, no-action).</translation>
    </message>
    <message>
        <source>Move --customer to a ladder step (0-4) with a reason (--text).</source>
        <translation>Faire passer --customer à un échelon (0-4) avec un motif (--text).</translation>
    </message>
    <message>
        <source>The case a ladder decision is taken in.</source>
        <translation>Le dossier dans lequel une décision d&apos;escalade est prise.</translation>
    </message>
    <message>
        <source>The note, activity or reason.</source>
        <translation>La note, l&apos;activité ou le motif.</translation>
    </message>
    <message>
        <source>Cases: list, show with the timeline, open, add notes and time, change the status; the escalation ladder of a customer.</source>
        <translation>Dossiers : lister, afficher avec la chronologie, ouvrir, ajouter des notes et du temps, modifier le statut ; l&apos;échelle d&apos;escalade d&apos;un client.</translation>
    </message>
    <message>
        <source>There is no customer &apos;%1&apos;.</source>
        <translation>Il n&apos;existe pas de client &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Dossier %1 ouvert.</translation>
    </message>
    <message>
        <source>--ladder needs --customer.</source>
        <translation>--ladder nécessite --customer.</translation>
    </message>
    <message>
        <source>Now at %1 (%2).</source>
        <translation>Désormais à l&apos;échelon %1 (%2).</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Il n&apos;existe pas de dossier %1.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Dossier %1 : %2</translation>
    </message>
    <message>
        <source>  %1, severity %2, %3%4, customer %5, %6 evidence items, %7 minutes</source>
        <translation>  %1, gravité %2, %3%4, client %5, %6 éléments de preuve, %7 minutes</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Aucun dossier.</translation>
    </message>
    <message>
        <source>Only this kind (a message kind, feedback-cluster or finding).</source>
        <translation>Uniquement cette nature (une nature de message, feedback-cluster ou finding).</translation>
    </message>
    <message>
        <source>Only this customer (external id or id; &quot;none&quot;: unattributed).</source>
        <translation>Uniquement ce client (identifiant externe ou identifiant ; &quot;none&quot; : non attribué).</translation>
    </message>
    <message>
        <source>Only mail that reached this role account.</source>
        <translation>Uniquement les messages arrivés sur cette adresse de rôle.</translation>
    </message>
    <message>
        <source>Only reports from this address.</source>
        <translation>Uniquement les rapports de cette adresse.</translation>
    </message>
    <message>
        <source>Only reports about this receiver (domain).</source>
        <translation>Uniquement les rapports concernant ce fournisseur de messagerie (domaine).</translation>
    </message>
    <message>
        <source>Received on or after this UTC day (YYYY-MM-DD).</source>
        <translation>Reçus ce jour UTC ou après (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Received on or before this UTC day.</source>
        <translation>Reçus ce jour UTC ou avant.</translation>
    </message>
    <message>
        <source>Words in the subject, sender or text (SQLite FTS5 syntax allowed).</source>
        <translation>Mots dans l&apos;objet, l&apos;expéditeur ou le texte (syntaxe SQLite FTS5 autorisée).</translation>
    </message>
    <message>
        <source>Only items in a legal tone.</source>
        <translation>Uniquement les éléments sur un ton juridique.</translation>
    </message>
    <message>
        <source>Include acknowledged, noise and in-case items.</source>
        <translation>Inclure les éléments dont la réception est accusée, le bruit et les éléments déjà dans un dossier.</translation>
    </message>
    <message>
        <source>Print the values of a facet under the filter instead (kind, customer, role_account, reporter, receiver).</source>
        <translation>Afficher plutôt les valeurs d&apos;une facette sous le filtre (kind, customer, role_account, reporter, receiver).</translation>
    </message>
    <message>
        <source>Acknowledge these evidence ids (comma-separated).</source>
        <translation>Accuser réception de ces identifiants de preuves (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Mark these evidence ids as noise.</source>
        <translation>Marquer ces identifiants de preuves comme bruit.</translation>
    </message>
    <message>
        <source>The time the acknowledgement clock counts from (ISO 8601; default: now).</source>
        <translation>L&apos;heure à partir de laquelle compte le délai d&apos;accusé de réception (ISO 8601 ; par défaut : maintenant).</translation>
    </message>
    <message>
        <source>Leave the automatic findings out (faster).</source>
        <translation>Laisser de côté les constats automatiques (plus rapide).</translation>
    </message>
    <message>
        <source>The triage queue: what needs a human, in the policy&apos;s order, with the acknowledgement clock; facets, search and the acknowledge/noise actions.</source>
        <translation>La file de tri : ce qui demande une intervention humaine, dans l&apos;ordre de la politique, avec le délai d&apos;accusé de réception ; facettes, recherche et actions accuser réception/bruit.</translation>
    </message>
    <message>
        <source>--now wants a time as 2026-11-02T10:00:00Z, not &apos;%1&apos;.</source>
        <translation>--now attend une heure comme 2026-11-02T10:00:00Z, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 wants evidence ids separated by commas.</source>
        <translation>--%1 attend des identifiants de preuves séparés par des virgules.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>Rien ne vous attend.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address.</source>
        <translation>L&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>Only mail of this customer (as the logs name it, e.g. its X-Customer-ID).</source>
        <translation>Uniquement les messages de ce client (tel que les journaux le nomment, par ex. son X-Customer-ID).</translation>
    </message>
    <message>
        <source>Print the history as JSON.</source>
        <translation>Afficher l&apos;historique en JSON.</translation>
    </message>
    <message>
        <source>What one recipient got: messages, first and last, campaigns, opt-outs.</source>
        <translation>Ce qu&apos;un destinataire a reçu : messages, premier et dernier, campagnes, désinscriptions.</translation>
    </message>
    <message>
        <source>--recipient ADDRESS is required.</source>
        <translation>--recipient ADDRESS est obligatoire.</translation>
    </message>
    <message>
        <source>%1 got no mail%2 in the imported logs.</source>
        <translation>%1 n&apos;a reçu aucun message%2 dans les journaux importés.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>%1 got %2 messages%3 (%4 delivered), from %5 to %6 (UTC).</source>
        <translation>%1 a reçu %2 messages%3 (%4 délivrés), du %5 au %6 (UTC).</translation>
    </message>
    <message>
        <source>Campaigns, most recent first: %1</source>
        <translation>Campagnes, les plus récentes en premier : %1</translation>
    </message>
    <message>
        <source>Opted out %1 (%2): %3</source>
        <translation>Désinscrit le %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>A column mapping (JSON) for CSV/TSV send logs or other tables whose columns no saved profile maps; it is saved in the case database under its name.</source>
        <translation>Un mappage de colonnes (JSON) pour les journaux d&apos;envoi CSV/TSV ou d&apos;autres tableaux dont aucun profil enregistré ne mappe les colonnes ; il est enregistré dans la base de dossiers sous son nom.</translation>
    </message>
    <message>
        <source>The time zone of MTA log times written without one, e.g. UTC or Europe/Berlin (default: the policy&apos;s log_time_zone, else this computer&apos;s).</source>
        <translation>Le fuseau horaire des heures des journaux MTA écrites sans fuseau, par ex. UTC ou Europe/Paris (par défaut : le log_time_zone de la politique, sinon celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>EML files, mbox files, Maildir folders, Postfix and Exim logs, PowerMTA accounting files, send logs, opt-out, seed-test and blocklist CSVs (also .gz, .bz2, .xz), or folders of them.</source>
        <translation>Fichiers EML, fichiers mbox, dossiers Maildir, journaux Postfix et Exim, fichiers d&apos;accounting PowerMTA, journaux d&apos;envoi, CSV de désinscriptions, de tests de placement et de blocklists (aussi .gz, .bz2, .xz), ou dossiers les contenant.</translation>
    </message>
    <message>
        <source>Import mail and delivery data into a case database.</source>
        <translation>Importer des messages et des données de remise dans une base de dossiers.</translation>
    </message>
    <message>
        <source>give at least one file or folder to import.</source>
        <translation>indiquez au moins un fichier ou dossier à importer.</translation>
    </message>
    <message>
        <source>--log-time-zone: unknown time zone &apos;%1&apos;.</source>
        <translation>--log-time-zone : fuseau horaire inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>impossible de lire le profil %1 : %2</translation>
    </message>
    <message>
        <source>the profile %1 is not a column mapping: %2</source>
        <translation>le profil %1 n&apos;est pas un mappage de colonnes : %2</translation>
    </message>
    <message>
        <source>cannot save the profile %1: %2</source>
        <translation>impossible d&apos;enregistrer le profil %1 : %2</translation>
    </message>
    <message>
        <source>  rejected %1 line %2: %3</source>
        <translation>  rejeté %1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>  %1 earlier items now belong to another customer.</source>
        <translation>  %1 éléments antérieurs appartiennent désormais à un autre client.</translation>
    </message>
    <message>
        <source>Read %1 messages: %2 stored, %3 duplicates, %4 rejected.</source>
        <translation>%1 messages lus : %2 enregistrés, %3 doublons, %4 rejetés.</translation>
    </message>
    <message>
        <source>  rejected %1 at byte %2: %3</source>
        <translation>  rejeté %1 à l&apos;octet %2 : %3</translation>
    </message>
    <message>
        <source>Read %1 log lines: %2 records stored, %3 duplicates, %4 lines rejected.</source>
        <translation>%1 lignes de journal lues : %2 enregistrements stockés, %3 doublons, %4 lignes rejetées.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 lines, %4 stored, %5 duplicates, %6 rejected</source>
        <translation>  %1 (%2) : %3 lignes, %4 enregistrées, %5 doublons, %6 rejetées</translation>
    </message>
    <message>
        <source>  … and %1 more rejected lines (all are in the case database).</source>
        <translation>  … et %1 autres lignes rejetées (toutes sont dans la base de dossiers).</translation>
    </message>
    <message>
        <source>  not read %1: %2</source>
        <translation>  non lu %1 : %2</translation>
    </message>
    <message>
        <source>The case database file to create (must not exist).</source>
        <translation>Le fichier de base de dossiers à créer (ne doit pas exister).</translation>
    </message>
    <message>
        <source>Create an empty AbuseDesk case database.</source>
        <translation>Créer une base de dossiers AbuseDesk vide.</translation>
    </message>
    <message>
        <source>Created case database %1 (schema %2).</source>
        <translation>Base de dossiers %1 créée (schéma %2).</translation>
    </message>
    <message>
        <source>The blocklist (e.g. &quot;Spamhaus SBL&quot;).</source>
        <translation>La blocklist (par ex. &quot;Spamhaus SBL&quot;).</translation>
    </message>
    <message>
        <source>The listed IP address, CIDR range or domain.</source>
        <translation>L&apos;adresse IP, la plage CIDR ou le domaine inscrit.</translation>
    </message>
    <message>
        <source>When the listing began (YYYY-MM-DD or ISO 8601, UTC).</source>
        <translation>Date de début de l&apos;inscription (YYYY-MM-DD ou ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>When it ended, if it did.</source>
        <translation>Date de fin, le cas échéant.</translation>
    </message>
    <message>
        <source>A note for the case history.</source>
        <translation>Une note pour l&apos;historique du dossier.</translation>
    </message>
    <message>
        <source>Print the listings as JSON.</source>
        <translation>Afficher les inscriptions en JSON.</translation>
    </message>
    <message>
        <source>Enter a blocklist listing by hand, or show the listings.</source>
        <translation>Saisir manuellement une inscription sur blocklist, ou afficher les inscriptions.</translation>
    </message>
    <message>
        <source>--listed: “%1” is not a date (YYYY-MM-DD or ISO 8601).</source>
        <translation>--listed : « %1 » n&apos;est pas une date (YYYY-MM-DD ou ISO 8601).</translation>
    </message>
    <message>
        <source>--delisted: “%1” is not a date (YYYY-MM-DD or ISO 8601).</source>
        <translation>--delisted : « %1 » n&apos;est pas une date (YYYY-MM-DD ou ISO 8601).</translation>
    </message>
    <message>
        <source>the database refused the listing: %1</source>
        <translation>la base de données a refusé l&apos;inscription : %1</translation>
    </message>
    <message>
        <source>No blocklist listings yet.</source>
        <translation>Pas encore d&apos;inscriptions sur blocklist.</translation>
    </message>
    <message>
        <source>%1 on %2 from %3 to %4%5</source>
        <translation>%1 sur %2 du %3 au %4%5</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Set KEY to a JSON value, e.g. &apos;trusted_reporters=[&quot;spamhaus.org&quot;]&apos;. Repeatable.</source>
        <translation>Donner à KEY une valeur JSON, par ex. &apos;trusted_reporters=[&quot;spamhaus.org&quot;]&apos;. Répétable.</translation>
    </message>
    <message>
        <source>Print the policy as JSON.</source>
        <translation>Afficher la politique en JSON.</translation>
    </message>
    <message>
        <source>Show or change the policy. After changing role_accounts, trusted_reporters or customer_headers, run &apos;abusedesk-cli reclassify&apos; to apply it to the evidence already imported; after changing own_domains or own_networks, run &apos;abusedesk-cli attribute&apos; to find the mentions again.</source>
        <translation>Afficher ou modifier la politique. Après avoir modifié role_accounts, trusted_reporters ou customer_headers, lancez &apos;abusedesk-cli reclassify&apos; pour l&apos;appliquer aux preuves déjà importées ; après avoir modifié own_domains ou own_networks, lancez &apos;abusedesk-cli attribute&apos; pour retrouver les mentions.</translation>
    </message>
    <message>
        <source>--set needs KEY=JSON, not &quot;%1&quot;.</source>
        <translation>--set attend KEY=JSON, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mark a domain as a consumer mailbox provider&apos;s (repeatable).</source>
        <translation>Marquer un domaine comme appartenant à un fournisseur de messagerie grand public (répétable).</translation>
    </message>
    <message>
        <source>Mark a domain as corporate, a receiver of its own (repeatable).</source>
        <translation>Marquer un domaine comme d&apos;entreprise, son propre fournisseur de messagerie (répétable).</translation>
    </message>
    <message>
        <source>List the shipped list too, not only this database&apos;s changes.</source>
        <translation>Lister aussi la liste fournie, pas seulement les modifications de cette base.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Afficher la liste en JSON.</translation>
    </message>
    <message>
        <source>Which mailbox provider each recipient domain belongs to.</source>
        <translation>À quel fournisseur de messagerie appartient chaque domaine destinataire.</translation>
    </message>
    <message>
        <source>--consumer wants DOMAIN=PROVIDER, not &apos;%1&apos;.</source>
        <translation>--consumer attend DOMAIN=PROVIDER, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--corporate wants a domain, not &apos;%1&apos;.</source>
        <translation>--corporate attend un domaine, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>la base de données a refusé la modification : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored deliveries and opt-outs moved to another receiver; daily figures recounted.</source>
        <translation>
            <numerusform>%n remise ou désinscription enregistrée déplacée vers un autre fournisseur de messagerie ; chiffres quotidiens recalculés.</numerusform>
            <numerusform>%n remises et désinscriptions enregistrées déplacées vers un autre fournisseur de messagerie ; chiffres quotidiens recalculés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to the shipped list of %1 provider domains (--all lists them).</source>
        <translation>Aucune modification de la liste fournie de %1 domaines de fournisseurs (--all les liste).</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>grand public</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>Classify the stored evidence again with the current policy (the evidence itself never changes).</source>
        <translation>Reclasser les preuves enregistrées avec la politique actuelle (les preuves elles-mêmes ne changent jamais).</translation>
    </message>
    <message>
        <source>Classified %1 messages again: %2 changed.</source>
        <translation>%1 messages reclassés : %2 modifiés.</translation>
    </message>
    <message>
        <source>now %1: %2</source>
        <translation>désormais %1 : %2</translation>
    </message>
    <message>
        <source>One customer&apos;s issue history (external or database id).</source>
        <translation>L&apos;historique des problèmes d&apos;un client (identifiant externe ou de la base).</translation>
    </message>
    <message>
        <source>The portfolio of every customer (management only).</source>
        <translation>Le portefeuille de tous les clients (direction uniquement).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Premier jour de la période (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Dernier jour de la période (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>pdf, csv or html (default: the --out file&apos;s suffix).</source>
        <translation>pdf, csv ou html (par défaut : l&apos;extension du fichier --out).</translation>
    </message>
    <message>
        <source>customer (no internal notes or costs, complainants redacted) or management (default).</source>
        <translation>customer (sans notes internes ni coûts, plaignants caviardés) ou management (par défaut).</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>Le fichier de rapport à écrire.</translation>
    </message>
    <message>
        <source>Write a customer&apos;s issue history or the portfolio report.</source>
        <translation>Écrire l&apos;historique des problèmes d&apos;un client ou le rapport de portefeuille.</translation>
    </message>
    <message>
        <source>Give either --customer ID or --all.</source>
        <translation>Indiquez soit --customer ID, soit --all.</translation>
    </message>
    <message>
        <source>Give the report file with --out FILE.</source>
        <translation>Indiquez le fichier de rapport avec --out FILE.</translation>
    </message>
    <message>
        <source>Give the period with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>Indiquez la période avec --from YYYY-MM-DD et --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends (--to %1) before it begins (--from %2).</source>
        <translation>La période se termine (--to %1) avant de commencer (--from %2).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use pdf, csv or html.</source>
        <translation>Format inconnu &apos;%1&apos; : utilisez pdf, csv ou html.</translation>
    </message>
    <message>
        <source>Give --format pdf, csv or html (the file name &apos;%1&apos; does not say).</source>
        <translation>Indiquez --format pdf, csv ou html (le nom de fichier &apos;%1&apos; ne le précise pas).</translation>
    </message>
    <message>
        <source>Unknown audience &apos;%1&apos;: use customer or management.</source>
        <translation>Audience inconnue &apos;%1&apos; : utilisez customer ou management.</translation>
    </message>
    <message>
        <source>A portfolio report is for management: use --audience management, or --customer ID.</source>
        <translation>Un rapport de portefeuille est destiné à la direction : utilisez --audience management, ou --customer ID.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Show the number of rows in each table of a case database.</source>
        <translation>Afficher le nombre de lignes de chaque table d&apos;une base de dossiers.</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (schéma %2)</translation>
    </message>
    <message>
        <source>A case&apos;s reply from a template, as an .eml draft</source>
        <translation>La réponse d&apos;un dossier à partir d&apos;un modèle, en brouillon .eml</translation>
    </message>
    <message>
        <source>The reply templates: list, export, import, reset</source>
        <translation>Les modèles de réponse : lister, exporter, importer, réinitialiser</translation>
    </message>
    <message>
        <source>Write the evidence bundle of a case (--out FILE.zip): the original messages byte-for-byte and a manifest of their SHA-256s, sources and imports.</source>
        <translation>Écrire l&apos;archive de preuves d&apos;un dossier (--out FILE.zip) : les messages originaux octet pour octet et un manifeste de leurs SHA-256, sources et imports.</translation>
    </message>
    <message>
        <source>The .zip --bundle writes.</source>
        <translation>Le .zip qu&apos;écrit --bundle.</translation>
    </message>
    <message>
        <source>--bundle needs --out FILE.zip.</source>
        <translation>--bundle nécessite --out FILE.zip.</translation>
    </message>
    <message>
        <source>Evidence bundle of case %1 written to %2 (messages: %3, %4 bytes); their SHA-256s, sources and imports are in %5 and %6.</source>
        <translation>Archive de preuves du dossier %1 écrite dans %2 (messages : %3, %4 octets) ; leurs SHA-256, sources et imports figurent dans %5 et %6.</translation>
    </message>
    <message>
        <source>The case to reply for.</source>
        <translation>Le dossier auquel répondre.</translation>
    </message>
    <message>
        <source>The reply template&apos;s name (see &apos;abusedesk-cli templates&apos;).</source>
        <translation>Le nom du modèle de réponse (voir &apos;abusedesk-cli templates&apos;).</translation>
    </message>
    <message>
        <source>Write the draft to this .eml file (default: standard output).</source>
        <translation>Écrire le brouillon dans ce fichier .eml (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <source>Include the complainant&apos;s address, name and identifying headers (withheld by default).</source>
        <translation>Inclure l&apos;adresse, le nom et les en-têtes identifiants du plaignant (masqués par défaut).</translation>
    </message>
    <message>
        <source>Days the list owner has to act (default 7).</source>
        <translation>Jours dont dispose le propriétaire de liste pour agir (par défaut 7).</translation>
    </message>
    <message>
        <source>Who signs the reply (default: the login name).</source>
        <translation>Qui signe la réponse (par défaut : le nom de connexion).</translation>
    </message>
    <message>
        <source>A case&apos;s reply as an .eml draft, filled from the case; kept in its timeline.</source>
        <translation>La réponse d&apos;un dossier en brouillon .eml, remplie à partir du dossier ; conservée dans sa chronologie.</translation>
    </message>
    <message>
        <source>--case ID is required (a case number).</source>
        <translation>--case ID est obligatoire (un numéro de dossier).</translation>
    </message>
    <message>
        <source>--template NAME is required.</source>
        <translation>--template NAME est obligatoire.</translation>
    </message>
    <message>
        <source>--deadline-days: a number of days from 0 to 365.</source>
        <translation>--deadline-days : un nombre de jours de 0 à 365.</translation>
    </message>
    <message>
        <source>there is no template “%1”; &apos;abusedesk-cli templates --db FILE&apos; lists them.</source>
        <translation>il n&apos;existe pas de modèle « %1 » ; &apos;abusedesk-cli templates --db FILE&apos; les liste.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>the draft could not be written to standard output</source>
        <translation>le brouillon n&apos;a pas pu être écrit sur la sortie standard</translation>
    </message>
    <message>
        <source>the reply was written but not kept in the case timeline: %1</source>
        <translation>la réponse a été écrite mais pas conservée dans la chronologie du dossier : %1</translation>
    </message>
    <message>
        <source>Print the templates as JSON.</source>
        <translation>Afficher les modèles en JSON.</translation>
    </message>
    <message>
        <source>Write this template to the --out file.</source>
        <translation>Écrire ce modèle dans le fichier --out.</translation>
    </message>
    <message>
        <source>The file --export writes.</source>
        <translation>Le fichier qu&apos;écrit --export.</translation>
    </message>
    <message>
        <source>Read a template file into the database (replacing one of the same name).</source>
        <translation>Lire un fichier de modèle dans la base de données (en remplaçant celui du même nom).</translation>
    </message>
    <message>
        <source>Bring back the shipped text of a template.</source>
        <translation>Rétablir le texte d&apos;origine d&apos;un modèle.</translation>
    </message>
    <message>
        <source>The reply templates: list, export, import or reset them.</source>
        <translation>Les modèles de réponse : les lister, exporter, importer ou réinitialiser.</translation>
    </message>
    <message>
        <source>--export NAME needs --out FILE.</source>
        <translation>--export NAME nécessite --out FILE.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (modifié)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n problem(s)</source>
        <translation>
            <numerusform> — %n problème</numerusform>
            <numerusform> — %n problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AbuseDesk: the abuse desk&apos;s workbench.</source>
        <translation>AbuseDesk : le poste de travail du service abuse.</translation>
    </message>
    <message>
        <source>A case database to open, or mail files (.eml, .mbox) to import into the last one.</source>
        <translation>Une base de dossiers à ouvrir, ou des fichiers de courrier (.eml, .mbox) à importer dans la dernière ouverte.</translation>
    </message>
</context>
</TS>
