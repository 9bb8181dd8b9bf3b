<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AcknowledgementClock</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>Customer named by the log</source>
        <translation>Cliente indicado en el log</translation>
    </message>
    <message>
        <source>Header %1</source>
        <translation>Cabecera %1</translation>
    </message>
    <message>
        <source>Source-IP</source>
        <translation>IP de origen</translation>
    </message>
    <message>
        <source>DKIM d= domain</source>
        <translation>Dominio d= de DKIM</translation>
    </message>
    <message>
        <source>Return-Path domain</source>
        <translation>Dominio del Return-Path</translation>
    </message>
    <message>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>Dominio del From</translation>
    </message>
    <message>
        <source>Written by a customer&apos;s contact</source>
        <translation>Escrito por un contacto del cliente</translation>
    </message>
    <message>
        <source>Named in the text</source>
        <translation>Mencionado en el texto</translation>
    </message>
    <message>
        <source>a header rule needs the header&apos;s name</source>
        <translation>una regla de cabecera necesita el nombre de la cabecera</translation>
    </message>
    <message>
        <source>the pattern is not a valid regular expression: %1 (at character %2)</source>
        <translation>el patrón no es una expresión regular válida: %1 (en el carácter %2)</translation>
    </message>
    <message>
        <source>the pattern must have at most one capture, it has %1</source>
        <translation>el patrón debe tener como máximo una captura; tiene %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source> (in %1)</source>
        <translation> (en %1)</translation>
    </message>
    <message>
        <source>%1 %2%3 is held by %4</source>
        <translation>%1 %2%3 pertenece a %4</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 from %5</source>
        <translation>%1 %2%3 perteneció a %4 desde el %5</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 until %5</source>
        <translation>%1 %2%3 perteneció a %4 hasta el %5</translation>
    </message>
    <message>
        <source>%1 %2%3 was held by %4 from %5 until %6</source>
        <translation>%1 %2%3 perteneció a %4 del %5 al %6</translation>
    </message>
    <message>
        <source>, shared with other customers</source>
        <translation>, compartido con otros clientes</translation>
    </message>
    <message>
        <source>; the mail was sent on %1</source>
        <translation>; el correo se envió el %1</translation>
    </message>
    <message>
        <source>%1 names %2</source>
        <translation>%1 menciona %2</translation>
    </message>
    <message>
        <source>The log names customer %1, %2&apos;s value of %3</source>
        <translation>El log indica el cliente %1, valor %3 de %2</translation>
    </message>
    <message>
        <source>The log names customer %1, the id of %2</source>
        <translation>El log indica el cliente %1, el id de %2</translation>
    </message>
    <message>
        <source>%1 carries %2, which identifies %3</source>
        <translation>%1 contiene %2, que identifica a %3</translation>
    </message>
    <message>
        <source>Written by %1, a contact of %2</source>
        <translation>Escrito por %1, un contacto de %2</translation>
    </message>
    <message>
        <source>The text names %1, a domain of %2</source>
        <translation>El texto menciona %1, un dominio de %2</translation>
    </message>
    <message>
        <source> (registered: %1)</source>
        <translation> (registrado: %1)</translation>
    </message>
    <message>
        <source>%1 %2 belongs to %3%4</source>
        <translation>%1 %2 pertenece a %3%4</translation>
    </message>
    <message>
        <source> (rule %1)</source>
        <translation> (regla %1)</translation>
    </message>
    <message>
        <source>No rule names one customer.</source>
        <translation>Ninguna regla indica un único cliente.</translation>
    </message>
    <message>
        <source>Disagreement: %1</source>
        <translation>Discrepancia: %1</translation>
    </message>
    <message>
        <source>Not decisive: %1</source>
        <translation>No concluyente: %1</translation>
    </message>
    <message>
        <source>Customer in the log</source>
        <translation>Cliente en el log</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Cabeceras</translation>
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
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Domains named in the text</source>
        <translation>Dominios mencionados en el texto</translation>
    </message>
    <message>
        <source>Addresses named in the text</source>
        <translation>Direcciones mencionadas en el texto</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Enviado: %1</translation>
    </message>
</context>
<context>
    <name>AttributionQueries</name>
    <message>
        <source>Attributed to %1 by hand by %2</source>
        <translation>Atribuido a %1 manualmente por %2</translation>
    </message>
</context>
<context>
    <name>AttributionRun</name>
    <message>
        <source>attribution stopped</source>
        <translation>atribución detenida</translation>
    </message>
    <message>
        <source>cannot save the attributions: %1</source>
        <translation>no se pueden guardar las atribuciones: %1</translation>
    </message>
    <message>
        <source>cannot read or save attributions: %1</source>
        <translation>no se pueden leer ni guardar las atribuciones: %1</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Rebotes duros</translation>
    </message>
    <message>
        <source>Spam bounces</source>
        <translation>Rebotes por spam</translation>
    </message>
    <message>
        <source>Direct complaint</source>
        <translation>Queja directa</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>Queja escalada</translation>
    </message>
    <message>
        <source>Blocklist listing</source>
        <translation>Inclusión en lista de bloqueo</translation>
    </message>
    <message>
        <source>Spam trap</source>
        <translation>Trampa de spam</translation>
    </message>
    <message>
        <source>Unsubscribe failure</source>
        <translation>Fallo de la baja</translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation>Lista comprada</translation>
    </message>
    <message>
        <source>Mailing after opt-out</source>
        <translation>Envíos tras la baja</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Educated</source>
        <translation>Orientado</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Advertido</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Sin medidas</translation>
    </message>
    <message>
        <source>1 – critical</source>
        <translation>1 – crítica</translation>
    </message>
    <message>
        <source>2 – high</source>
        <translation>2 – alta</translation>
    </message>
    <message>
        <source>3 – medium</source>
        <translation>3 – media</translation>
    </message>
    <message>
        <source>4 – low</source>
        <translation>4 – baja</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <source>unknown case category &quot;%1&quot;</source>
        <translation>categoría de caso desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the severity must be 1 to 4, not %1</source>
        <translation>la gravedad debe ser de 1 a 4, no %1</translation>
    </message>
    <message>
        <source>Case opened: %1, severity %2</source>
        <translation>Caso abierto: %1, gravedad %2</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) linked</source>
        <translation>
            <numerusform>%n evidencia vinculada</numerusform>
            <numerusform>%n evidencias vinculadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) unlinked</source>
        <translation>
            <numerusform>%n evidencia desvinculada</numerusform>
            <numerusform>%n evidencias desvinculadas</numerusform>
        </translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>la nota está vacía</translation>
    </message>
    <message>
        <source>a communication goes &quot;in&quot; or &quot;out&quot;, not &quot;%1&quot;</source>
        <translation>una comunicación es &quot;in&quot; (entrante) o &quot;out&quot; (saliente), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown case status &quot;%1&quot;</source>
        <translation>estado de caso desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a %1 case needs an outcome (%2)</source>
        <translation>un caso %1 necesita un resultado (%2)</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>resultado desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Status: %1 → %2 (%3)</source>
        <translation>Estado: %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Estado: %1 → %2</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>Gravedad: %1 → %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>time spent must be at least one minute</source>
        <translation>el tiempo dedicado debe ser de al menos un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) spent</source>
        <translation>
            <numerusform>%n minuto dedicado</numerusform>
            <numerusform>%n minutos dedicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s): %1</source>
        <translation>
            <numerusform>%n minuto: %1</numerusform>
            <numerusform>%n minutos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintChecklist</name>
    <message>
        <source>Unsubscribe header in the original</source>
        <translation>Cabecera de baja en el original</translation>
    </message>
    <message>
        <source>One-click unsubscribe (RFC 8058)</source>
        <translation>Baja con un clic (RFC 8058)</translation>
    </message>
    <message>
        <source>More mail than they signed up for?</source>
        <translation>¿Más correo del que solicitó?</translation>
    </message>
    <message>
        <source>Mail they got from the customer: how much, when, which campaigns</source>
        <translation>Correo que recibió del cliente: cuánto, cuándo, qué campañas</translation>
    </message>
    <message>
        <source>Earlier opt-outs or complaints by the address</source>
        <translation>Bajas o quejas anteriores de la dirección</translation>
    </message>
    <message>
        <source>Consumer or corporate recipient</source>
        <translation>Destinatario particular o corporativo</translation>
    </message>
    <message>
        <source>Verifiable opt-in (source, date, IP, confirmation)</source>
        <translation>Opt-in verificable (origen, fecha, IP, confirmación)</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>origen: %1</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>fecha: %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP: %1</translation>
    </message>
    <message>
        <source>confirmation: %1</source>
        <translation>confirmación: %1</translation>
    </message>
    <message>
        <source>not known: the complaint does not carry the original message&apos;s headers</source>
        <translation>se desconoce: la queja no incluye las cabeceras del mensaje original</translation>
    </message>
    <message>
        <source>no: the original has no List-Unsubscribe header</source>
        <translation>no: el original no tiene cabecera List-Unsubscribe</translation>
    </message>
    <message>
        <source>no: without List-Unsubscribe there is no one-click unsubscribe</source>
        <translation>no: sin List-Unsubscribe no hay baja con un clic</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>sí: %1</translation>
    </message>
    <message>
        <source>yes: List-Unsubscribe-Post with an HTTPS URI, both headers signed by DKIM</source>
        <translation>sí: List-Unsubscribe-Post con una URI HTTPS, ambas cabeceras firmadas por DKIM</translation>
    </message>
    <message>
        <source>no: List-Unsubscribe-Post is missing, or DKIM does not sign both headers</source>
        <translation>no: falta List-Unsubscribe-Post, o DKIM no firma ambas cabeceras</translation>
    </message>
    <message>
        <source>no: List-Unsubscribe has no HTTPS URI</source>
        <translation>no: List-Unsubscribe no tiene ninguna URI HTTPS</translation>
    </message>
    <message>
        <source>not known: the complaint does not say which address got the mail</source>
        <translation>se desconoce: la queja no indica qué dirección recibió el correo</translation>
    </message>
    <message>
        <source>consumer mailbox provider (%1, %2)</source>
        <translation>proveedor de correo para particulares (%1, %2)</translation>
    </message>
    <message>
        <source>corporate or unlisted domain (%1)</source>
        <translation>dominio corporativo o no catalogado (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 delivered) from %3 to %4, %5</source>
        <translation>%1 (%2 entregados) del %3 al %4, %5</translation>
    </message>
    <message>
        <source>%1 message</source>
        <translation>%1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>; no campaign named in the logs</source>
        <translation>; ninguna campaña indicada en los logs</translation>
    </message>
    <message>
        <source>; campaigns: %1</source>
        <translation>; campañas: %1</translation>
    </message>
    <message>
        <source>no mail from this customer to the address in the imported logs</source>
        <translation>ningún correo de este cliente a la dirección en los logs importados</translation>
    </message>
    <message>
        <source>no mail to the address in the imported logs</source>
        <translation>ningún correo a la dirección en los logs importados</translation>
    </message>
    <message>
        <source>%1 opt-out</source>
        <translation>%1 baja</translation>
    </message>
    <message>
        <source>%1 opt-outs</source>
        <translation>%1 bajas</translation>
    </message>
    <message>
        <source>, the first on %1</source>
        <translation>, la primera el %1</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaint</source>
        <translation>%1 queja de feedback loop</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints</source>
        <translation>%1 quejas de feedback loop</translation>
    </message>
    <message>
        <source>%1 written complaint or unsubscribe request</source>
        <translation>%1 queja o solicitud de baja por escrito</translation>
    </message>
    <message>
        <source>%1 written complaints or unsubscribe requests</source>
        <translation>%1 quejas o solicitudes de baja por escrito</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se ha encontrado ninguna</translation>
    </message>
    <message>
        <source>; %1 sent to the address after that</source>
        <translation>; después se enviaron %1 a la dirección</translation>
    </message>
</context>
<context>
    <name>CustomerCsv</name>
    <message>
        <source>empty address</source>
        <translation>dirección vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or CIDR range</source>
        <translation>&quot;%1&quot; no es una dirección IP ni un rango CIDR</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a validity period (FROM..UNTIL, days as YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; no es un periodo de validez (DESDE..HASTA, días como AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the period %1 ends before it starts</source>
        <translation>el periodo %1 termina antes de empezar</translation>
    </message>
    <message>
        <source>not a customers file: the first line must name the columns, among them id, name and at least one identifier column (sending_ips, dkim_domains, from_domains, return_path_domains, domains, x_customer_id or header:NAME)</source>
        <translation>no es un archivo de clientes: la primera línea debe nombrar las columnas, entre ellas id, name y al menos una columna identificadora (sending_ips, dkim_domains, from_domains, return_path_domains, domains, x_customer_id o header:NAME)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (active, warned, suspended or terminated)</source>
        <translation>&quot;%1&quot; no es un estado (active, warned, suspended o terminated)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ladder step (0 to 4)</source>
        <translation>&quot;%1&quot; no es un nivel de la escala (0 a 4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount (like 1250.00)</source>
        <translation>&quot;%1&quot; no es un importe (como 1250.00)</translation>
    </message>
    <message>
        <source>the customer has no name</source>
        <translation>el cliente no tiene nombre</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field</source>
        <translation>el archivo termina dentro de un campo entre comillas</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot save customer %1: %2</source>
        <translation>no se puede guardar el cliente %1: %2</translation>
    </message>
    <message>
        <source>Set by the customers file %1</source>
        <translation>Tomado del archivo de clientes %1</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>warned</source>
        <translation>advertido</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>rescindido</translation>
    </message>
    <message>
        <source>Good standing</source>
        <translation>Sin incidencias</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Rescisión</translation>
    </message>
    <message>
        <source>A confirmed problem: a case that ends in education or worse</source>
        <translation>Un problema confirmado: un caso que termina en orientación o algo más grave</translation>
    </message>
    <message>
        <source>the ladder has steps 0 to %1, not %2</source>
        <translation>la escala tiene los niveles 0 a %1, no %2</translation>
    </message>
    <message>
        <source>unknown customer status &quot;%1&quot;</source>
        <translation>estado de cliente desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a decision needs a reason</source>
        <translation>una decisión necesita un motivo</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>no existe el cliente %1</translation>
    </message>
    <message>
        <source>Ladder: %1 → %2, customer %3. %4</source>
        <translation>Escala: %1 → %2, cliente %3. %4</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>all %1 customers sending from %2 to %3 had their mail refused as spam: %4 of %5 messages (%6 %): the reputation of the address, not one customer&apos;s mail</source>
        <translation>a todos los %1 clientes que enviaban desde %2 a %3 se les rechazó el correo como spam: %4 de %5 mensajes (%6 %): es la reputación de la dirección, no el correo de un cliente concreto</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints on %2 delivered messages: %3 %, above the %4 % line</source>
        <translation>%1 quejas de feedback loop sobre %2 mensajes entregados: %3 %, por encima del umbral del %4 %</translation>
    </message>
    <message>
        <source>%1 hard bounces (unknown users and domains) of %2 messages: %3 %, above the %4 % line</source>
        <translation>%1 rebotes duros (usuarios y dominios inexistentes) de %2 mensajes: %3 %, por encima del umbral del %4 %</translation>
    </message>
    <message>
        <source>other customers sending from the same addresses to %1 were fine (%2 of %3 refused): likely its content or its domains</source>
        <translation>a otros clientes que enviaban desde las mismas direcciones a %1 no les fue mal (%2 de %3 rechazados): probablemente sea su contenido o sus dominios</translation>
    </message>
    <message>
        <source>other customers sending from the same addresses to %1 were refused too (%2 of %3)</source>
        <translation>a otros clientes que enviaban desde las mismas direcciones a %1 también se les rechazó (%2 de %3)</translation>
    </message>
    <message>
        <source>no other customer sent from the same addresses to %1</source>
        <translation>ningún otro cliente envió desde las mismas direcciones a %1</translation>
    </message>
    <message>
        <source>the logs do not name the addresses it sent from</source>
        <translation>los logs no indican las direcciones desde las que envió</translation>
    </message>
    <message>
        <source>%1 of %2 messages to %3 were refused as spam: %4 %, above the %5 % line; %6</source>
        <translation>%1 de %2 mensajes a %3 se rechazaron como spam: %4 %, por encima del umbral del %5 %; %6</translation>
    </message>
    <message>
        <source>%1, which it held, listed on %2 in the period</source>
        <translation>%1, que le pertenecía, incluido en %2 durante el periodo</translation>
    </message>
    <message>
        <source>its mail reached spam traps: %1 blocklist listings and %2 notices or reports say so</source>
        <translation>su correo llegó a trampas de spam: así lo indican %1 inclusiones en listas de bloqueo y %2 avisos o informes</translation>
    </message>
    <message>
        <source>%1 messages reached recipients after they had opted out</source>
        <translation>%1 mensajes llegaron a destinatarios después de que se dieran de baja</translation>
    </message>
    <message>
        <source>%1 messages reached recipients after they had complained (%2 complaints, through a feedback loop or in writing)</source>
        <translation>%1 mensajes llegaron a destinatarios después de que presentaran una queja (%2 quejas, por feedback loop o por escrito)</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>there is no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message>
        <source>the case has no complaint to answer: “%1” is written to a complainant</source>
        <translation>el caso no tiene ninguna queja que responder: “%1” está dirigida a un reclamante</translation>
    </message>
    <message>
        <source>the case has no customer yet: “%1” is written to a list owner (attribute the case first)</source>
        <translation>el caso aún no tiene cliente: “%1” está dirigida a un propietario de lista (atribuya primero el caso)</translation>
    </message>
    <message>
        <source>the complainant</source>
        <translation>el reclamante</translation>
    </message>
    <message>
        <source>the list owner</source>
        <translation>el propietario de la lista</translation>
    </message>
    <message>
        <source>Reply to %1: “%2” (%3)</source>
        <translation>Respuesta a %1: “%2” (%3)</translation>
    </message>
</context>
<context>
    <name>ReplyContext</name>
    <message>
        <source>The abuse desk, as it signs</source>
        <translation>El abuse desk, tal como firma</translation>
    </message>
    <message>
        <source>The desk&apos;s address (the role account the complaint reached)</source>
        <translation>La dirección del departamento (la cuenta de rol a la que llegó la queja)</translation>
    </message>
    <message>
        <source>The analyst who writes</source>
        <translation>El analista que escribe</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>La fecha de hoy</translation>
    </message>
    <message>
        <source>The date the list owner must act by</source>
        <translation>La fecha límite para que actúe el propietario de la lista</translation>
    </message>
    <message>
        <source>Days until the deadline</source>
        <translation>Días hasta la fecha límite</translation>
    </message>
    <message>
        <source>True when the complainant&apos;s details are withheld</source>
        <translation>Verdadero cuando se ocultan los datos del reclamante</translation>
    </message>
    <message>
        <source>The customer (list owner)</source>
        <translation>El cliente (propietario de la lista)</translation>
    </message>
    <message>
        <source>The customer&apos;s id in the sender&apos;s systems</source>
        <translation>El id del cliente en los sistemas del remitente</translation>
    </message>
    <message>
        <source>Active, warned, suspended or terminated</source>
        <translation>Activo, advertido, suspendido o rescindido</translation>
    </message>
    <message>
        <source>Where the customer stands on the escalation ladder</source>
        <translation>En qué nivel de la escala de sanciones está el cliente</translation>
    </message>
    <message>
        <source>The next ladder step (empty at the top)</source>
        <translation>El siguiente nivel de la escala (vacío en el nivel superior)</translation>
    </message>
    <message>
        <source>What moves the customer to the next step</source>
        <translation>Qué lleva al cliente al siguiente nivel</translation>
    </message>
    <message>
        <source>The case number</source>
        <translation>El número de caso</translation>
    </message>
    <message>
        <source>&quot;case 12&quot;, for subjects</source>
        <translation>&quot;caso 12&quot;, para asuntos</translation>
    </message>
    <message>
        <source>The case&apos;s title</source>
        <translation>El título del caso</translation>
    </message>
    <message>
        <source>The problem, in words</source>
        <translation>El problema, en palabras</translation>
    </message>
    <message>
        <source>The severity, in words</source>
        <translation>La gravedad, en palabras</translation>
    </message>
    <message>
        <source>When the case was opened</source>
        <translation>Cuándo se abrió el caso</translation>
    </message>
    <message>
        <source>First day of the figures&apos; period</source>
        <translation>Primer día del periodo de las cifras</translation>
    </message>
    <message>
        <source>Last day of the figures&apos; period</source>
        <translation>Último día del periodo de las cifras</translation>
    </message>
    <message>
        <source>Days in the period</source>
        <translation>Días del periodo</translation>
    </message>
    <message>
        <source>Mail sent in the period (delivered or bounced)</source>
        <translation>Correo enviado en el periodo (entregado o rebotado)</translation>
    </message>
    <message>
        <source>Mail delivered in the period</source>
        <translation>Correo entregado en el periodo</translation>
    </message>
    <message>
        <source>Feedback-loop complaints in the period</source>
        <translation>Quejas de feedback loop en el periodo</translation>
    </message>
    <message>
        <source>Complaints ÷ delivered, as a percentage</source>
        <translation>Quejas ÷ entregados, en porcentaje</translation>
    </message>
    <message>
        <source>The policy&apos;s complaint-rate line</source>
        <translation>El umbral de tasa de quejas de la política</translation>
    </message>
    <message>
        <source>True when the complaint rate is above the line</source>
        <translation>Verdadero cuando la tasa de quejas supera el umbral</translation>
    </message>
    <message>
        <source>Hard bounces in the period</source>
        <translation>Rebotes duros en el periodo</translation>
    </message>
    <message>
        <source>Hard bounces ÷ sent, as a percentage</source>
        <translation>Rebotes duros ÷ enviados, en porcentaje</translation>
    </message>
    <message>
        <source>The policy&apos;s hard-bounce line</source>
        <translation>El umbral de rebotes duros de la política</translation>
    </message>
    <message>
        <source>True when the hard-bounce rate is above the line</source>
        <translation>Verdadero cuando la tasa de rebotes duros supera el umbral</translation>
    </message>
    <message>
        <source>Bounces refused as spam in the period</source>
        <translation>Rebotes rechazados como spam en el periodo</translation>
    </message>
    <message>
        <source>Opt-outs in the period</source>
        <translation>Bajas en el periodo</translation>
    </message>
    <message>
        <source>The recipient&apos;s address (withheld unless included)</source>
        <translation>La dirección del destinatario (oculta salvo que se incluya)</translation>
    </message>
    <message>
        <source>Consumer mailbox or corporate domain</source>
        <translation>Buzón de particular o dominio corporativo</translation>
    </message>
    <message>
        <source>True when the case has a written complaint</source>
        <translation>Verdadero cuando el caso tiene una queja por escrito</translation>
    </message>
    <message>
        <source>When the complaint arrived</source>
        <translation>Cuándo llegó la queja</translation>
    </message>
    <message>
        <source>The complaint&apos;s subject</source>
        <translation>El asunto de la queja</translation>
    </message>
    <message>
        <source>The complaint&apos;s words, quoted (details withheld)</source>
        <translation>Las palabras de la queja, citadas (datos ocultos)</translation>
    </message>
    <message>
        <source>True when the complained-about message is known</source>
        <translation>Verdadero cuando se conoce el mensaje objeto de la queja</translation>
    </message>
    <message>
        <source>Its subject</source>
        <translation>Su asunto</translation>
    </message>
    <message>
        <source>When it was sent</source>
        <translation>Cuándo se envió</translation>
    </message>
    <message>
        <source>Its campaign (empty when unknown)</source>
        <translation>Su campaña (vacío si se desconoce)</translation>
    </message>
    <message>
        <source>Mail the recipient got from the customer</source>
        <translation>Correo que el destinatario recibió del cliente</translation>
    </message>
    <message>
        <source>The first of it</source>
        <translation>El primero</translation>
    </message>
    <message>
        <source>The last of it</source>
        <translation>El último</translation>
    </message>
    <message>
        <source>Its campaigns</source>
        <translation>Sus campañas</translation>
    </message>
    <message>
        <source>Checklist: List-Unsubscribe in the original</source>
        <translation>Lista de comprobación: List-Unsubscribe en el original</translation>
    </message>
    <message>
        <source>Checklist: one-click unsubscribe (RFC 8058)</source>
        <translation>Lista de comprobación: baja con un clic (RFC 8058)</translation>
    </message>
    <message>
        <source>Checklist: more mail than signed up for</source>
        <translation>Lista de comprobación: más correo del solicitado</translation>
    </message>
    <message>
        <source>Checklist: mail to the recipient, span, campaigns</source>
        <translation>Lista de comprobación: correo al destinatario, periodo, campañas</translation>
    </message>
    <message>
        <source>Checklist: earlier opt-outs and complaints</source>
        <translation>Lista de comprobación: bajas y quejas anteriores</translation>
    </message>
    <message>
        <source>Checklist: consumer or corporate</source>
        <translation>Lista de comprobación: particular o corporativo</translation>
    </message>
    <message>
        <source>Checklist: the opt-in evidence found</source>
        <translation>Lista de comprobación: las pruebas de opt-in encontradas</translation>
    </message>
    <message>
        <source>The case&apos;s reports (a list, newest last)</source>
        <translation>Los informes del caso (una lista, el más reciente al final)</translation>
    </message>
    <message>
        <source>A report: when it arrived</source>
        <translation>Un informe: cuándo llegó</translation>
    </message>
    <message>
        <source>A report: what it is</source>
        <translation>Un informe: qué es</translation>
    </message>
    <message>
        <source>A report: the subject of the mail it is about</source>
        <translation>Un informe: el asunto del correo al que se refiere</translation>
    </message>
    <message>
        <source>The customer&apos;s blocklist listings (a list)</source>
        <translation>Las inclusiones del cliente en listas de bloqueo (una lista)</translation>
    </message>
    <message>
        <source>A listing: the blocklist</source>
        <translation>Una inclusión: la lista de bloqueo</translation>
    </message>
    <message>
        <source>A listing: the address or domain listed</source>
        <translation>Una inclusión: la dirección o el dominio incluido</translation>
    </message>
    <message>
        <source>A listing: since when</source>
        <translation>Una inclusión: desde cuándo</translation>
    </message>
    <message>
        <source>A listing: removed on (empty while listed)</source>
        <translation>Una inclusión: retirada el (vacío mientras siga incluida)</translation>
    </message>
    <message>
        <source>(date not known)</source>
        <translation>(fecha desconocida)</translation>
    </message>
    <message>
        <source>feedback-loop complaint</source>
        <translation>queja de feedback loop</translation>
    </message>
    <message>
        <source>written complaint</source>
        <translation>queja por escrito</translation>
    </message>
    <message>
        <source>escalated complaint</source>
        <translation>queja escalada</translation>
    </message>
    <message>
        <source>blocklist notice</source>
        <translation>aviso de lista de bloqueo</translation>
    </message>
    <message>
        <source>unsubscribe request</source>
        <translation>solicitud de baja</translation>
    </message>
    <message>
        <source>[address withheld]</source>
        <translation>[dirección oculta]</translation>
    </message>
    <message>
        <source>[name withheld]</source>
        <translation>[nombre oculto]</translation>
    </message>
    <message>
        <source>The abuse desk</source>
        <translation>El abuse desk</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <source>(no customer yet)</source>
        <translation>(aún sin cliente)</translation>
    </message>
    <message>
        <source>not measured (no mail delivered)</source>
        <translation>no medida (ningún correo entregado)</translation>
    </message>
    <message>
        <source>not measured (no mail sent)</source>
        <translation>no medida (ningún correo enviado)</translation>
    </message>
    <message>
        <source>(no complaint)</source>
        <translation>(sin queja)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>(no complainant)</source>
        <translation>(sin reclamante)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>aún sin responder</translation>
    </message>
    <message>
        <source>a consumer mailbox (%1)</source>
        <translation>un buzón de particular (%1)</translation>
    </message>
    <message>
        <source>a company or other domain</source>
        <translation>una empresa u otro dominio</translation>
    </message>
    <message>
        <source>(no mail found)</source>
        <translation>(no se ha encontrado correo)</translation>
    </message>
    <message>
        <source>no campaign named</source>
        <translation>ninguna campaña indicada</translation>
    </message>
    <message>
        <source>campaigns %1</source>
        <translation>campañas %1</translation>
    </message>
    <message>
        <source>Abuse Desk</source>
        <translation>Abuse Desk</translation>
    </message>
    <message>
        <source>(no desk address)</source>
        <translation>(sin dirección del departamento)</translation>
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
        <translation>%1, línea %2: marcador desconocido “%3”</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>Subject: more than one line</source>
        <translation>Asunto: más de una línea</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
</context>
<context>
    <name>ReplyTemplate</name>
    <message>
        <source>no empty line between the header lines and the body</source>
        <translation>no hay una línea vacía entre las líneas de cabecera y el cuerpo</translation>
    </message>
    <message>
        <source>line %1 is not &quot;Field: value&quot;</source>
        <translation>la línea %1 no tiene el formato &quot;Campo: valor&quot;</translation>
    </message>
    <message>
        <source>line %1: unknown field &quot;%2&quot; (Name, Title, Audience, Categories, Subject)</source>
        <translation>línea %1: campo desconocido &quot;%2&quot; (Name, Title, Audience, Categories, Subject)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is not lower-case letters, digits and dashes</source>
        <translation>el nombre &quot;%1&quot; no consta solo de minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>the template has no title</source>
        <translation>la plantilla no tiene título</translation>
    </message>
    <message>
        <source>the audience &quot;%1&quot; is neither &quot;complainant&quot; nor &quot;list-owner&quot;</source>
        <translation>el destinatario &quot;%1&quot; no es ni &quot;complainant&quot; ni &quot;list-owner&quot;</translation>
    </message>
    <message>
        <source>unknown case category &quot;%1&quot;</source>
        <translation>categoría de caso desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the template has no subject</source>
        <translation>la plantilla no tiene asunto</translation>
    </message>
    <message>
        <source>the template has no body</source>
        <translation>la plantilla no tiene cuerpo</translation>
    </message>
</context>
<context>
    <name>ReplyTemplateStore</name>
    <message>
        <source>the template could not be saved: %1</source>
        <translation>no se ha podido guardar la plantilla: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ships with the program: it can be reset, not removed</source>
        <translation>&quot;%1&quot; viene con el programa: se puede restablecer, no eliminar</translation>
    </message>
    <message>
        <source>there is no template &quot;%1&quot;</source>
        <translation>no existe la plantilla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shipped template</source>
        <translation>&quot;%1&quot; no es una plantilla incluida con el programa</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>no se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>no se ha podido leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a reply template: %2</source>
        <translation>%1 no es una plantilla de respuesta: %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>[redacted]</source>
        <translation>[censurado]</translation>
    </message>
    <message>
        <source>complaints above the line</source>
        <translation>quejas por encima del umbral</translation>
    </message>
    <message>
        <source>hard bounces above the line</source>
        <translation>rebotes duros por encima del umbral</translation>
    </message>
    <message>
        <source>complaints rising</source>
        <translation>quejas en aumento</translation>
    </message>
    <message>
        <source>costs more than it brings</source>
        <translation>cuesta más de lo que aporta</translation>
    </message>
    <message>
        <source>the period is not valid: it needs a first and a last day, the first not after the last</source>
        <translation>el periodo no es válido: necesita un primer y un último día, y el primero no puede ser posterior al último</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pp</translation>
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
        <translation>por día</translation>
    </message>
    <message>
        <source>per week (from Monday)</source>
        <translation>por semana (desde el lunes)</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>no existe el cliente %1</translation>
    </message>
    <message>
        <source>the case database could not be read: %1</source>
        <translation>no se ha podido leer la base de datos de casos: %1</translation>
    </message>
    <message>
        <source>Issue history: %1</source>
        <translation>Historial de incidencias: %1</translation>
    </message>
    <message>
        <source>For the customer: internal notes, time and costs left out; complainants&apos; addresses redacted.</source>
        <translation>Para el cliente: sin notas internas, tiempos ni costes; direcciones de los reclamantes censuradas.</translation>
    </message>
    <message>
        <source>For management: internal; includes notes, time, costs and revenue.</source>
        <translation>Para la dirección: interno; incluye notas, tiempos, costes e ingresos.</translation>
    </message>
    <message>
        <source>Period: %1 (figures %2)</source>
        <translation>Periodo: %1 (cifras %2)</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Made %1 by %2</source>
        <translation>Generado el %1 por %2</translation>
    </message>
    <message>
        <source>%1 — above the policy line of %2</source>
        <translation>%1 — por encima del umbral de la política del %2</translation>
    </message>
    <message>
        <source>%1 (policy line %2)</source>
        <translation>%1 (umbral de la política: %2)</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Mail that ended (delivered, bounced, expired)</source>
        <translation>Correo finalizado (entregado, rebotado, caducado)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Feedback-loop complaints</source>
        <translation>Quejas de feedback loop</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Rebotes duros</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Tasa de rebotes duros</translation>
    </message>
    <message>
        <source>Refused as spam</source>
        <translation>Rechazados como spam</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Aplazamientos</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Direct complaints</source>
        <translation>Quejas directas</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>%1 (severity 1: %2, 2: %3, 3: %4, 4: %5)</source>
        <translation>%1 (gravedad 1: %2, 2: %3, 3: %4, 4: %5)</translation>
    </message>
    <message>
        <source>Time on its cases</source>
        <translation>Tiempo dedicado a sus casos</translation>
    </message>
    <message>
        <source>Cost of that time</source>
        <translation>Coste de ese tiempo</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>Ingresos en el periodo</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Complaint rate (feedback-loop complaints ÷ delivered)</source>
        <translation>Tasa de quejas (quejas de feedback loop ÷ entregados)</translation>
    </message>
    <message>
        <source>Policy line %1</source>
        <translation>Umbral de la política: %1</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Hard bounce rate (hard bounces ÷ mail that ended)</source>
        <translation>Tasa de rebotes duros (rebotes duros ÷ correo finalizado)</translation>
    </message>
    <message>
        <source>Cases opened, by severity</source>
        <translation>Casos abiertos, por gravedad</translation>
    </message>
    <message>
        <source>Cost of its cases against revenue (%1)</source>
        <translation>Coste de sus casos frente a ingresos (%1)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>No case was open in this period.</source>
        <translation>No hubo ningún caso abierto en este periodo.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Case #%1: %2</source>
        <translation>Caso n.º %1: %2</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nada que informar.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Reclamante</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Feedback loop</source>
        <translation>Feedback loop</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directa</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>No complaint in this period.</source>
        <translation>No hubo ninguna queja en este periodo.</translation>
    </message>
    <message>
        <source>The first %1 of %2 complaints are listed.</source>
        <translation>Se muestran las primeras %1 de %2 quejas.</translation>
    </message>
    <message>
        <source>No opt-out in this period.</source>
        <translation>No hubo ninguna baja en este periodo.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no se indicó ningún motivo)</translation>
    </message>
    <message>
        <source>Decisions on the account</source>
        <translation>Decisiones sobre la cuenta</translation>
    </message>
    <message>
        <source>No decision in this period.</source>
        <translation>No hubo ninguna decisión en este periodo.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Mail that ended</source>
        <translation>Correo finalizado</translation>
    </message>
    <message>
        <source>Complaint rate %</source>
        <translation>Tasa de quejas %</translation>
    </message>
    <message>
        <source>Hard bounce rate %</source>
        <translation>Tasa de rebotes duros %</translation>
    </message>
    <message>
        <source>Cases severity 1</source>
        <translation>Casos de gravedad 1</translation>
    </message>
    <message>
        <source>Cases severity 2</source>
        <translation>Casos de gravedad 2</translation>
    </message>
    <message>
        <source>Cases severity 3</source>
        <translation>Casos de gravedad 3</translation>
    </message>
    <message>
        <source>Cases severity 4</source>
        <translation>Casos de gravedad 4</translation>
    </message>
    <message>
        <source>Minutes on cases</source>
        <translation>Minutos dedicados a casos</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>a portfolio report is for management: choose the management audience, or one customer</source>
        <translation>un informe de cartera es para la dirección: elija el público de dirección, o un solo cliente</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Informe de cartera</translation>
    </message>
    <message>
        <source>For management: internal; includes costs and revenue.</source>
        <translation>Para la dirección: interno; incluye costes e ingresos.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>%1 (%2 with mail in the period)</source>
        <translation>%1 (%2 con correo en el periodo)</translation>
    </message>
    <message>
        <source>Above the complaint line (%1)</source>
        <translation>Por encima del umbral de quejas (%1)</translation>
    </message>
    <message>
        <source>Above the hard bounce line (%1)</source>
        <translation>Por encima del umbral de rebotes duros (%1)</translation>
    </message>
    <message>
        <source>Complaint rate rising</source>
        <translation>Tasa de quejas en aumento</translation>
    </message>
    <message>
        <source>Costing more than they bring</source>
        <translation>Cuestan más de lo que aportan</translation>
    </message>
    <message>
        <source>Complaint rate, all customers</source>
        <translation>Tasa de quejas, todos los clientes</translation>
    </message>
    <message>
        <source>Hard bounce rate, all customers</source>
        <translation>Tasa de rebotes duros, todos los clientes</translation>
    </message>
    <message>
        <source>Time on cases</source>
        <translation>Tiempo dedicado a casos</translation>
    </message>
    <message>
        <source>Complaint rate of all customers, and customers above the line</source>
        <translation>Tasa de quejas de todos los clientes, y clientes por encima del umbral</translation>
    </message>
    <message>
        <source>Customers that need attention</source>
        <translation>Clientes que requieren atención</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Every customer stayed within the lines.</source>
        <translation>Todos los clientes se mantuvieron dentro de los umbrales.</translation>
    </message>
    <message>
        <source>Customers above the complaint line</source>
        <translation>Clientes por encima del umbral de quejas</translation>
    </message>
    <message>
        <source>Customers above the line</source>
        <translation>Clientes por encima del umbral</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>There are no customers yet.</source>
        <translation>Aún no hay clientes.</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Nivel de la escala</translation>
    </message>
    <message>
        <source>Complaint rate trend (points)</source>
        <translation>Tendencia de la tasa de quejas (puntos porcentuales)</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Motivos de preocupación</translation>
    </message>
    <message>
        <source>%1: could not be written: %2</source>
        <translation>%1: no se ha podido escribir: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Seed tests</source>
        <translation>Pruebas semilla</translation>
    </message>
    <message>
        <source>%1 checked: %2 in the inbox, %3 in junk, %4 missing</source>
        <translation>%1 comprobadas: %2 en la bandeja de entrada, %3 en spam, %4 no recibidas</translation>
    </message>
    <message>
        <source>Seed-test placement</source>
        <translation>Ubicación en las pruebas semilla</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>No recibido</translation>
    </message>
</context>
<context>
    <name>TriageActions</name>
    <message>
        <source>none of the selected items is a stored message</source>
        <translation>ninguno de los elementos seleccionados es un mensaje almacenado</translation>
    </message>
    <message>
        <source>nothing is selected</source>
        <translation>no hay nada seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) acknowledged</source>
        <translation>
            <numerusform>%n elemento confirmado</numerusform>
            <numerusform>%n elementos confirmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked as noise</source>
        <translation>
            <numerusform>%n elemento marcado como ruido</numerusform>
            <numerusform>%n elementos marcados como ruido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) back in the queue</source>
        <translation>
            <numerusform>%n elemento devuelto a la cola</numerusform>
            <numerusform>%n elementos devueltos a la cola</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>no existe el cliente %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attributed to %1</source>
        <translation>
            <numerusform>%n elemento atribuido a %1</numerusform>
            <numerusform>%n elementos atribuidos a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case %1 opened with %n item(s)</source>
        <translation>
            <numerusform>Caso %1 abierto con %n elemento</numerusform>
            <numerusform>Caso %1 abierto con %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>no existe el caso %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) attached to case %1</source>
        <translation>
            <numerusform>%n elemento adjuntado al caso %1</numerusform>
            <numerusform>%n elementos adjuntados al caso %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>there is nothing to undo</source>
        <translation>no hay nada que deshacer</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
</context>
<context>
    <name>TriageQueue</name>
    <message>
        <source>the search &quot;%1&quot; is not understood: %2</source>
        <translation>no se entiende la búsqueda &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Escalated complaint</source>
        <translation>Queja escalada</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Feedback report</source>
        <translation>Informe de feedback</translation>
    </message>
    <message>
        <source>Blocklist notice</source>
        <translation>Aviso de lista de bloqueo</translation>
    </message>
    <message>
        <source>Unsubscribe request</source>
        <translation>Solicitud de baja</translation>
    </message>
    <message>
        <source>unattributed mail</source>
        <translation>correo no atribuido</translation>
    </message>
    <message>
        <source>, campaign %1</source>
        <translation>, campaña %1</translation>
    </message>
    <message>
        <source>an unknown receiver</source>
        <translation>un receptor desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3: %4 % of %5 delivered</source>
        <translation>
            <numerusform>%n informe de feedback sobre %1 en %2%3: %4 % de %5 entregados</numerusform>
            <numerusform>%n informes de feedback sobre %1 en %2%3: %4 % de %5 entregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) about %1 at %2%3</source>
        <translation>
            <numerusform>%n informe de feedback sobre %1 en %2%3</numerusform>
            <numerusform>%n informes de feedback sobre %1 en %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown facet &quot;%1&quot;</source>
        <translation>faceta desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
</context>
<context>
    <name>abusedesk::cases::EvidenceBundle</name>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation>No existe el caso %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>The evidence bundle %1 was not written: %2</source>
        <translation>No se ha escrito el paquete de evidencias %1: %2</translation>
    </message>
    <message>
        <source>the bytes of evidence %1 could not be read</source>
        <translation>no se han podido leer los bytes de la evidencia %1</translation>
    </message>
    <message>
        <source>the stored bytes of evidence %1 no longer match its SHA-256 %2</source>
        <translation>los bytes almacenados de la evidencia %1 ya no coinciden con su SHA-256 %2</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery</name>
    <message>
        <source>“%1” is not an IP range (such as 192.0.2.0/24 or 2001:db8::/48)</source>
        <translation>“%1” no es un rango IP (como 192.0.2.0/24 o 2001:db8::/48)</translation>
    </message>
    <message>
        <source>“%1” is neither an IP address, an IP range nor a domain</source>
        <translation>“%1” no es ni una dirección IP, ni un rango IP, ni un dominio</translation>
    </message>
    <message>
        <source>name the blocklist (e.g. Spamhaus SBL)</source>
        <translation>indique la lista de bloqueo (p. ej., Spamhaus SBL)</translation>
    </message>
    <message>
        <source>say when the listing began</source>
        <translation>indique cuándo comenzó la inclusión</translation>
    </message>
    <message>
        <source>the delisting (%1) comes before the listing (%2)</source>
        <translation>la retirada (%1) es anterior a la inclusión (%2)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>cannot decompress the file: %1</source>
        <translation>no se puede descomprimir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::CsvReader</name>
    <message>
        <source>text after a closing quote</source>
        <translation>texto tras unas comillas de cierre</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::CsvRecordAssembler</name>
    <message>
        <source>a quoted field is not closed within %1 lines</source>
        <translation>un campo entre comillas no se cierra en %1 líneas</translation>
    </message>
    <message>
        <source>a quoted field is not closed within %1 MiB</source>
        <translation>un campo entre comillas no se cierra en %1 MiB</translation>
    </message>
    <message>
        <source>the quoted field is not closed at the end of the file</source>
        <translation>el campo entre comillas no se cierra al final del archivo</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::EximLogParser</name>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>no se puede leer la marca de tiempo</translation>
    </message>
    <message>
        <source>the delivery line names no recipient</source>
        <translation>la línea de entrega no indica ningún destinatario</translation>
    </message>
    <message>
        <source>the delivery line ends before its router (R=), cut off?</source>
        <translation>la línea de entrega termina antes de su router (R=); ¿está cortada?</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::LogClock</name>
    <message>
        <source>the time %1 lies after the file was written (%2)</source>
        <translation>la hora %1 es posterior a la escritura del archivo (%2)</translation>
    </message>
    <message>
        <source>the line holds NUL bytes</source>
        <translation>la línea contiene bytes NUL</translation>
    </message>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>no se puede leer la marca de tiempo</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::PostfixLogParser</name>
    <message>
        <source>the time stamp cannot be read</source>
        <translation>no se puede leer la marca de tiempo</translation>
    </message>
    <message>
        <source>a delivery status without the recipient (to=&lt;…&gt;)</source>
        <translation>un estado de entrega sin el destinatario (to=&lt;…&gt;)</translation>
    </message>
    <message>
        <source>the delivery line ends before its status (cut off?)</source>
        <translation>la línea de entrega termina antes de su estado (¿está cortada?)</translation>
    </message>
    <message>
        <source>unknown delivery status &apos;%1&apos;</source>
        <translation>estado de entrega desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the delivery line names no recipient (to=&lt;&gt;)</source>
        <translation>la línea de entrega no indica ningún destinatario (to=&lt;&gt;)</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::PowerMtaParser</name>
    <message>
        <source>the header line has no timeLogged field: the records up to the next header are skipped</source>
        <translation>la línea de cabecera no tiene campo timeLogged: se omiten los registros hasta la siguiente cabecera</translation>
    </message>
    <message>
        <source>no header line (type,timeLogged,…,rcpt,…) before this record</source>
        <translation>no hay ninguna línea de cabecera (type,timeLogged,…,rcpt,…) antes de este registro</translation>
    </message>
    <message>
        <source>no record type</source>
        <translation>sin tipo de registro</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time</source>
        <translation>%1 &quot;%2&quot; no es una fecha y hora</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; lies in the future</source>
        <translation>%1 &quot;%2&quot; está en el futuro</translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation>sin destinatario</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TabularFormats</name>
    <message>
        <source>unknown kind &quot;%1&quot;: not send-log, opt-out, seed or blocklist</source>
        <translation>tipo desconocido &quot;%1&quot;: no es send-log, opt-out, seed ni blocklist</translation>
    </message>
    <message>
        <source>the separator &quot;%1&quot; is not a comma, a semicolon or a tab</source>
        <translation>el separador &quot;%1&quot; no es una coma, un punto y coma ni un tabulador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the kind %2</source>
        <translation>&quot;%1&quot; no es un campo del tipo %2</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; names no column</source>
        <translation>el campo &quot;%1&quot; no indica ninguna columna</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; has no column</source>
        <translation>el campo obligatorio &quot;%1&quot; no tiene columna</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>zona horaria desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the result word &quot;%1&quot; maps to &quot;%2&quot;, not to delivered, deferred, bounced or expired</source>
        <translation>la palabra de resultado &quot;%1&quot; corresponde a &quot;%2&quot;, no a delivered, deferred, bounced ni expired</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TabularParser</name>
    <message>
        <source>the built-in %1 profile</source>
        <translation>el perfil integrado %1</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>the column %1 of %2 is missing</source>
        <translation>falta la columna %1 de %2</translation>
    </message>
    <message>
        <source>the columns %1 of %2 are missing</source>
        <translation>faltan las columnas %1 de %2</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (ISO 8601, RFC 2822 or Unix time)</source>
        <translation>%1 &quot;%2&quot; no es una fecha (ISO 8601, RFC 2822 o tiempo Unix)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date in the format %3</source>
        <translation>%1 &quot;%2&quot; no es una fecha en el formato %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; lies in the future</source>
        <translation>%1 &quot;%2&quot; está en el futuro</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 campos; la cabecera tiene %2</translation>
    </message>
    <message>
        <source>recipient &quot;%1&quot; is not a mail address</source>
        <translation>el destinatario &quot;%1&quot; no es una dirección de correo</translation>
    </message>
    <message>
        <source>result &quot;%1&quot; is not a known word for delivered, deferred, bounced or expired</source>
        <translation>el resultado &quot;%1&quot; no es una palabra conocida para entregado, aplazado, rebotado o caducado</translation>
    </message>
    <message>
        <source>placement &quot;%1&quot; is not inbox, junk or missing</source>
        <translation>la ubicación &quot;%1&quot; no es inbox, junk ni missing</translation>
    </message>
</context>
<context>
    <name>abusedesk::delivery::TimestampParser</name>
    <message>
        <source>ISO 8601, RFC 2822 or Unix time</source>
        <translation>ISO 8601, RFC 2822 o tiempo Unix</translation>
    </message>
</context>
<context>
    <name>abusedesk::evidence::EvidenceListModel</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>%1 · legal</source>
        <translation>%1 · legal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Cuenta de rol</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::AboutDialog</name>
    <message>
        <source>About AbuseDesk</source>
        <translation>Acerca de AbuseDesk</translation>
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
        <translation>&lt;h2&gt;AbuseDesk %1&lt;/h2&gt;&lt;p&gt;Un banco de trabajo para el abuse desk de un remitente de correo: quejas, feedback loops, rebotes y logs de entrega vinculados al propietario de la lista que los causó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::AttributionRulesDialog</name>
    <message>
        <source>Attribution Rules</source>
        <translation>Reglas de atribución</translation>
    </message>
    <message>
        <source>Rules are tried from the top. The first rule that names exactly one customer decides; other rules naming someone else are kept as disagreements. Untick a rule to leave it out.</source>
        <translation>Las reglas se prueban de arriba abajo. Decide la primera regla que indica exactamente un cliente; las demás reglas que indican a otro se conservan como discrepancias. Desmarque una regla para excluirla.</translation>
    </message>
    <message>
        <source>Attribution rules</source>
        <translation>Reglas de atribución</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Add &amp;Header Rule</source>
        <translation>Añadir regla de &amp;cabecera</translation>
    </message>
    <message>
        <source>A rule that reads a header of the original message: its name and a regular expression whose first capture is the customer&apos;s value</source>
        <translation>Una regla que lee una cabecera del mensaje original: su nombre y una expresión regular cuya primera captura es el valor del cliente</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Ticked: the rule is used</source>
        <translation>Marcada: la regla se utiliza</translation>
    </message>
    <message>
        <source>Rule %1 (%2): %3</source>
        <translation>Regla %1 (%2): %3</translation>
    </message>
    <message>
        <source> — fix or remove it to save the rules.</source>
        <translation> — corríjala o elimínela para guardar las reglas.</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>No se han podido guardar las reglas: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::BlocklistListingDialog</name>
    <message>
        <source>Add Blocklist Listing</source>
        <translation>Añadir inclusión en lista de bloqueo</translation>
    </message>
    <message>
        <source>e.g. Spamhaus SBL</source>
        <translation>p. ej., Spamhaus SBL</translation>
    </message>
    <message>
        <source>&amp;Blocklist:</source>
        <translation>&amp;Lista de bloqueo:</translation>
    </message>
    <message>
        <source>192.0.2.17, 198.51.100.0/24 or mail.example.com</source>
        <translation>192.0.2.17, 198.51.100.0/24 o mail.example.com</translation>
    </message>
    <message>
        <source>&amp;Listed IP, range or domain:</source>
        <translation>&amp;IP, rango o dominio incluido:</translation>
    </message>
    <message>
        <source>Listed &amp;since:</source>
        <translation>Incluido &amp;desde:</translation>
    </message>
    <message>
        <source>&amp;Delisted on:</source>
        <translation>&amp;Retirado el:</translation>
    </message>
    <message>
        <source>what happened, the listing&apos;s reference …</source>
        <translation>qué ocurrió, la referencia de la inclusión …</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The case database refused the listing: %1</source>
        <translation>La base de datos de casos rechazó la inclusión: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CasePickerDialog</name>
    <message>
        <source>Attach to Case</source>
        <translation>Adjuntar a un caso</translation>
    </message>
    <message>
        <source>There is no open case to attach %1 to. Open one with Triage ▸ Open Case… (C).</source>
        <translation>No hay ningún caso abierto al que adjuntar %1. Abra uno con Triaje ▸ Abrir caso… (C).</translation>
    </message>
    <message>
        <source>Attach %1 to an open case. It leaves the queue and appears in the case&apos;s evidence and timeline.</source>
        <translation>Adjunte %1 a un caso abierto. Sale de la cola y aparece en las evidencias y la cronología del caso.</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <source>Type part of a title, a customer or a case number…</source>
        <translation>Escriba parte de un título, un cliente o un número de caso…</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>sin cliente</translation>
    </message>
    <message>
        <source>A&amp;ttach</source>
        <translation>A&amp;djuntar</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CaseStatusDialog</name>
    <message>
        <source>%1 Case #%2</source>
        <translation>%1 caso n.º %2</translation>
    </message>
    <message>
        <source>How did case #%1 end? The outcome is kept in its timeline and its reports.</source>
        <translation>¿Cómo terminó el caso n.º %1? El resultado se guarda en su cronología y sus informes.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose the outcome…</source>
        <translation>Elija el resultado…</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Optional: what settled it</source>
        <translation>Opcional: qué lo resolvió</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>No se ha podido cambiar el estado: %1</translation>
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
        <translation>sin cliente</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CasesView</name>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar casos</translation>
    </message>
    <message>
        <source>Filter by customer, title, category, status…</source>
        <translation>Filtrar por cliente, título, categoría, estado…</translation>
    </message>
    <message>
        <source>&amp;Open cases only</source>
        <translation>Solo casos &amp;abiertos</translation>
    </message>
    <message>
        <source>Open and waiting on the customer; resolved and closed cases are left out</source>
        <translation>Abiertos y esperando al cliente; se excluyen los casos resueltos y cerrados</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escala de sanciones</translation>
    </message>
    <message>
        <source>&amp;Ladder Step…</source>
        <translation>&amp;Nivel de la escala…</translation>
    </message>
    <message>
        <source>Move the customer on the escalation ladder, with a reason, recorded in this case</source>
        <translation>Mover al cliente en la escala de sanciones, con un motivo, registrado en este caso</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>A note for the timeline: what you found, what you told whom, what comes next</source>
        <translation>Una nota para la cronología: qué encontró, qué dijo a quién, qué sigue</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Añadir n&amp;ota</translation>
    </message>
    <message>
        <source>Add the note to the timeline (Ctrl+Return in the note)</source>
        <translation>Añadir la nota a la cronología (Ctrl+Intro en la nota)</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minutos dedicados</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>T&amp;ime spent:</source>
        <translation>&amp;Tiempo dedicado:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>on what: investigation, reply to the customer, call…</source>
        <translation>en qué: investigación, respuesta al cliente, llamada…</translation>
    </message>
    <message>
        <source>Log &amp;Time</source>
        <translation>Re&amp;gistrar tiempo</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Evidencias vinculadas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>No hay ninguna base de datos de casos abierta.</translation>
    </message>
    <message>
        <source>No cases yet. Open one from the Triage view: select the reports or findings and press C (Triage ▸ Open Case…).</source>
        <translation>Aún no hay casos. Abra uno desde la vista Triaje: seleccione los informes o hallazgos y pulse C (Triaje ▸ Abrir caso…).</translation>
    </message>
    <message>
        <source>Select a case to see its timeline, evidence and customer.</source>
        <translation>Seleccione un caso para ver su cronología, sus evidencias y su cliente.</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation>Caso n.º %1</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>sin cliente</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>abierto el %1</translation>
    </message>
    <message>
        <source>opened %1 by %2</source>
        <translation>abierto el %1 por %2</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 registrados</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminado el %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>The case has no customer yet, so no ladder step applies.</source>
        <translation>El caso aún no tiene cliente, así que no se aplica ningún nivel de la escala.</translation>
    </message>
    <message>
        <source>%1 is at &lt;b&gt;%2&lt;/b&gt; (step %3 of 4), status %4.</source>
        <translation>%1 está en &lt;b&gt;%2&lt;/b&gt; (nivel %3 de 4), estado %4.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves on to &lt;b&gt;%1&lt;/b&gt; when: %2</source>
        <translation>&lt;br&gt;Pasa a &lt;b&gt;%1&lt;/b&gt; cuando: %2</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Cronología (%1)</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidencias (%1)</translation>
    </message>
    <message>
        <source>No messages are linked to this case. Attach reports from the Triage view (T).</source>
        <translation>No hay mensajes vinculados a este caso. Adjunte informes desde la vista Triaje (T).</translation>
    </message>
    <message>
        <source>%1 messages are linked; the first %2 are listed. Double-click one to read it in Evidence.</source>
        <translation>Hay %1 mensajes vinculados; se muestran los primeros %2. Haga doble clic en uno para leerlo en Evidencias.</translation>
    </message>
    <message>
        <source>Double-click a message to read it in Evidence.</source>
        <translation>Haga doble clic en un mensaje para leerlo en Evidencias.</translation>
    </message>
    <message>
        <source>The severity could not be changed: %1</source>
        <translation>No se ha podido cambiar la gravedad: %1</translation>
    </message>
    <message>
        <source>The status could not be changed: %1</source>
        <translation>No se ha podido cambiar el estado: %1</translation>
    </message>
    <message>
        <source>The note could not be added: %1</source>
        <translation>No se ha podido añadir la nota: %1</translation>
    </message>
    <message>
        <source>The time could not be logged: %1</source>
        <translation>No se ha podido registrar el tiempo: %1</translation>
    </message>
    <message>
        <source>Write &amp;Reply…</source>
        <translation>Escribir &amp;respuesta…</translation>
    </message>
    <message>
        <source>A reply to the complainant or the list owner from a template, filled with this case&apos;s numbers</source>
        <translation>Una respuesta al reclamante o al propietario de la lista a partir de una plantilla, rellenada con las cifras de este caso</translation>
    </message>
    <message>
        <source>E&amp;xport Evidence Bundle…</source>
        <translation>E&amp;xportar paquete de evidencias…</translation>
    </message>
    <message>
        <source>Save the linked messages exactly as received, with a manifest of their SHA-256s, sources and import times, as a .zip for legal or a peer</source>
        <translation>Guardar los mensajes vinculados exactamente como se recibieron, con un manifiesto de sus SHA-256, orígenes y horas de importación, como .zip para el departamento legal o un colega</translation>
    </message>
    <message>
        <source>Checklist (%1)</source>
        <translation>Lista de comprobación (%1)</translation>
    </message>
    <message>
        <source>Export Evidence Bundle</source>
        <translation>Exportar paquete de evidencias</translation>
    </message>
    <message>
        <source>case-%1-evidence.zip</source>
        <translation>caso-%1-evidencias.zip</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Evidence bundle not written</source>
        <translation>No se ha escrito el paquete de evidencias</translation>
    </message>
    <message>
        <source>Evidence bundle of case #%1 written to %2: %3.</source>
        <translation>Paquete de evidencias del caso n.º %1 escrito en %2: %3.</translation>
    </message>
    <message>
        <source>Writing the evidence bundle of case #%1…</source>
        <translation>Escribiendo el paquete de evidencias del caso n.º %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ChecklistPanel</name>
    <message>
        <source>Checklist answers</source>
        <translation>Respuestas de la lista de comprobación</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>In timeline</source>
        <translation>En la cronología</translation>
    </message>
    <message>
        <source>e.g. signed up for a monthly newsletter, got daily offers</source>
        <translation>p. ej., se suscribió a un boletín mensual y recibió ofertas diarias</translation>
    </message>
    <message>
        <source>where the address was collected (form, shop, event)</source>
        <translation>dónde se recogió la dirección (formulario, tienda, evento)</translation>
    </message>
    <message>
        <source>when (YYYY-MM-DD)</source>
        <translation>cuándo (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the IP address the sign-up came from</source>
        <translation>la dirección IP desde la que se hizo el alta</translation>
    </message>
    <message>
        <source>how it was confirmed (confirmation mail clicked on …)</source>
        <translation>cómo se confirmó (clic en el correo de confirmación el …)</translation>
    </message>
    <message>
        <source>More than signed up for?</source>
        <translation>¿Más de lo que solicitó?</translation>
    </message>
    <message>
        <source>Opt-in source:</source>
        <translation>Origen del opt-in:</translation>
    </message>
    <message>
        <source>Opt-in date:</source>
        <translation>Fecha del opt-in:</translation>
    </message>
    <message>
        <source>Opt-in IP address:</source>
        <translation>Dirección IP del opt-in:</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Confirmación:</translation>
    </message>
    <message>
        <source>&amp;Record in Timeline</source>
        <translation>&amp;Registrar en la cronología</translation>
    </message>
    <message>
        <source>Write the new answers, from the data and yours, into the case&apos;s timeline</source>
        <translation>Escribir las respuestas nuevas, de los datos y las suyas, en la cronología del caso</translation>
    </message>
    <message>
        <source>No case is selected.</source>
        <translation>No hay ningún caso seleccionado.</translation>
    </message>
    <message>
        <source>The direct-abuse checklist asks about a complaint written by a person or escalated by a trusted reporter, and this case has none linked. Attach the complaint from the Triage view (T) to answer it.</source>
        <translation>La lista de comprobación de abuso directo se refiere a una queja escrita por una persona o escalada por un informante de confianza, y este caso no tiene ninguna vinculada. Adjunte la queja desde la vista Triaje (T) para responderla.</translation>
    </message>
    <message>
        <source>about mail to an address it does not name</source>
        <translation>sobre correo a una dirección que no indica</translation>
    </message>
    <message>
        <source>about mail to the writer&apos;s own address</source>
        <translation>sobre correo a la propia dirección de quien escribe</translation>
    </message>
    <message>
        <source>about mail to %1</source>
        <translation>sobre correo a %1</translation>
    </message>
    <message>
        <source>The %1 from %2, received %3, %4. The data answers what it can; ⚠ marks an answer that points at a problem of the list owner&apos;s. The rest is yours to find out.</source>
        <translation>La %1 de %2, recibida el %3, %4. Los datos responden lo que pueden; ⚠ marca una respuesta que apunta a un problema del propietario de la lista. El resto le corresponde averiguarlo a usted.</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>queja</translation>
    </message>
    <message>
        <source>escalated complaint</source>
        <translation>queja escalada</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>un remitente desconocido</translation>
    </message>
    <message>
        <source>(the data does not say)</source>
        <translation>(los datos no lo indican)</translation>
    </message>
    <message>
        <source>(yours to answer below)</source>
        <translation>(responda usted abajo)</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>modificada desde entonces</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>recorded: %1</source>
        <translation>registrada: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No registrado: %1</translation>
    </message>
    <message>
        <source>Nothing new to record: the timeline holds every answer.</source>
        <translation>Nada nuevo que registrar: la cronología contiene todas las respuestas.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded in the timeline.</source>
        <translation>
            <numerusform>%n respuesta registrada en la cronología.</numerusform>
            <numerusform>%n respuestas registradas en la cronología.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CsvProfileDialog</name>
    <message>
        <source>Send log (one row per message sent)</source>
        <translation>Log de envío (una fila por mensaje enviado)</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Seed-test results</source>
        <translation>Resultados de pruebas semilla</translation>
    </message>
    <message>
        <source>Blocklist listings</source>
        <translation>Inclusiones en listas de bloqueo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP de envío</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>Remitente del sobre</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>IP or domain</source>
        <translation>IP o dominio</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Map Columns — %1</source>
        <translation>Asignar columnas — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is a table AbuseDesk does not know yet. Say which column holds what; the mapping is saved under its name and used for every file with these columns. Fields marked * are required.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; es una tabla que AbuseDesk aún no conoce. Indique qué columna contiene qué; la asignación se guarda con su nombre y se usa para todos los archivos con estas columnas. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>New mapping</source>
        <translation>Asignación nueva</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Partir de:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>&amp;El archivo contiene:</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>automatic (ISO 8601, RFC 2822, Unix seconds)</source>
        <translation>automático (ISO 8601, RFC 2822, segundos Unix)</translation>
    </message>
    <message>
        <source>A Qt date format such as dd.MM.yyyy HH:mm, or empty to recognise the usual ones.</source>
        <translation>Un formato de fecha de Qt como dd.MM.yyyy HH:mm, o vacío para reconocer los habituales.</translation>
    </message>
    <message>
        <source>Time &amp;format:</source>
        <translation>&amp;Formato de hora:</translation>
    </message>
    <message>
        <source>The zone of times written without an offset, e.g. UTC or Europe/Berlin.</source>
        <translation>La zona de las horas escritas sin desfase, p. ej., UTC o Europe/Madrid.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Save and &amp;Import</source>
        <translation>Guardar e &amp;importar</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Give the mapping a name.</source>
        <translation>Dé un nombre a la asignación.</translation>
    </message>
    <message>
        <source>Choose the column of “%1”.</source>
        <translation>Elija la columna de “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1” no es una zona horaria.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Of the first %1 rows, %2 would be imported.</source>
        <translation>De las primeras %1 filas, se importarían %2.</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazadas: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomerPickerDialog</name>
    <message>
        <source>Attribute to Customer</source>
        <translation>Atribuir a un cliente</translation>
    </message>
    <message>
        <source>Attribute %1 to a customer by hand. A hand attribution stays when the history is attributed again.</source>
        <translation>Atribuya %1 a un cliente manualmente. Una atribución manual se mantiene cuando se vuelve a atribuir el historial.</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <source>Type part of a name or id…</source>
        <translation>Escriba parte de un nombre o id…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Attribute</source>
        <translation>&amp;Atribuir</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomerTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>Advertido</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Rescisión</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 feedback-loop complaints of %2 delivered; the line is %3 %</source>
        <translation>%1 quejas de feedback loop de %2 entregados; el umbral es del %3 %</translation>
    </message>
    <message>
        <source>%1 hard bounces of %2 sent; the line is %3 %</source>
        <translation>%1 rebotes duros de %2 enviados; el umbral es del %3 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Nivel de la escala</translation>
    </message>
    <message>
        <source>Revenue / month</source>
        <translation>Ingresos / mes</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Rebotes duros</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Feedback-loop complaints ÷ delivered mail over the period</source>
        <translation>Quejas de feedback loop ÷ correo entregado en el periodo</translation>
    </message>
    <message>
        <source>Hard bounces ÷ sent mail over the period</source>
        <translation>Rebotes duros ÷ correo enviado en el periodo</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::CustomersView</name>
    <message>
        <source>IP address or range</source>
        <translation>Dirección o rango IP</translation>
    </message>
    <message>
        <source>Domain (any use)</source>
        <translation>Dominio (cualquier uso)</translation>
    </message>
    <message>
        <source>DKIM d= domain</source>
        <translation>Dominio d= de DKIM</translation>
    </message>
    <message>
        <source>Return-Path domain</source>
        <translation>Dominio del Return-Path</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>Dominio del From</translation>
    </message>
    <message>
        <source>List-Id</source>
        <translation>List-Id</translation>
    </message>
    <message>
        <source>Header value</source>
        <translation>Valor de cabecera</translation>
    </message>
    <message>
        <source>Contact address</source>
        <translation>Dirección de contacto</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Re-attribution progress</source>
        <translation>Progreso de la reatribución</translation>
    </message>
    <message>
        <source>Attributing the history again… %p%</source>
        <translation>Volviendo a atribuir el historial… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <source>Filter by name, id or status…</source>
        <translation>Filtrar por nombre, id o estado…</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&amp;New Customer</source>
        <translation>&amp;Nuevo cliente</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>&amp;Eliminar cliente…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>your system&apos;s id, e.g. c001</source>
        <translation>el id de su sistema, p. ej., c001</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed with Change Status… below, as a decision with a reason</source>
        <translation>Se cambia con Cambiar estado… más abajo, como una decisión con un motivo</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Nivel de la escala</translation>
    </message>
    <message>
        <source>&amp;Ladder:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>Id e&amp;xterno:</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Ingresos mensuales</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Revenue / month:</source>
        <translation>&amp;Ingresos / mes:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>addresses, separated by commas or semicolons</source>
        <translation>direcciones, separadas por comas o puntos y comas</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>Con&amp;tactos:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;as:</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>C&amp;hange Status…</source>
        <translation>Cam&amp;biar estado…</translation>
    </message>
    <message>
        <source>Move the customer on the escalation ladder: a decision recorded with a reason</source>
        <translation>Mover al cliente en la escala de sanciones: una decisión registrada con un motivo</translation>
    </message>
    <message>
        <source>Escalation history</source>
        <translation>Historial de escalado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>First UTC day (yyyy-mm-dd); empty: always</source>
        <translation>Primer día UTC (aaaa-mm-dd); vacío: siempre</translation>
    </message>
    <message>
        <source>UTC day it was given up (yyyy-mm-dd, not included); empty: still held</source>
        <translation>Día UTC en que se dejó de usar (aaaa-mm-dd, no incluido); vacío: aún en uso</translation>
    </message>
    <message>
        <source>A pool several customers use at once: it decides nothing on its own</source>
        <translation>Un pool que usan varios clientes a la vez: por sí solo no decide nada</translation>
    </message>
    <message>
        <source>&amp;Add Identifier</source>
        <translation>Añadir i&amp;dentificador</translation>
    </message>
    <message>
        <source>Re&amp;move Identifier</source>
        <translation>&amp;Quitar identificador</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Mail that mentions this customer</source>
        <translation>Correo que menciona a este cliente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the customer and attribute the history again (Ctrl+S)</source>
        <translation>Guardar el cliente y volver a atribuir el historial (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <source>Unattributed messages</source>
        <translation>Mensajes sin atribuir</translation>
    </message>
    <message>
        <source>Clues</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>&amp;Unattributed</source>
        <translation>Sin atrib&amp;uir</translation>
    </message>
    <message>
        <source>Messages whose rules disagree</source>
        <translation>Mensajes cuyas reglas discrepan</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Atribuido a</translation>
    </message>
    <message>
        <source>Disagreeing rules</source>
        <translation>Reglas discrepantes</translation>
    </message>
    <message>
        <source>&amp;Disagreements</source>
        <translation>Disc&amp;repancias</translation>
    </message>
    <message>
        <source>Save Customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <source>Complaints and rates over the 30 days from %1 to %2 (the last day with data, UTC).</source>
        <translation>Quejas y tasas de los 30 días del %1 al %2 (el último día con datos, UTC).</translation>
    </message>
    <message>
        <source>No mail or delivery data yet: complaints and rates appear after an import.</source>
        <translation>Aún no hay datos de correo ni de entrega: las quejas y las tasas aparecen después de una importación.</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>No hay ninguna base de datos de casos abierta.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>&amp;Disagreements (%1)</source>
        <translation>Disc&amp;repancias (%1)</translation>
    </message>
    <message>
        <source>No rules disagree: where several rules name a customer, they name the same one.</source>
        <translation>Ninguna regla discrepa: cuando varias reglas indican un cliente, indican el mismo.</translation>
    </message>
    <message>
        <source>These messages are attributed by the first rule that named one customer, while a later rule named someone else: an identifier may be wrong, or a customer sends in another&apos;s name. Double-click one to read it in Evidence.</source>
        <translation>Estos mensajes se atribuyen por la primera regla que indicó un cliente, mientras que una regla posterior indicó a otro: puede que un identificador sea incorrecto, o que un cliente envíe en nombre de otro. Haga doble clic en uno para leerlo en Evidencias.</translation>
    </message>
    <message>
        <source>nothing that names a customer</source>
        <translation>nada que indique un cliente</translation>
    </message>
    <message>
        <source>&amp;Unattributed (%1)</source>
        <translation>Sin atrib&amp;uir (%1)</translation>
    </message>
    <message>
        <source>Every message is attributed to a customer (noise left out).</source>
        <translation>Todos los mensajes están atribuidos a un cliente (sin contar el ruido).</translation>
    </message>
    <message>
        <source>%1 messages no rule could attribute; the newest %2 are listed with the facts that could identify their sender. Double-click one to read it in Evidence.</source>
        <translation>%1 mensajes que ninguna regla pudo atribuir; se muestran los %2 más recientes con los datos que podrían identificar a su remitente. Haga doble clic en uno para leerlo en Evidencias.</translation>
    </message>
    <message>
        <source>One message no rule could attribute, with the facts that could identify its sender.</source>
        <translation>Un mensaje que ninguna regla pudo atribuir, con los datos que podrían identificar a su remitente.</translation>
    </message>
    <message>
        <source>%1 messages no rule could attribute, newest first, with the facts that could identify their sender.</source>
        <translation>%1 mensajes que ninguna regla pudo atribuir, los más recientes primero, con los datos que podrían identificar a su remitente.</translation>
    </message>
    <message>
        <source>Double-click one to read it in Evidence; add an identifier to a customer to attribute it.</source>
        <translation>Haga doble clic en uno para leerlo en Evidencias; añada un identificador a un cliente para atribuirlo.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>The new customer</source>
        <translation>El cliente nuevo</translation>
    </message>
    <message>
        <source>No customers yet. Add one with New Customer, or import a customers.csv with File &gt; Import Customers.</source>
        <translation>Aún no hay clientes. Añada uno con Nuevo cliente, o importe un customers.csv con Archivo &gt; Importar clientes.</translation>
    </message>
    <message>
        <source>Select a customer to see and edit its details.</source>
        <translation>Seleccione un cliente para ver y editar sus datos.</translation>
    </message>
    <message>
        <source>A new customer: give it a name and identifiers, then Save.</source>
        <translation>Un cliente nuevo: asígnele un nombre e identificadores y, después, Guardar.</translation>
    </message>
    <message>
        <source>Changes to identifiers attribute the history again when you save.</source>
        <translation>Al guardar, los cambios en los identificadores vuelven a atribuir el historial.</translation>
    </message>
    <message>
        <source>Identifiers (%1)</source>
        <translation>Identificadores (%1)</translation>
    </message>
    <message>
        <source>Mentions: no other mail (list posts, notices, replies) names this customer&apos;s domains or addresses</source>
        <translation>Menciones: ningún otro correo (mensajes de listas, avisos, respuestas) menciona los dominios o las direcciones de este cliente</translation>
    </message>
    <message>
        <source>Mentions (%1): other mail that names this customer&apos;s domains or addresses</source>
        <translation>Menciones (%1): otro correo que menciona los dominios o las direcciones de este cliente</translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation>El cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>Identifier row %1</source>
        <translation>Fila de identificador %1</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of identifier.</source>
        <translation>%1: &quot;%2&quot; no es un tipo de identificador.</translation>
    </message>
    <message>
        <source>%1: the value is empty.</source>
        <translation>%1: el valor está vacío.</translation>
    </message>
    <message>
        <source>%1: a header identifier needs the name of the header (e.g. X-Customer-ID).</source>
        <translation>%1: un identificador de cabecera necesita el nombre de la cabecera (p. ej., X-Customer-ID).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address or CIDR range (e.g. 192.0.2.7 or 192.0.2.0/24).</source>
        <translation>%1: &quot;%2&quot; no es una dirección IP ni un rango CIDR (p. ej., 192.0.2.7 o 192.0.2.0/24).</translation>
    </message>
    <message>
        <source>%1: &quot;valid from&quot; is not a date (yyyy-mm-dd, or empty for always).</source>
        <translation>%1: &quot;válido desde&quot; no es una fecha (aaaa-mm-dd, o vacío para siempre).</translation>
    </message>
    <message>
        <source>%1: &quot;valid until&quot; is not a date (yyyy-mm-dd, or empty while still held).</source>
        <translation>%1: &quot;válido hasta&quot; no es una fecha (aaaa-mm-dd, o vacío mientras siga en uso).</translation>
    </message>
    <message>
        <source>%1: &quot;valid until&quot; must come after &quot;valid from&quot;.</source>
        <translation>%1: &quot;válido hasta&quot; debe ser posterior a &quot;válido desde&quot;.</translation>
    </message>
    <message>
        <source>The customer could not be saved: %1</source>
        <translation>No se ha podido guardar el cliente: %1</translation>
    </message>
    <message>
        <source>customer %1 changed</source>
        <translation>cliente %1 modificado</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete %1 with its identifiers? Its mail and deliveries stay and are attributed again, to another customer or to no one.</source>
        <translation>¿Eliminar %1 con sus identificadores? Su correo y sus entregas se conservan y se vuelven a atribuir, a otro cliente o a nadie.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>No se ha podido eliminar %1: %2</translation>
    </message>
    <message>
        <source>customer %1 deleted</source>
        <translation>cliente %1 eliminado</translation>
    </message>
    <message>
        <source>Attributing the history again failed: %1</source>
        <translation>Ha fallado la nueva atribución del historial: %1</translation>
    </message>
    <message>
        <source>Attributing the history again was cancelled; what was done so far stays. Save again to finish it.</source>
        <translation>Se ha cancelado la nueva atribución del historial; lo hecho hasta ahora se conserva. Vuelva a guardar para terminarla.</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(sin atribuir)</translation>
    </message>
    <message>
        <source>deleted customer #%1</source>
        <translation>cliente eliminado n.º %1</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>1 delivery</source>
        <translation>1 entrega</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>%1 entregas</translation>
    </message>
    <message>
        <source>1 opt-out</source>
        <translation>1 baja</translation>
    </message>
    <message>
        <source>%1 opt-outs</source>
        <translation>%1 bajas</translation>
    </message>
    <message>
        <source>1 listing</source>
        <translation>1 inclusión</translation>
    </message>
    <message>
        <source>%1 listings</source>
        <translation>%1 inclusiones</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 pasaron de %2 a %3</translation>
    </message>
    <message>
        <source>Nothing moved: %1 items examined, every one stays with its customer (%2 explanations updated).</source>
        <translation>Nada ha cambiado: se examinaron %1 elementos y todos se quedan con su cliente (%2 explicaciones actualizadas).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What moved&lt;/b&gt; (%1 items examined):</source>
        <translation>&lt;b&gt;Qué ha cambiado&lt;/b&gt; (%1 elementos examinados):</translation>
    </message>
    <message>
        <source>A new customer starts in good standing.</source>
        <translation>Un cliente nuevo empieza sin incidencias.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (step %2 of 4), status &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (nivel %2 de 4), estado &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Moves on to %1 when: %2</source>
        <translation>&lt;br&gt;Pasa a %1 cuando: %2</translation>
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
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>&amp;Receiver:</source>
        <translation>&amp;Receptor:</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <translation>Elija un cliente…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All receivers</source>
        <translation>Todos los receptores</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>No hay ninguna base de datos de casos abierta.</translation>
    </message>
    <message>
        <source>Choose a customer above to see their complaint rate, bounces, opt-outs, cases and cost over time.</source>
        <translation>Elija un cliente arriba para ver la evolución de su tasa de quejas, rebotes, bajas, casos y costes.</translation>
    </message>
    <message>
        <source>There are no customers yet. Import a customer list (File &gt; Import Customers) to see their dashboards.</source>
        <translation>Aún no hay clientes. Importe una lista de clientes (Archivo &gt; Importar clientes) para ver sus paneles.</translation>
    </message>
    <message>
        <source>The period is empty: “From” is after “Until”.</source>
        <translation>El periodo está vacío: “Desde” es posterior a “Hasta”.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se han podido leer las cifras: %1</translation>
    </message>
    <message>
        <source>%1 sent no mail to %2 from %3 to %4. Choose another period or all receivers.</source>
        <translation>%1 no envió correo a %2 del %3 al %4. Elija otro periodo o todos los receptores.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 to %3%4: %5 delivered, %6 complaints (&lt;b&gt;%7 %&lt;/b&gt;, line %8 %), hard bounces &lt;b&gt;%9 %&lt;/b&gt; (line %10 %).&lt;br&gt;%11 spam bounces, %12 deferrals, %13 opt-outs, %14 cases opened; cost of complaints %15%16.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, del %2 al %3%4: %5 entregados, %6 quejas (&lt;b&gt;%7 %&lt;/b&gt;, umbral %8 %), rebotes duros &lt;b&gt;%9 %&lt;/b&gt; (umbral %10 %).&lt;br&gt;%11 rebotes por spam, %12 aplazamientos, %13 bajas, %14 casos abiertos; coste de las quejas %15%16.</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source> against revenue of %1</source>
        <translation> frente a unos ingresos de %1</translation>
    </message>
    <message>
        <source>Click a point of the complaint-rate chart to list the feedback reports behind it; double-click a report to read it.</source>
        <translation>Haga clic en un punto del gráfico de tasa de quejas para ver los informes de feedback que lo componen; haga doble clic en un informe para leerlo.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>week %1, %2 – %3</source>
        <translation>semana %1, %2 – %3</translation>
    </message>
    <message>
        <source>Complaint rate (feedback-loop complaints ÷ delivered)</source>
        <translation>Tasa de quejas (quejas de feedback loop ÷ entregados)</translation>
    </message>
    <message>
        <source>Other receivers</source>
        <translation>Otros receptores</translation>
    </message>
    <message>
        <source>% of delivered</source>
        <translation>% de entregados</translation>
    </message>
    <message>
        <source>Policy line %1 %</source>
        <translation>Umbral de la política: %1 %</translation>
    </message>
    <message>
        <source>%1
%2 complaints of %3 delivered: %4 %
Click to list the reports.</source>
        <translation>%1
%2 quejas de %3 entregados: %4 %
Haga clic para ver los informes.</translation>
    </message>
    <message>
        <source>%1 at %2
%3 complaints of %4 delivered: %5 %
Click to list the reports.</source>
        <translation>%1 en %2
%3 quejas de %4 entregados: %5 %
Haga clic para ver los informes.</translation>
    </message>
    <message>
        <source>other receivers</source>
        <translation>otros receptores</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <source>Hard bounce rate (hard bounces ÷ mail that ended)</source>
        <translation>Tasa de rebotes duros (rebotes duros ÷ correo finalizado)</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Tasa de rebotes duros</translation>
    </message>
    <message>
        <source>% of mail that ended</source>
        <translation>% del correo finalizado</translation>
    </message>
    <message>
        <source>%1
%2 hard bounces of %3 mails that ended: %4 %</source>
        <translation>%1
%2 rebotes duros de %3 correos finalizados: %4 %</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Rebotes duros</translation>
    </message>
    <message>
        <source>Spam bounces</source>
        <translation>Rebotes por spam</translation>
    </message>
    <message>
        <source>Deferrals</source>
        <translation>Aplazamientos</translation>
    </message>
    <message>
        <source>%1
%2 spam bounces, %3 deferrals
%4 mails ended</source>
        <translation>%1
%2 rebotes por spam, %3 aplazamientos
%4 correos finalizados</translation>
    </message>
    <message>
        <source>Spam bounces and deferrals</source>
        <translation>Rebotes por spam y aplazamientos</translation>
    </message>
    <message>
        <source>Spam bounces &amp;&amp; deferrals</source>
        <translation>Rebotes por spam &amp;&amp; aplazamientos</translation>
    </message>
    <message>
        <source>mails</source>
        <translation>correos</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>%1
%2 opt-outs</source>
        <translation>%1
%2 bajas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>sin motivo</translation>
    </message>
    <message>
        <source>other reasons: %1</source>
        <translation>otros motivos: %1</translation>
    </message>
    <message>
        <source>opt-outs</source>
        <translation>bajas</translation>
    </message>
    <message>
        <source>Opt-outs — reasons over the period: %1</source>
        <translation>Bajas — motivos en el periodo: %1</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravedad %1</translation>
    </message>
    <message>
        <source>%1
%2 cases opened: severity 1: %3, 2: %4, 3: %5, 4: %6</source>
        <translation>%1
%2 casos abiertos: gravedad 1: %3, 2: %4, 3: %5, 4: %6</translation>
    </message>
    <message>
        <source>Cases opened, by severity (1 most severe)</source>
        <translation>Casos abiertos, por gravedad (1 la más grave)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>Cost of complaints (time × %1 per hour)</source>
        <translation>Coste de las quejas (tiempo × %1 por hora)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>%1
cost %2 (%3 minutes on cases)
revenue %4</source>
        <translation>%1
coste %2 (%3 minutos dedicados a casos)
ingresos %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Cost of complaints against revenue, per month</source>
        <translation>Coste de las quejas frente a ingresos, por mes</translation>
    </message>
    <message>
        <source>Cost vs revenue</source>
        <translation>Coste frente a ingresos</translation>
    </message>
    <message>
        <source>Cost of complaints per month (the customer&apos;s revenue is not known)</source>
        <translation>Coste de las quejas por mes (se desconocen los ingresos del cliente)</translation>
    </message>
    <message>
        <source>No feedback reports of %1 in %2.</source>
        <translation>No hay informes de feedback de %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback report(s) of %1 in %2 (double-click to read one):</source>
        <translation>
            <numerusform>%n informe de feedback de %1 en %2 (haga doble clic para leerlo):</numerusform>
            <numerusform>%n informes de feedback de %1 en %2 (haga doble clic en uno para leerlo):</numerusform>
        </translation>
    </message>
    <message>
        <source>AbuseDesk dashboard of %1</source>
        <translation>Panel de AbuseDesk de %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>No se ha podido escribir el gráfico en %1.</translation>
    </message>
    <message>
        <source>%1 has no mail, complaints, opt-outs, seed tests or cases from %2 to %3. Choose another period.</source>
        <translation>%1 no tiene correo, quejas, bajas, pruebas semilla ni casos del %2 al %3. Elija otro periodo.</translation>
    </message>
    <message>
        <source> Seed tests: %1 seeds checked, %2 in the inbox, %3 in junk, %4 missing.</source>
        <translation> Pruebas semilla: %1 direcciones semilla comprobadas, %2 en la bandeja de entrada, %3 en spam, %4 no recibidas.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No seed-test results of %1 were checked from %2 to %3.

Import the results of a seed-test tool (a CSV with campaign, customer, receiver, placement and time) to see how many seed addresses found its mail in the inbox, in junk or nowhere.</source>
        <translation>No se comprobó ningún resultado de pruebas semilla de %1 del %2 al %3.

Importe los resultados de una herramienta de pruebas semilla (un CSV con campaña, cliente, receptor, ubicación y hora) para ver cuántas direcciones semilla recibieron su correo en la bandeja de entrada, en spam o en ninguna parte.</translation>
    </message>
    <message>
        <source>Seed placement</source>
        <translation>Ubicación en semillas</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Junk</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>No recibido</translation>
    </message>
    <message>
        <source>%1
%2 seeds checked: %3 in the inbox, %4 in junk, %5 missing</source>
        <translation>%1
%2 semillas comprobadas: %3 en la bandeja de entrada, %4 en spam, %5 no recibidas</translation>
    </message>
    <message>
        <source>Seed placement over the period: %1 in the inbox, %2 in junk, %3 missing</source>
        <translation>Ubicación en semillas durante el periodo: %1 en la bandeja de entrada, %2 en spam, %3 no recibidas</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>semillas</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::EmptyStateView</name>
    <message>
        <source>This case database is empty</source>
        <translation>Esta base de datos de casos está vacía</translation>
    </message>
    <message>
        <source>&lt;p&gt;AbuseDesk works from the evidence you import. Bring in:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Role-account mail&lt;/b&gt; from abuse@, postmaster@, hostmaster@, privacy@, legal@ and webmaster@, exported as mbox files, EML files or Maildir folders;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Feedback-loop reports&lt;/b&gt; (ARF) and &lt;b&gt;bounces&lt;/b&gt; that reached those accounts;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Delivery logs&lt;/b&gt;: Postfix and Exim logs, PowerMTA accounting files and your application&apos;s send logs, so that complaint and bounce rates have their denominators;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Customers&lt;/b&gt;: your list owners with their sending IPs and domains, so that every report can be tied to the customer who caused it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Drop files or folders onto this window&lt;/b&gt;, or use File ▸ Import Files… (Ctrl+I) and Import Folder… (Ctrl+Shift+I); on the command line: &lt;code&gt;abusedesk-cli import --db FILE PATH…&lt;/code&gt;. Nothing you import is ever changed, and importing the same files twice stores nothing twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AbuseDesk trabaja con las evidencias que usted importa. Importe:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Correo de las cuentas de rol&lt;/b&gt; abuse@, postmaster@, hostmaster@, privacy@, legal@ y webmaster@, exportado como archivos mbox, archivos EML o carpetas Maildir;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Informes de feedback loop&lt;/b&gt; (ARF) y &lt;b&gt;rebotes&lt;/b&gt; que llegaron a esas cuentas;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Logs de entrega&lt;/b&gt;: logs de Postfix y Exim, archivos de accounting de PowerMTA y los logs de envío de su aplicación, para que las tasas de quejas y de rebotes tengan sus denominadores;&lt;/li&gt;&lt;li&gt;&lt;b&gt;Clientes&lt;/b&gt;: sus propietarios de listas con sus IP y dominios de envío, para que cada informe pueda vincularse al cliente que lo causó.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Arrastre archivos o carpetas a esta ventana&lt;/b&gt;, o use Archivo ▸ Importar archivos… (Ctrl+I) e Importar carpeta… (Ctrl+Mayús+I); en la línea de comandos: &lt;code&gt;abusedesk-cli import --db FILE PATH…&lt;/code&gt;. Nada de lo que importa se modifica nunca, e importar los mismos archivos dos veces no almacena nada dos veces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Case database: %1</source>
        <translation>Base de datos de casos: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::EvidenceView</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Save &amp;Original As…</source>
        <translation>Guardar &amp;original como…</translation>
    </message>
    <message>
        <source>Copy &amp;SHA-256</source>
        <translation>Copiar &amp;SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in this case database</source>
        <translation>
            <numerusform>%n mensaje en esta base de datos de casos</numerusform>
            <numerusform>%n mensajes en esta base de datos de casos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ImportPanel</name>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Show &amp;Report</source>
        <translation>Mostrar &amp;informe</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ImportReportDialog</name>
    <message>
        <source>Import Report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 messages read&lt;/b&gt; from %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 mensajes leídos&lt;/b&gt; de %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 stored · %2 already in the case database · %3 rejected&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 almacenados · %2 ya estaban en la base de datos de casos · %3 rechazados&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Stored: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Almacenados: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 log lines read&lt;/b&gt; from %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 líneas de log leídas&lt;/b&gt; de %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 records stored · %2 already in the case database · %3 lines rejected&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 registros almacenados · %2 ya estaban en la base de datos de casos · %3 líneas rechazadas&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first rejected lines are listed; all are kept in the case database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se muestran las primeras líneas rechazadas; todas se conservan en la base de datos de casos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Customers:&lt;/b&gt; %1 added · %2 updated (%3)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Clientes:&lt;/b&gt; %1 añadidos · %2 actualizados (%3)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With their identifiers, %1 earlier items now belong to another customer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Con sus identificadores, %1 elementos anteriores pertenecen ahora a otro cliente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not read yet:&lt;/b&gt; %1 — tables whose columns no saved profile maps. Map their columns to import them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aún sin leer:&lt;/b&gt; %1 — tablas cuyas columnas no asigna ningún perfil guardado. Asigne sus columnas para importarlas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import was cancelled.&lt;/b&gt; What was stored stays; import the same files again to complete it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Se canceló la importación.&lt;/b&gt; Lo almacenado se conserva; vuelva a importar los mismos archivos para completarla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The import stopped:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La importación se detuvo:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Rejected, with the reason:</source>
        <translation>Rechazados, con el motivo:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>Map Columns…</source>
        <translation>Asignar columnas…</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::LadderDialog</name>
    <message>
        <source>customer #%1</source>
        <translation>cliente n.º %1</translation>
    </message>
    <message>
        <source>Escalation Ladder — %1</source>
        <translation>Escala de sanciones — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is at &lt;b&gt;%2&lt;/b&gt; (step %3), status %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; está en &lt;b&gt;%2&lt;/b&gt; (nivel %3), estado %4.</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Nivel de la escala</translation>
    </message>
    <message>
        <source>0 — Good standing</source>
        <translation>0 — Sin incidencias</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Customer status</source>
        <translation>Estado del cliente</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Required: why, with the facts (rates, reports, what the customer did or did not do)</source>
        <translation>Obligatorio: por qué, con los hechos (tasas, informes, qué hizo o dejó de hacer el cliente)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Case the decision is taken in</source>
        <translation>Caso en el que se toma la decisión</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Ningún caso</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>n.º %1 %2 (%3)</translation>
    </message>
    <message>
        <source>In &amp;case:</source>
        <translation>En el &amp;caso:</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Registrar decisión</translation>
    </message>
    <message>
        <source>Carries the status %1.</source>
        <translation>Conlleva el estado %1.</translation>
    </message>
    <message>
        <source>%1 Moves on to the next step when: %2</source>
        <translation>%1 Pasa al siguiente nivel cuando: %2</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the decision.</source>
        <translation>Indique por qué: el motivo se guarda con la decisión.</translation>
    </message>
    <message>
        <source>The decision could not be recorded: %1</source>
        <translation>No se ha podido registrar la decisión: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::MainWindow</name>
    <message>
        <source>AbuseDesk case databases (*.abusedesk);;All files (*)</source>
        <translation>Bases de datos de casos de AbuseDesk (*.abusedesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>AbuseDesk</source>
        <translation>AbuseDesk</translation>
    </message>
    <message>
        <source>No case database is open.
Create one with File &gt; New Case Database or open one with File &gt; Open.</source>
        <translation>No hay ninguna base de datos de casos abierta.
Cree una con Archivo &gt; Nueva base de datos de casos o abra una con Archivo &gt; Abrir.</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Classifying again… %p%</source>
        <translation>Reclasificando… %p%</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Case Database…</source>
        <translation>&amp;Nueva base de datos de casos…</translation>
    </message>
    <message>
        <source>&amp;Open Case Database…</source>
        <translation>&amp;Abrir base de datos de casos…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>Importar c&amp;lientes…</translation>
    </message>
    <message>
        <source>&amp;Export Customers…</source>
        <translation>&amp;Exportar clientes…</translation>
    </message>
    <message>
        <source>&amp;Write Report…</source>
        <translation>Escribir in&amp;forme…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Cerrar &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>&amp;Política…</translation>
    </message>
    <message>
        <source>Add &amp;Blocklist Listing…</source>
        <translation>Añadir inclusión en lista de &amp;bloqueo…</translation>
    </message>
    <message>
        <source>Attribution &amp;Rules…</source>
        <translation>&amp;Reglas de atribución…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidencias</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triaje</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>C&amp;asos</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>Ca&amp;rtera</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Imports Panel</source>
        <translation>Panel de i&amp;mportaciones</translation>
    </message>
    <message>
        <source>T&amp;riage</source>
        <translation>&amp;Triaje</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About AbuseDesk</source>
        <translation>&amp;Acerca de AbuseDesk</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar lista</translation>
    </message>
    <message>
        <source>No case database</source>
        <translation>Ninguna base de datos de casos</translation>
    </message>
    <message>
        <source>%1 — AbuseDesk</source>
        <translation>%1 — AbuseDesk</translation>
    </message>
    <message>
        <source>%1 · schema %2</source>
        <translation>%1 · esquema %2</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>Cambiar idioma</translation>
    </message>
    <message>
        <source>An import or a reclassification is running. Changing the language now stops it; importing the same files again later completes the import.

Change the language now?</source>
        <translation>Hay una importación o una reclasificación en curso. Si cambia el idioma ahora, se detendrá; si vuelve a importar los mismos archivos más tarde, se completará la importación.

¿Cambiar el idioma ahora?</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se ha escrito %1 (%n página).</numerusform>
            <numerusform>Se ha escrito %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se ha escrito %1.</translation>
    </message>
    <message>
        <source>Case #%1 is not in the case database.</source>
        <translation>El caso n.º %1 no está en la base de datos de casos.</translation>
    </message>
    <message>
        <source>That message is no longer in the evidence list.</source>
        <translation>Ese mensaje ya no está en la lista de evidencias.</translation>
    </message>
    <message>
        <source>Cannot open case database</source>
        <translation>No se puede abrir la base de datos de casos</translation>
    </message>
    <message>
        <source>New Case Database</source>
        <translation>Nueva base de datos de casos</translation>
    </message>
    <message>
        <source>Open Case Database</source>
        <translation>Abrir base de datos de casos</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Mail exports (*.mbox *.mbx *.eml *.msg *.gz *.bz2 *.xz *.txt);;All files (*)</source>
        <translation>Exportaciones de correo (*.mbox *.mbx *.eml *.msg *.gz *.bz2 *.xz *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Mail Folder (Maildir or any folder)</source>
        <translation>Importar carpeta de correo (Maildir o cualquier carpeta)</translation>
    </message>
    <message>
        <source>Listing saved.</source>
        <translation>Inclusión guardada.</translation>
    </message>
    <message>
        <source>Map Columns</source>
        <translation>Asignar columnas</translation>
    </message>
    <message>
        <source>The mapping could not be saved: %1</source>
        <translation>No se ha podido guardar la asignación: %1</translation>
    </message>
    <message>
        <source>own domains and networks changed</source>
        <translation>dominios y redes propios modificados</translation>
    </message>
    <message>
        <source>Classifying the evidence again failed: %1</source>
        <translation>Ha fallado la reclasificación de las evidencias: %1</translation>
    </message>
    <message>
        <source>Classified %1 messages again with the new policy: %2 changed.</source>
        <translation>%1 mensajes reclasificados con la nueva política: %2 han cambiado.</translation>
    </message>
    <message>
        <source>attribution rules changed</source>
        <translation>reglas de atribución modificadas</translation>
    </message>
    <message>
        <source>Import Customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Customer lists (*.csv);;All files (*)</source>
        <translation>Listas de clientes (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>Customers added: %1, updated: %2. These rows were left out:

%3</source>
        <translation>Clientes añadidos: %1, actualizados: %2. Estas filas se han omitido:

%3</translation>
    </message>
    <message>
        <source>%1: customers added: %2, updated: %3.</source>
        <translation>%1: clientes añadidos: %2, actualizados: %3.</translation>
    </message>
    <message>
        <source>customers imported from %1</source>
        <translation>clientes importados de %1</translation>
    </message>
    <message>
        <source>Export Customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Customers exported to %1.</source>
        <translation>Clientes exportados a %1.</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::OpenCaseDialog</name>
    <message>
        <source>Open Case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>A case for this automatic finding, with its numbers and the %1 behind it.</source>
        <translation>Un caso para este hallazgo automático, con sus cifras y los %1 en que se basa.</translation>
    </message>
    <message>
        <source>A case with %1 as its evidence; they leave the triage queue.</source>
        <translation>Un caso con %1 como evidencias; salen de la cola de triaje.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What the problem is, in a line</source>
        <translation>Cuál es el problema, en una línea</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Aún sin cliente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Gra&amp;vedad:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>who takes care of it</source>
        <translation>quién se encarga</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>First note</source>
        <translation>Primera nota</translation>
    </message>
    <message>
        <source>Optional: what you saw, what you will do first</source>
        <translation>Opcional: qué vio, qué hará primero</translation>
    </message>
    <message>
        <source>First &amp;note:</source>
        <translation>Primera &amp;nota:</translation>
    </message>
    <message>
        <source>&amp;Go to the case when it is open</source>
        <translation>&amp;Ir al caso cuando esté abierto</translation>
    </message>
    <message>
        <source>&amp;Open Case</source>
        <translation>&amp;Abrir caso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::PolicyDialog</name>
    <message>
        <source>Escalated complaints</source>
        <translation>Quejas escaladas</translation>
    </message>
    <message>
        <source>Complaints written by people</source>
        <translation>Quejas escritas por personas</translation>
    </message>
    <message>
        <source>Feedback reports (clusters)</source>
        <translation>Informes de feedback (agrupados)</translation>
    </message>
    <message>
        <source>Automatic findings</source>
        <translation>Hallazgos automáticos</translation>
    </message>
    <message>
        <source>Blocklist notices</source>
        <translation>Avisos de listas de bloqueo</translation>
    </message>
    <message>
        <source>Unsubscribe requests</source>
        <translation>Solicitudes de baja</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>The policy belongs to this case database. Lists take one entry per line: a role account is a local part (abuse) or an address; a trusted reporter is an address or a domain. Changing the lists classifies the evidence already imported again.</source>
        <translation>La política pertenece a esta base de datos de casos. Las listas llevan una entrada por línea: una cuenta de rol es una parte local (abuse) o una dirección; un informante de confianza es una dirección o un dominio. Al cambiar las listas se reclasifican las evidencias ya importadas.</translation>
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
        <translation>&amp;Cuentas de rol:</translation>
    </message>
    <message>
        <source>spamhaus.org
abuse-desk@peer.example</source>
        <translation>spamhaus.org
abuse-desk@peer.example</translation>
    </message>
    <message>
        <source>&amp;Trusted reporters:</source>
        <translation>&amp;Informantes de confianza:</translation>
    </message>
    <message>
        <source>X-Customer-ID</source>
        <translation>X-Customer-ID</translation>
    </message>
    <message>
        <source>&amp;Customer headers:</source>
        <translation>Cabeceras de c&amp;liente:</translation>
    </message>
    <message>
        <source>esp.example
192.0.2.0/24</source>
        <translation>esp.example
192.0.2.0/24</translation>
    </message>
    <message>
        <source>Your own domains, addresses and CIDR ranges, one per line: mail that names them is listed as a mention.</source>
        <translation>Sus propios dominios, direcciones y rangos CIDR, uno por línea: el correo que los menciona se muestra como mención.</translation>
    </message>
    <message>
        <source>&amp;Own domains and networks:</source>
        <translation>&amp;Dominios y redes propios:</translation>
    </message>
    <message>
        <source>Complaint rate &amp;line:</source>
        <translation>&amp;Umbral de tasa de quejas:</translation>
    </message>
    <message>
        <source>&amp;Hard bounce rate line:</source>
        <translation>Umbral de tasa de &amp;rebotes duros:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>count &amp;business days only</source>
        <translation>contar solo días &amp;hábiles</translation>
    </message>
    <message>
        <source>&amp;Acknowledge within:</source>
        <translation>&amp;Acusar recibo en:</translation>
    </message>
    <message>
        <source>Triage order</source>
        <translation>Orden del triaje</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Alt+Up in the list</source>
        <translation>Alt+Arriba en la lista</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Alt+Down in the list</source>
        <translation>Alt+Abajo en la lista</translation>
    </message>
    <message>
        <source>&amp;Legal-tone items first</source>
        <translation>Primero los elementos de tono &amp;jurídico</translation>
    </message>
    <message>
        <source>legal@esp.example</source>
        <translation>legal@esp.example</translation>
    </message>
    <message>
        <source>Cases opened from legal-tone items are given to this owner (empty: you).</source>
        <translation>Los casos abiertos a partir de elementos de tono jurídico se asignan a este responsable (vacío: usted).</translation>
    </message>
    <message>
        <source>Legal items go to</source>
        <translation>Los elementos legales van a</translation>
    </message>
    <message>
        <source>Legal items &amp;go to:</source>
        <translation>Elementos legales &amp;para:</translation>
    </message>
    <message>
        <source>Triage &amp;order:</source>
        <translation>&amp;Orden del triaje:</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>El de este equipo (%1)</translation>
    </message>
    <message>
        <source>Postfix (classic syslog) and Exim write their times without a zone: the zone the mail servers&apos; clocks run in.</source>
        <translation>Postfix (syslog clásico) y Exim escriben sus horas sin zona: la zona horaria en la que funcionan los relojes de los servidores de correo.</translation>
    </message>
    <message>
        <source>MTA log &amp;time zone:</source>
        <translation>&amp;Zona horaria de los logs del MTA:</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::PortfolioView</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Que requieren atención</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Write &amp;Report…</source>
        <translation>Escribir &amp;informe…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <source>Hard bounce rate</source>
        <translation>Tasa de rebotes duros</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Motivos de preocupación</translation>
    </message>
    <message>
        <source>Reading the figures of every customer…</source>
        <translation>Leyendo las cifras de todos los clientes…</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>No hay ninguna base de datos de casos abierta.</translation>
    </message>
    <message>
        <source>The period ends before it begins: choose a first day before the last.</source>
        <translation>El periodo termina antes de empezar: elija un primer día anterior al último.</translation>
    </message>
    <message>
        <source>There are no customers yet.
Import them with File &gt; Import Customers…, then their mail and delivery logs.</source>
        <translation>Aún no hay clientes.
Impórtelos con Archivo &gt; Importar clientes… y, después, su correo y sus logs de entrega.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Within the lines</source>
        <translation>Dentro de los umbrales</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The figures could not all be read: %1</source>
        <translation>No se han podido leer todas las cifras: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n customer(s) need attention: %2 above the complaint line (%3), %4 above the hard bounce line (%5), %6 rising, %7 costing more than they bring.</source>
        <translation>
            <numerusform>Clientes que requieren atención: %1 de %n; %2 por encima del umbral de quejas (%3), %4 por encima del umbral de rebotes duros (%5), %6 en aumento, %7 cuestan más de lo que aportan.</numerusform>
            <numerusform>Clientes que requieren atención: %1 de %n; %2 por encima del umbral de quejas (%3), %4 por encima del umbral de rebotes duros (%5), %6 en aumento, %7 cuestan más de lo que aportan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReadingPane</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save &amp;Original As…</source>
        <translation>Guardar &amp;original como…</translation>
    </message>
    <message>
        <source>Save the message exactly as it was imported, byte for byte</source>
        <translation>Guardar el mensaje exactamente como se importó, byte a byte</translation>
    </message>
    <message>
        <source>Customer and why</source>
        <translation>Cliente y motivo</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Facts</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation>&amp;Original</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Cabeceras</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Estructura</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>HT&amp;ML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <source>&amp;Raw Source</source>
        <translation>&amp;Fuente sin procesar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attachments are evidence from strangers: they can be saved, never opened here.</source>
        <translation>Los adjuntos son evidencias de desconocidos: se pueden guardar, pero nunca abrir aquí.</translation>
    </message>
    <message>
        <source>Save &amp;Attachment As…</source>
        <translation>Guardar &amp;adjunto como…</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>Ad&amp;juntos</translation>
    </message>
    <message>
        <source>Select a message to read it.</source>
        <translation>Seleccione un mensaje para leerlo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 bytes from %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · %4 bytes de %5</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>This message carries no original message (no message/rfc822 or text/rfc822-headers part).</source>
        <translation>Este mensaje no contiene ningún mensaje original (ninguna parte message/rfc822 ni text/rfc822-headers).</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cliente:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customer:&lt;/b&gt; Unattributed — no rule names a customer.</source>
        <translation>&lt;b&gt;Cliente:&lt;/b&gt; Sin atribuir — ninguna regla indica un cliente.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The message offers nothing that could name a customer.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;El mensaje no ofrece nada que pueda indicar un cliente.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Clues:&lt;/i&gt; %1</source>
        <translation>&lt;br&gt;&lt;i&gt;Pistas:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;The rules now say otherwise; it is updated when the history is attributed again (save a customer or the rules).&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Las reglas indican ahora otra cosa; se actualiza cuando se vuelve a atribuir el historial (al guardar un cliente o las reglas).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Save Original As</source>
        <translation>Guardar original como</translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>Mensajes de correo (*.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Save Attachment As</source>
        <translation>Guardar adjunto como</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReplyDialog</name>
    <message>
        <source>Reply for Case #%1</source>
        <translation>Respuesta para el caso n.º %1</translation>
    </message>
    <message>
        <source>&amp;Templates (for this problem first):</source>
        <translation>&amp;Plantillas (primero las de este problema):</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Plantillas de respuesta</translation>
    </message>
    <message>
        <source>&amp;Include the complainant&apos;s address and identifying headers</source>
        <translation>&amp;Incluir la dirección del reclamante y las cabeceras que lo identifican</translation>
    </message>
    <message>
        <source>Withheld by default: a list owner learns who complained only where the law and the contract allow it</source>
        <translation>Oculto de forma predeterminada: el propietario de una lista solo sabe quién presentó la queja cuando la ley y el contrato lo permiten</translation>
    </message>
    <message>
        <source>&amp;Deadline in</source>
        <translation>&amp;Fecha límite en</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Edit Template…</source>
        <translation>&amp;Editar plantilla…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Save &amp;Draft…</source>
        <translation>Guardar &amp;borrador…</translation>
    </message>
    <message>
        <source>Save the reply as an .eml draft and keep it in the case timeline</source>
        <translation>Guardar la respuesta como borrador .eml y conservarla en la cronología del caso</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the subject and text to the clipboard and keep the reply in the case timeline</source>
        <translation>Copiar el asunto y el texto al portapapeles y conservar la respuesta en la cronología del caso</translation>
    </message>
    <message>
        <source>Open in &amp;Mail Program</source>
        <translation>Abrir en el programa de co&amp;rreo</translation>
    </message>
    <message>
        <source>Start a new mail in the system&apos;s mail program and keep the reply in the case timeline</source>
        <translation>Iniciar un correo nuevo en el programa de correo del sistema y conservar la respuesta en la cronología del caso</translation>
    </message>
    <message>
        <source>%1 — to the %2</source>
        <translation>%1 — para el %2</translation>
    </message>
    <message>
        <source>complainant</source>
        <translation>reclamante</translation>
    </message>
    <message>
        <source>list owner</source>
        <translation>propietario de la lista</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <source>(no desk address)</source>
        <translation>(sin dirección del departamento)</translation>
    </message>
    <message>
        <source>(no contact: fill it in in the mail program)</source>
        <translation>(sin contacto: complételo en el programa de correo)</translation>
    </message>
    <message>
        <source>This template cannot be used until it is fixed (Edit Template…):
%1</source>
        <translation>Esta plantilla no se puede usar hasta que se corrija (Editar plantilla…):
%1</translation>
    </message>
    <message>
        <source>The reply was not kept in the case timeline: %1</source>
        <translation>La respuesta no se ha conservado en la cronología del caso: %1</translation>
    </message>
    <message>
        <source>Save Reply Draft</source>
        <translation>Guardar borrador de respuesta</translation>
    </message>
    <message>
        <source>Mail drafts (*.eml)</source>
        <translation>Borradores de correo (*.eml)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1 and kept in the case timeline.</source>
        <translation>Guardado en %1 y conservado en la cronología del caso.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard and kept in the case timeline.</source>
        <translation>Copiado al portapapeles y conservado en la cronología del caso.</translation>
    </message>
    <message>
        <source>No mail program could be started. Save the draft or copy the text instead.</source>
        <translation>No se ha podido iniciar ningún programa de correo. Guarde el borrador o copie el texto.</translation>
    </message>
    <message>
        <source>Handed to the mail program and kept in the case timeline.</source>
        <translation>Entregado al programa de correo y conservado en la cronología del caso.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::ReportDialog</name>
    <message>
        <source>Write Report</source>
        <translation>Escribir informe</translation>
    </message>
    <message>
        <source>Every customer (portfolio)</source>
        <translation>Todos los clientes (cartera)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Report on:</source>
        <translation>&amp;Informe sobre:</translation>
    </message>
    <message>
        <source>&amp;Management: internal, with notes, time, cost and revenue</source>
        <translation>&amp;Dirección: interno, con notas, tiempo, costes e ingresos</translation>
    </message>
    <message>
        <source>The &amp;customer: no internal notes or costs, complainants&apos; addresses redacted</source>
        <translation>El &amp;cliente: sin notas internas ni costes, direcciones de los reclamantes censuradas</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>PDF (charts, pages numbered)</source>
        <translation>PDF (gráficos, páginas numeradas)</translation>
    </message>
    <message>
        <source>HTML (one file, charts included)</source>
        <translation>HTML (un solo archivo, gráficos incluidos)</translation>
    </message>
    <message>
        <source>CSV (the figures, for a spreadsheet)</source>
        <translation>CSV (las cifras, para una hoja de cálculo)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>E&amp;scribir</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>management</source>
        <translation>interno</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message numerus="yes">
        <source>Every customer over %n day(s): who is above the lines, who is rising, who costs more than they bring.</source>
        <translation>
            <numerusform>Todos los clientes durante %n día: quién está por encima de los umbrales, quién va en aumento, quién cuesta más de lo que aporta.</numerusform>
            <numerusform>Todos los clientes durante %n días: quién está por encima de los umbrales, quién va en aumento, quién cuesta más de lo que aporta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s figures, charts, cases, complaints, opt-outs and decisions over %n day(s).</source>
        <translation>
            <numerusform>Las cifras, gráficos, casos, quejas, bajas y decisiones del cliente durante %n día.</numerusform>
            <numerusform>Las cifras, gráficos, casos, quejas, bajas y decisiones del cliente durante %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>Archivos %1 (*.%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>No se ha escrito el informe: %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <source>Reading the figures, then writing the report…</source>
        <translation>Leyendo las cifras y escribiendo el informe…</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TemplateEditorDialog</name>
    <message>
        <source>Reply Template</source>
        <translation>Plantilla de respuesta</translation>
    </message>
    <message>
        <source>lower-case letters, digits and dashes</source>
        <translation>minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>The list owner (customer)</source>
        <translation>El propietario de la lista (cliente)</translation>
    </message>
    <message>
        <source>The complainant</source>
        <translation>El reclamante</translation>
    </message>
    <message>
        <source>case categories it suits, e.g. complaint-rate, blocklist</source>
        <translation>categorías de caso a las que se aplica, p. ej., complaint-rate, blocklist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>&amp;Categorías:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Preview, filled from case #%1:</source>
        <translation>Vista previa, rellenada con el caso n.º %1:</translation>
    </message>
    <message>
        <source>Preview (no case: placeholders stay empty):</source>
        <translation>Vista previa (sin caso: los marcadores quedan vacíos):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Marcadores (doble clic para insertar):</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Reset to Shipped</source>
        <translation>&amp;Restablecer el original</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>(No preview: the template has errors, listed below.)</source>
        <translation>(Sin vista previa: la plantilla tiene errores, que se indican abajo.)</translation>
    </message>
    <message>
        <source>Not saved: fix the errors first, so that no reply goes out with a gap.</source>
        <translation>No guardado: corrija primero los errores, para que ninguna respuesta salga con un hueco.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se ha guardado “%1”.</translation>
    </message>
    <message>
        <source>The shipped text is back; Save keeps it.</source>
        <translation>Se ha restaurado el texto original; Guardar lo conserva.</translation>
    </message>
    <message>
        <source>Import Reply Template</source>
        <translation>Importar plantilla de respuesta</translation>
    </message>
    <message>
        <source>Reply templates (*.txt);;All files (*)</source>
        <translation>Plantillas de respuesta (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>No se ha importado %1: %2</translation>
    </message>
    <message>
        <source>Imported from %1; Save keeps it.</source>
        <translation>Importado de %1; Guardar lo conserva.</translation>
    </message>
    <message>
        <source>Export Reply Template</source>
        <translation>Exportar plantilla de respuesta</translation>
    </message>
    <message>
        <source>Reply templates (*.txt)</source>
        <translation>Plantillas de respuesta (*.txt)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s):</source>
        <translation>
            <numerusform>%n error:</numerusform>
            <numerusform>%n errores:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TriageTableModel</name>
    <message>
        <source>Escalated complaint</source>
        <translation>Queja escalada</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Feedback report</source>
        <translation>Informe de feedback</translation>
    </message>
    <message>
        <source>Feedback reports</source>
        <translation>Informes de feedback</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Blocklist notice</source>
        <translation>Aviso de lista de bloqueo</translation>
    </message>
    <message>
        <source>Unsubscribe request</source>
        <translation>Solicitud de baja</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>Feedback reports ×%1</source>
        <translation>Informes de feedback ×%1</translation>
    </message>
    <message>
        <source>Finding: Address reputation</source>
        <translation>Hallazgo: reputación de la dirección</translation>
    </message>
    <message>
        <source>Finding: Mail after a complaint</source>
        <translation>Hallazgo: correo tras una queja</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Hallazgo: %1</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>In a case</source>
        <translation>En un caso</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>your own sending addresses</source>
        <translation>sus propias direcciones de envío</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
    <message>
        <source>Legal · %1</source>
        <translation>Legal · %1</translation>
    </message>
    <message>
        <source>Acknowledge by %1</source>
        <translation>Acusar recibo antes del %1</translation>
    </message>
    <message>
        <source>Written in a legal tone: route it to whoever answers legal matters.</source>
        <translation>Escrito en tono jurídico: diríjalo a quien responda de los asuntos legales.</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, a %2</translation>
    </message>
    <message>
        <source>%1, legal tone</source>
        <translation>%1, tono jurídico</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Informante</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Subject or summary</source>
        <translation>Asunto o resumen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
</context>
<context>
    <name>abusedesk::gui::TriageView</name>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Search subject, sender and text</source>
        <translation>Buscar en asunto, remitente y texto</translation>
    </message>
    <message>
        <source>Search subject, sender and text: words, &quot;a phrase&quot;, prefix* (Ctrl+F)</source>
        <translation>Buscar en asunto, remitente y texto: palabras, &quot;una frase&quot;, prefijo* (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Legal only</source>
        <translation>Solo &amp;legales</translation>
    </message>
    <message>
        <source>Only reports written in a legal tone</source>
        <translation>Solo informes escritos en tono jurídico</translation>
    </message>
    <message>
        <source>Include &amp;handled</source>
        <translation>Incluir &amp;gestionados</translation>
    </message>
    <message>
        <source>Also acknowledged items, noise and items already in a case</source>
        <translation>También los elementos confirmados, el ruido y los elementos que ya están en un caso</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Role account</source>
        <translation>Cuenta de rol</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Informante</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido desde</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Recibido hasta</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Role &amp;account:</source>
        <translation>Cuenta de &amp;rol:</translation>
    </message>
    <message>
        <source>Re&amp;porter:</source>
        <translation>&amp;Informante:</translation>
    </message>
    <message>
        <source>Recei&amp;ver:</source>
        <translation>Rece&amp;ptor:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Triage queue</source>
        <translation>Cola de triaje</translation>
    </message>
    <message>
        <source>overdue by 88 h 88 min</source>
        <translation>vencido hace 88 h 88 min</translation>
    </message>
    <message>
        <source>Legal · Escalated complaint</source>
        <translation>Legal · Queja escalada</translation>
    </message>
    <message>
        <source>Numbers of the selected cluster or finding</source>
        <translation>Cifras del grupo o hallazgo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmar recepción</translation>
    </message>
    <message>
        <source>Acknowledge the selected items: they leave the queue (A)</source>
        <translation>Confirmar la recepción de los elementos seleccionados: salen de la cola (A)</translation>
    </message>
    <message>
        <source>Mark as &amp;Noise</source>
        <translation>Marcar como &amp;ruido</translation>
    </message>
    <message>
        <source>Attribute to C&amp;ustomer…</source>
        <translation>Atribuir a c&amp;liente…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>Abrir ca&amp;so…</translation>
    </message>
    <message>
        <source>A&amp;ttach to Case…</source>
        <translation>Ad&amp;juntar a caso…</translation>
    </message>
    <message>
        <source>&amp;Dismiss Finding…</source>
        <translation>&amp;Descartar hallazgo…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Search the Queue</source>
        <translation>&amp;Buscar en la cola</translation>
    </message>
    <message>
        <source>&amp;Look for Findings Again</source>
        <translation>&amp;Volver a buscar hallazgos</translation>
    </message>
    <message>
        <source>No case database is open.</source>
        <translation>No hay ninguna base de datos de casos abierta.</translation>
    </message>
    <message>
        <source>No case database is open</source>
        <translation>No hay ninguna base de datos de casos abierta</translation>
    </message>
    <message>
        <source>Create one with File ▸ New Case Database or open one with File ▸ Open.</source>
        <translation>Cree una con Archivo ▸ Nueva base de datos de casos o abra una con Archivo ▸ Abrir.</translation>
    </message>
    <message>
        <source>%1. Search for words, &quot;a phrase&quot; in double quotes, or the start of a word followed by *.</source>
        <translation>%1. Busque palabras, &quot;una frase&quot; entre comillas dobles, o el comienzo de una palabra seguido de *.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>No se ha podido leer la cola: %1</translation>
    </message>
    <message>
        <source>The search cannot be read</source>
        <translation>No se puede interpretar la búsqueda</translation>
    </message>
    <message>
        <source>Change the search above, or clear the filters.</source>
        <translation>Cambie la búsqueda de arriba o borre los filtros.</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Nada coincide con estos filtros</translation>
    </message>
    <message>
        <source>Nothing in the queue fits the search and facets above. Clear them to see everything that waits for you%1.</source>
        <translation>Nada en la cola coincide con la búsqueda y las facetas de arriba. Bórrelas para ver todo lo que le espera%1.</translation>
    </message>
    <message>
        <source>, or tick Include handled to search what was handled too</source>
        <translation>, o marque Incluir gestionados para buscar también en lo ya gestionado</translation>
    </message>
    <message>
        <source>Nothing waits for you</source>
        <translation>No tiene nada pendiente</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Import the mail of your role accounts (File ▸ Import Files…, or drop files on the window): complaints, feedback reports and notices that need a human wait here, most urgent first.</source>
        <translation>Aún no se ha importado nada. Importe el correo de sus cuentas de rol (Archivo ▸ Importar archivos…, o arrastre archivos a la ventana): las quejas, los informes de feedback y los avisos que necesitan a una persona esperan aquí, los más urgentes primero.</translation>
    </message>
    <message>
        <source>Every report has been handled. New complaints, feedback reports and notices join the queue when you import mail (File ▸ Import Files…, or drop files on the window); automatic findings join it when the data shows a problem. What was handled is under Include handled.</source>
        <translation>Se han gestionado todos los informes. Las quejas, los informes de feedback y los avisos nuevos se añaden a la cola cuando importa correo (Archivo ▸ Importar archivos…, o arrastre archivos a la ventana); los hallazgos automáticos se añaden cuando los datos muestran un problema. Lo ya gestionado está en Incluir gestionados.</translation>
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
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Feedback reports (clusters)</source>
        <translation>Informes de feedback (agrupados)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Any role account</source>
        <translation>Cualquier cuenta de rol</translation>
    </message>
    <message>
        <source>Any reporter</source>
        <translation>Cualquier informante</translation>
    </message>
    <message>
        <source>Any receiver</source>
        <translation>Cualquier receptor</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencidos</translation>
    </message>
    <message>
        <source>%1 in a legal tone</source>
        <translation>%1 en tono jurídico</translation>
    </message>
    <message>
        <source>looking for automatic findings…</source>
        <translation>buscando hallazgos automáticos…</translation>
    </message>
    <message>
        <source>this message</source>
        <translation>este mensaje</translation>
    </message>
    <message>
        <source>&amp;Undo Dismissal of the Finding</source>
        <translation>&amp;Deshacer el descarte del hallazgo</translation>
    </message>
    <message>
        <source>&amp;Undo Dismissal of %1 Findings</source>
        <translation>&amp;Deshacer el descarte de %1 hallazgos</translation>
    </message>
    <message>
        <source>&amp;%1</source>
        <translation>&amp;%1</translation>
    </message>
    <message>
        <source>no customer yet</source>
        <translation>aún sin cliente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feedback reports ×%1&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;&lt;i&gt;The newest report is below. Acknowledge (A), Noise (N), Open Case (C) and Attach (T) act on every report of the cluster.&lt;/i&gt;</source>
        <translation>&lt;b&gt;Informes de feedback ×%1&lt;/b&gt;&lt;br&gt;%2.&lt;br&gt;&lt;i&gt;El informe más reciente está abajo. Confirmar recepción (A), Ruido (N), Abrir caso (C) y Adjuntar (T) actúan sobre todos los informes del grupo.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Counted from the delivery data (%1 items); no messages are linked to it.</source>
        <translation>Calculado a partir de los datos de entrega (%1 elementos); no tiene mensajes vinculados.</translation>
    </message>
    <message>
        <source>%1 messages behind it; a case opened from it links them.</source>
        <translation>%1 mensajes en los que se basa; un caso abierto a partir de él los vincula.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Open a case (C) to act on it, or dismiss it (D) with a reason.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3&lt;br&gt;%4&lt;br&gt;&lt;i&gt;Abra un caso (C) para actuar, o descártelo (D) con un motivo.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Select the items to act on first.</source>
        <translation>Seleccione primero los elementos sobre los que actuar.</translation>
    </message>
    <message>
        <source>These findings have no messages to act on: open a case (C) or dismiss them (D).</source>
        <translation>Estos hallazgos no tienen mensajes sobre los que actuar: abra un caso (C) o descártelos (D).</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>No ha funcionado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (y %2 más)</translation>
    </message>
    <message>
        <source>The case could not be opened: %1</source>
        <translation>No se ha podido abrir el caso: %1</translation>
    </message>
    <message>
        <source>Dismiss Finding</source>
        <translation>Descartar hallazgo</translation>
    </message>
    <message>
        <source>Why is this not a problem? The finding is not proposed again; Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Por qué no es un problema? El hallazgo no se vuelve a proponer; Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>A finding is dismissed with a reason; nothing was dismissed.</source>
        <translation>Un hallazgo se descarta con un motivo; no se ha descartado nada.</translation>
    </message>
    <message>
        <source>The finding could not be dismissed: %1</source>
        <translation>No se ha podido descartar el hallazgo: %1</translation>
    </message>
    <message>
        <source>Finding dismissed: %1</source>
        <translation>Hallazgo descartado: %1</translation>
    </message>
    <message>
        <source>%1 findings dismissed: %2</source>
        <translation>%1 hallazgos descartados: %2</translation>
    </message>
    <message>
        <source>The finding could not be restored: %1</source>
        <translation>No se ha podido restaurar el hallazgo: %1</translation>
    </message>
    <message>
        <source>The finding is proposed again.</source>
        <translation>El hallazgo se vuelve a proponer.</translation>
    </message>
    <message>
        <source>%1 findings are proposed again.</source>
        <translation>%1 hallazgos se vuelven a proponer.</translation>
    </message>
    <message>
        <source>That could not be undone: %1</source>
        <translation>No se ha podido deshacer: %1</translation>
    </message>
    <message>
        <source>automatic findings could not be computed: %1</source>
        <translation>no se han podido calcular los hallazgos automáticos: %1</translation>
    </message>
    <message>
        <source>findings over %1 – %2</source>
        <translation>hallazgos del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>abusedesk::importing</name>
    <message>
        <source>the compressed data is damaged after %1 lines: %2</source>
        <translation>los datos comprimidos están dañados después de %1 líneas: %2</translation>
    </message>
    <message>
        <source>the compressed data is damaged after %1 lines: it ends early (the file is cut off)</source>
        <translation>los datos comprimidos están dañados después de %1 líneas: terminan antes de tiempo (el archivo está cortado)</translation>
    </message>
    <message>
        <source>a column mapping needs a name</source>
        <translation>una asignación de columnas necesita un nombre</translation>
    </message>
    <message>
        <source>a table whose columns no saved profile maps: choose or create a column mapping (abusedesk-cli import --profile FILE.json)</source>
        <translation>una tabla cuyas columnas no asigna ningún perfil guardado: elija o cree una asignación de columnas (abusedesk-cli import --profile FILE.json)</translation>
    </message>
    <message>
        <source>cannot start the import: %1</source>
        <translation>no se puede iniciar la importación: %1</translation>
    </message>
    <message>
        <source>the database refused the import: %1</source>
        <translation>la base de datos rechazó la importación: %1</translation>
    </message>
    <message>
        <source>the database refused %1: %2</source>
        <translation>la base de datos rechazó %1: %2</translation>
    </message>
    <message>
        <source>the database refused an update: %1</source>
        <translation>la base de datos rechazó una actualización: %1</translation>
    </message>
    <message>
        <source>the database refused the changes: %1</source>
        <translation>la base de datos rechazó los cambios: %1</translation>
    </message>
</context>
<context>
    <name>abusedesk::importing::ImportJobsModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>estimando…</translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>quedan %1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelled: %1 stored</source>
        <translation>Cancelado: %1 almacenados</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 stored, %2 duplicates, %3 rejected</source>
        <translation>%1 almacenados, %2 duplicados, %3 rechazados</translation>
    </message>
    <message>
        <source>, tables to map: %1</source>
        <translation>, tablas por asignar: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>abusedesk::mail::MailSourceReader</name>
    <message>
        <source>the file or folder does not exist</source>
        <translation>el archivo o la carpeta no existe</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>la carpeta no contiene archivos</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>cannot decompress the file: %1</source>
        <translation>no se puede descomprimir el archivo: %1</translation>
    </message>
    <message>
        <source>the compressed data is damaged: %1</source>
        <translation>los datos comprimidos están dañados: %1</translation>
    </message>
    <message>
        <source>the compressed data is damaged: it ends early (the file is cut off)</source>
        <translation>los datos comprimidos están dañados: terminan antes de tiempo (el archivo está cortado)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the message is larger than 256 MB</source>
        <translation>el mensaje ocupa más de 256 MB</translation>
    </message>
    <message>
        <source>not mail: neither an mbox file (first line &quot;From …&quot;) nor a message (header lines); it starts with &quot;%1&quot;</source>
        <translation>no es correo: ni un archivo mbox (primera línea &quot;From …&quot;) ni un mensaje (líneas de cabecera); empieza por &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty message between two From_ lines</source>
        <translation>mensaje vacío entre dos líneas From_</translation>
    </message>
</context>
<context>
    <name>abusedesk::storage::Database</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an AbuseDesk case database.</source>
        <translation>%1 es un archivo vacío, no una base de datos de casos de AbuseDesk.</translation>
    </message>
    <message>
        <source>%1 is not an AbuseDesk case database: it is not an SQLite file.</source>
        <translation>%1 no es una base de datos de casos de AbuseDesk: no es un archivo SQLite.</translation>
    </message>
    <message>
        <source>SQLite cannot read %1: %2. The file was left unchanged.</source>
        <translation>SQLite no puede leer %1: %2. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of AbuseDesk (schema %2; this program knows schema %3). Update AbuseDesk to open it; the file was left unchanged.</source>
        <translation>%1 se escribió con una versión más reciente de AbuseDesk (esquema %2; este programa conoce el esquema %3). Actualice AbuseDesk para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an AbuseDesk case database; it was left unchanged.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no una base de datos de casos de AbuseDesk; no se ha modificado.</translation>
    </message>
    <message>
        <source>No case database file was given.</source>
        <translation>No se ha indicado ningún archivo de base de datos de casos.</translation>
    </message>
    <message>
        <source>%1 already exists; AbuseDesk does not overwrite files. Choose a new file name.</source>
        <translation>%1 ya existe; AbuseDesk no sobrescribe archivos. Elija un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder or a device, not a case database file.</source>
        <translation>%1 es una carpeta o un dispositivo, no un archivo de base de datos de casos.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <source>SQLite cannot open %1: %2.</source>
        <translation>SQLite no puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2.</source>
        <translation>No se puede leer la versión del esquema de %1: %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2.</source>
        <translation>No se puede actualizar %1: %2.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3.</source>
        <translation>No se puede actualizar %1 al esquema %2: %3.</translation>
    </message>
    <message>
        <source>unknown policy key &quot;%1&quot; (known: %2)</source>
        <translation>clave de política desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <source>the value of %1 is not JSON: %2</source>
        <translation>el valor de %1 no es JSON: %2</translation>
    </message>
    <message>
        <source>%1 must be %2, like %3</source>
        <translation>%1 debe ser %2, como %3</translation>
    </message>
    <message>
        <source>a JSON list</source>
        <translation>una lista JSON</translation>
    </message>
    <message>
        <source>the same kind of value</source>
        <translation>el mismo tipo de valor</translation>
    </message>
    <message>
        <source>log_time_zone: “%1” is not a time zone (such as UTC or Europe/Berlin)</source>
        <translation>log_time_zone: “%1” no es una zona horaria (como UTC o Europe/Madrid)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Attribute the history to customers again, or say why an item is theirs</source>
        <translation>Volver a atribuir el historial a los clientes, o explicar por qué un elemento es suyo</translation>
    </message>
    <message>
        <source>Import, export or list the customers and their identifiers</source>
        <translation>Importar, exportar o listar los clientes y sus identificadores</translation>
    </message>
    <message>
        <source>Cases and their timelines; ladder decisions</source>
        <translation>Casos y sus cronologías; decisiones de la escala</translation>
    </message>
    <message>
        <source>What each message is, as JSON lines; no database</source>
        <translation>Qué es cada mensaje, como líneas JSON; sin base de datos</translation>
    </message>
    <message>
        <source>Write a synthetic case with its expected results</source>
        <translation>Escribir un caso sintético con sus resultados esperados</translation>
    </message>
    <message>
        <source>The stored bytes of one message</source>
        <translation>Los bytes almacenados de un mensaje</translation>
    </message>
    <message>
        <source>The automatic findings: rates above the lines, listings, mail after opt-outs</source>
        <translation>Los hallazgos automáticos: tasas por encima de los umbrales, inclusiones, correo tras bajas</translation>
    </message>
    <message>
        <source>What one recipient got: messages, campaigns, opt-outs</source>
        <translation>Qué recibió un destinatario: mensajes, campañas, bajas</translation>
    </message>
    <message>
        <source>Import mail and delivery logs into a case database</source>
        <translation>Importar correo y logs de entrega en una base de datos de casos</translation>
    </message>
    <message>
        <source>Create an empty case database</source>
        <translation>Crear una base de datos de casos vacía</translation>
    </message>
    <message>
        <source>Enter a blocklist listing by hand, or show the listings</source>
        <translation>Introducir manualmente una inclusión en lista de bloqueo, o mostrar las inclusiones</translation>
    </message>
    <message>
        <source>Show or change the policy (role accounts, trusted reporters …)</source>
        <translation>Mostrar o cambiar la política (cuentas de rol, informantes de confianza …)</translation>
    </message>
    <message>
        <source>The triage queue, its facets and search; acknowledge or mark noise</source>
        <translation>La cola de triaje, sus facetas y su búsqueda; confirmar recepción o marcar como ruido</translation>
    </message>
    <message>
        <source>Which mailbox provider each recipient domain belongs to</source>
        <translation>A qué proveedor de correo pertenece cada dominio de destinatario</translation>
    </message>
    <message>
        <source>Classify stored evidence again with the current policy</source>
        <translation>Reclasificar las evidencias almacenadas con la política actual</translation>
    </message>
    <message>
        <source>A customer&apos;s issue history or the portfolio, as PDF, CSV or HTML</source>
        <translation>El historial de incidencias de un cliente o la cartera, como PDF, CSV o HTML</translation>
    </message>
    <message>
        <source>Row counts per table of a case database</source>
        <translation>Número de filas por tabla de una base de datos de casos</translation>
    </message>
    <message>
        <source>AbuseDesk on the command line: the case database without the window.</source>
        <translation>AbuseDesk en la línea de comandos: la base de datos de casos sin la ventana.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;abusedesk-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;abusedesk-cli COMANDO --help&apos; para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>comando &apos;%1&apos; desconocido.</translation>
    </message>
    <message>
        <source>The case database file.</source>
        <translation>El archivo de la base de datos de casos.</translation>
    </message>
    <message>
        <source>Say why this message (evidence id) belongs to its customer.</source>
        <translation>Explicar por qué este mensaje (id de evidencia) pertenece a su cliente.</translation>
    </message>
    <message>
        <source>Say why this delivery (its id) belongs to its customer.</source>
        <translation>Explicar por qué esta entrega (su id) pertenece a su cliente.</translation>
    </message>
    <message>
        <source>List the messages no rule attributes (noise left out), with what could identify them.</source>
        <translation>Listar los mensajes que ninguna regla atribuye (sin contar el ruido), con lo que podría identificarlos.</translation>
    </message>
    <message>
        <source>List the attributed messages whose rules disagree (another rule named someone else).</source>
        <translation>Listar los mensajes atribuidos cuyas reglas discrepan (otra regla indicó a otro cliente).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <source>Attribute the history to customers again, or explain an attribution.</source>
        <translation>Volver a atribuir el historial a los clientes, o explicar una atribución.</translation>
    </message>
    <message>
        <source>--%1 wants an id (a positive number).</source>
        <translation>--%1 requiere un id (un número positivo).</translation>
    </message>
    <message>
        <source>there is no message with evidence id %1.</source>
        <translation>no existe ningún mensaje con el id de evidencia %1.</translation>
    </message>
    <message>
        <source>there is no delivery with id %1.</source>
        <translation>no existe ninguna entrega con el id %1.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 (%3).</source>
        <translation>%1 pertenece a %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not attributed.</source>
        <translation>%1 no está atribuido.</translation>
    </message>
    <message>
        <source>  The stored attribution is older than the rules: run &apos;abusedesk-cli attribute&apos;.</source>
        <translation>  La atribución almacenada es anterior a las reglas: ejecute &apos;abusedesk-cli attribute&apos;.</translation>
    </message>
    <message>
        <source>%1 messages with disagreeing rules.</source>
        <translation>%1 mensajes con reglas discrepantes.</translation>
    </message>
    <message>
        <source>%1 unattributed messages.</source>
        <translation>%1 mensajes sin atribuir.</translation>
    </message>
    <message>
        <source>nothing that could identify a customer</source>
        <translation>nada que pueda identificar a un cliente</translation>
    </message>
    <message>
        <source>attributing: %1 %</source>
        <translation>atribuyendo: %1 %</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(sin atribuir)</translation>
    </message>
    <message>
        <source>%1 items examined in %2 s: %3 changed, %4 moved to another customer.</source>
        <translation>%1 elementos examinados en %2 s: %3 modificados, %4 pasados a otro cliente.</translation>
    </message>
    <message>
        <source>  %1 → %2: %3 messages, %4 deliveries, %5 opt-outs, %6 listings</source>
        <translation>  %1 → %2: %3 mensajes, %4 entregas, %5 bajas, %6 inclusiones</translation>
    </message>
    <message>
        <source>%1 messages unattributed, %2 with disagreeing rules.</source>
        <translation>%1 mensajes sin atribuir, %2 con reglas discrepantes.</translation>
    </message>
    <message>
        <source>export: write to this file instead of standard output.</source>
        <translation>export: escribir en este archivo en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>list: print the customers as JSON.</source>
        <translation>list: imprimir los clientes como JSON.</translation>
    </message>
    <message>
        <source>import FILE.csv, export or list.</source>
        <translation>import FILE.csv, export o list.</translation>
    </message>
    <message>
        <source>The customers (list owners) and their identifiers, as customers.csv.</source>
        <translation>Los clientes (propietarios de listas) y sus identificadores, como customers.csv.</translation>
    </message>
    <message>
        <source>say what to do: import FILE.csv, export or list.</source>
        <translation>indique qué hacer: import FILE.csv, export o list.</translation>
    </message>
    <message>
        <source>import wants one CSV file.</source>
        <translation>import requiere un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 line %2: %3%4</source>
        <translation>%1 línea %2: %3%4</translation>
    </message>
    <message>
        <source>Customers: %1 added, %2 updated, %3 rows rejected.</source>
        <translation>Clientes: %1 añadidos, %2 actualizados, %3 filas rechazadas.</translation>
    </message>
    <message>
        <source>Attributed again: %1 items examined, %2 moved.</source>
        <translation>Atribuido de nuevo: %1 elementos examinados, %2 cambiados de cliente.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 customers written to %2.</source>
        <translation>%1 clientes escritos en %2.</translation>
    </message>
    <message>
        <source>Figures over %1 to %2 (UTC).</source>
        <translation>Cifras del %1 al %2 (UTC).</translation>
    </message>
    <message>
        <source>%1  %2  %3, step %4: %5 complaints, complaint rate %6 %, hard bounces %7 %, %8 identifiers</source>
        <translation>%1  %2  %3, nivel %4: %5 quejas, tasa de quejas %6 %, rebotes duros %7 %, %8 identificadores</translation>
    </message>
    <message>
        <source>Print one JSON object per message.</source>
        <translation>Imprimir un objeto JSON por mensaje.</translation>
    </message>
    <message>
        <source>Another role account (local part or address), besides postmaster, abuse, hostmaster, privacy, legal and webmaster. Repeatable.</source>
        <translation>Otra cuenta de rol (parte local o dirección), además de postmaster, abuse, hostmaster, privacy, legal y webmaster. Se puede repetir.</translation>
    </message>
    <message>
        <source>An address or domain whose complaints are escalated. Repeatable.</source>
        <translation>Una dirección o un dominio cuyas quejas se escalan. Se puede repetir.</translation>
    </message>
    <message>
        <source>EML files, mbox files or Maildir folders.</source>
        <translation>Archivos EML, archivos mbox o carpetas Maildir.</translation>
    </message>
    <message>
        <source>Classify mail without touching a database.</source>
        <translation>Clasificar correo sin tocar ninguna base de datos.</translation>
    </message>
    <message>
        <source>give at least one file or folder.</source>
        <translation>indique al menos un archivo o una carpeta.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Try &apos;abusedesk-cli %1 --help&apos;.</source>
        <translation>Pruebe &apos;abusedesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>--db FILE es obligatorio.</translation>
    </message>
    <message>
        <source>The folder to write into (created if missing; must be empty).</source>
        <translation>La carpeta en la que escribir (se crea si no existe; debe estar vacía).</translation>
    </message>
    <message>
        <source>The seed: the same seed and scale give the same files (default 1).</source>
        <translation>La semilla: la misma semilla y la misma escala dan los mismos archivos (valor predeterminado: 1).</translation>
    </message>
    <message>
        <source>Multiplies every message count and the delivery volume, 1 to %1 (default 1: a few hundred messages and some 35,000 logged deliveries; the logs take about 100 MB of memory per unit).</source>
        <translation>Multiplica cada número de mensajes y el volumen de entregas, de 1 a %1 (valor predeterminado 1: unos cientos de mensajes y unas 35.000 entregas registradas; los logs ocupan unos 100 MB de memoria por unidad).</translation>
    </message>
    <message>
        <source>Print what was written as JSON.</source>
        <translation>Imprimir lo escrito como JSON.</translation>
    </message>
    <message>
        <source>Write a synthetic abuse-desk case: customers.csv, role-accounts.mbox, fbl.mbox, bounces.mbox, the delivery logs that go with them in logs/ (Postfix mail.log.2.gz, mail.log.1 and mail.log; Exim mainlog; PowerMTA acct-*.csv; the API platform&apos;s sendlog.csv with its column mapping sendlog-profile.json; optouts.csv, seeds.csv, blocklist.csv), and expected.json, which says what each message is and what the logs hold. Log times are UTC.</source>
        <translation>Escribir un caso sintético de abuse desk: customers.csv, role-accounts.mbox, fbl.mbox, bounces.mbox, los logs de entrega correspondientes en logs/ (Postfix mail.log.2.gz, mail.log.1 y mail.log; Exim mainlog; PowerMTA acct-*.csv; el sendlog.csv de la plataforma de API con su asignación de columnas sendlog-profile.json; optouts.csv, seeds.csv, blocklist.csv), y expected.json, que indica qué es cada mensaje y qué contienen los logs. Las horas de los logs están en UTC.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;.</source>
        <translation>argumento inesperado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR es obligatorio.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1.</source>
        <translation>--seed debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1.</source>
        <translation>--scale debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 is not empty; give a new or empty folder.</source>
        <translation>%1 no está vacía; indique una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>cannot create the folder %1.</source>
        <translation>no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Wrote a demo case (seed %1, scale %2) into %3:</source>
        <translation>Se ha escrito un caso de demostración (semilla %1, escala %2) en %3:</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n cliente</numerusform>
            <numerusform>%n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expectations for %n message(s) and the logs</source>
        <translation>
            <numerusform>resultados esperados para %n mensaje y los logs</numerusform>
            <numerusform>resultados esperados para %n mensajes y los logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery attempt(s)</source>
        <translation>
            <numerusform>%n intento de entrega</numerusform>
            <numerusform>%n intentos de entrega</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opt-out(s)</source>
        <translation>
            <numerusform>%n baja</numerusform>
            <numerusform>%n bajas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seed result(s)</source>
        <translation>
            <numerusform>%n resultado de semilla</numerusform>
            <numerusform>%n resultados de semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listing(s)</source>
        <translation>
            <numerusform>%n inclusión</numerusform>
            <numerusform>%n inclusiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>column mapping of %n column(s)</source>
        <translation>
            <numerusform>asignación de columnas de %n columna</numerusform>
            <numerusform>asignación de columnas de %n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages by kind:</source>
        <translation>Mensajes por tipo:</translation>
    </message>
    <message>
        <source>The evidence&apos;s SHA-256 (hex).</source>
        <translation>El SHA-256 de la evidencia (hex).</translation>
    </message>
    <message>
        <source>Write the bytes to FILE instead of standard output.</source>
        <translation>Escribir los bytes en FILE en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>Give back a stored message exactly as it was imported.</source>
        <translation>Devolver un mensaje almacenado exactamente como se importó.</translation>
    </message>
    <message>
        <source>--sha256 needs 64 hexadecimal digits.</source>
        <translation>--sha256 requiere 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>no evidence with SHA-256 %1 in %2.</source>
        <translation>no hay ninguna evidencia con el SHA-256 %1 en %2.</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>no se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD; default: 29 days before --to).</source>
        <translation>Primer día UTC (AAAA-MM-DD; valor predeterminado: 29 días antes de --to).</translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD; default: the last day with data).</source>
        <translation>Último día UTC (AAAA-MM-DD; valor predeterminado: el último día con datos).</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Imprimir los hallazgos como JSON.</translation>
    </message>
    <message>
        <source>The automatic findings over a period: complaint rates, hard bounces and spam bounces above the policy lines, sending addresses with a poor reputation, blocklist listings, spam-trap hits, mail after opt-outs and after complaints.</source>
        <translation>Los hallazgos automáticos de un periodo: tasas de quejas, rebotes duros y rebotes por spam por encima de los umbrales de la política, direcciones de envío con mala reputación, inclusiones en listas de bloqueo, impactos en trampas de spam, correo tras bajas y tras quejas.</translation>
    </message>
    <message>
        <source>--%1 wants a day as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 requiere un día con el formato AAAA-MM-DD, no &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--to comes before --from.</source>
        <translation>--to es anterior a --from.</translation>
    </message>
    <message>
        <source>No data yet: import mail and delivery logs first.</source>
        <translation>Aún no hay datos: importe primero el correo y los logs de entrega.</translation>
    </message>
    <message>
        <source>Findings from %1 to %2 (UTC): %3</source>
        <translation>Hallazgos del %1 al %2 (UTC): %3</translation>
    </message>
    <message>
        <source>none.</source>
        <translation>ninguno.</translation>
    </message>
    <message>
        <source> (evidence: %1)</source>
        <translation> (evidencia: %1)</translation>
    </message>
    <message>
        <source>The customer (external id or id).</source>
        <translation>El cliente (id externo o id).</translation>
    </message>
    <message>
        <source>List only open and waiting cases.</source>
        <translation>Listar solo los casos abiertos y en espera.</translation>
    </message>
    <message>
        <source>Show one case with its timeline.</source>
        <translation>Mostrar un caso con su cronología.</translation>
    </message>
    <message>
        <source>Open a case (with --category, --customer, --severity, --title, --evidence).</source>
        <translation>Abrir un caso (con --category, --customer, --severity, --title, --evidence).</translation>
    </message>
    <message>
        <source>The case category (complaint-rate, hard-bounces, …).</source>
        <translation>La categoría del caso (complaint-rate, hard-bounces, …).</translation>
    </message>
    <message>
        <source>1 (critical) to 4 (low); default 3.</source>
        <translation>1 (crítica) a 4 (baja); valor predeterminado: 3.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>El título del caso.</translation>
    </message>
    <message>
        <source>Evidence ids to link (comma-separated).</source>
        <translation>Ids de evidencia que vincular (separados por comas).</translation>
    </message>
    <message>
        <source>Add a note (--text) to a case.</source>
        <translation>Añadir una nota (--text) a un caso.</translation>
    </message>
    <message>
        <source>Log time on a case (--minutes, --text).</source>
        <translation>Registrar tiempo en un caso (--minutes, --text).</translation>
    </message>
    <message>
        <source>Minutes spent.</source>
        <translation>Minutos dedicados.</translation>
    </message>
    <message>
        <source>Change a case&apos;s status (--to, --outcome, --text).</source>
        <translation>Cambiar el estado de un caso (--to, --outcome, --text).</translation>
    </message>
    <message>
        <source>The new status (open, waiting-on-customer, resolved, closed).</source>
        <translation>El nuevo estado (open, waiting-on-customer, resolved, closed).</translation>
    </message>
    <message>
        <source>The outcome (educated, warned, suspended, terminated, no-action).</source>
        <translation>El resultado (educated, warned, suspended, terminated, no-action).</translation>
    </message>
    <message>
        <source>Move --customer to a ladder step (0-4) with a reason (--text).</source>
        <translation>Mover a --customer a un nivel de la escala (0-4) con un motivo (--text).</translation>
    </message>
    <message>
        <source>The case a ladder decision is taken in.</source>
        <translation>El caso en el que se toma una decisión de la escala.</translation>
    </message>
    <message>
        <source>The note, activity or reason.</source>
        <translation>La nota, la actividad o el motivo.</translation>
    </message>
    <message>
        <source>Cases: list, show with the timeline, open, add notes and time, change the status; the escalation ladder of a customer.</source>
        <translation>Casos: listar, mostrar con la cronología, abrir, añadir notas y tiempo, cambiar el estado; la escala de sanciones de un cliente.</translation>
    </message>
    <message>
        <source>There is no customer &apos;%1&apos;.</source>
        <translation>No existe el cliente &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Caso %1 abierto.</translation>
    </message>
    <message>
        <source>--ladder needs --customer.</source>
        <translation>--ladder requiere --customer.</translation>
    </message>
    <message>
        <source>Now at %1 (%2).</source>
        <translation>Ahora en %1 (%2).</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Caso %1: %2</translation>
    </message>
    <message>
        <source>  %1, severity %2, %3%4, customer %5, %6 evidence items, %7 minutes</source>
        <translation>  %1, gravedad %2, %3%4, cliente %5, %6 evidencias, %7 minutos</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>No hay casos.</translation>
    </message>
    <message>
        <source>Only this kind (a message kind, feedback-cluster or finding).</source>
        <translation>Solo este tipo (un tipo de mensaje, feedback-cluster o finding).</translation>
    </message>
    <message>
        <source>Only this customer (external id or id; &quot;none&quot;: unattributed).</source>
        <translation>Solo este cliente (id externo o id; &quot;none&quot;: sin atribuir).</translation>
    </message>
    <message>
        <source>Only mail that reached this role account.</source>
        <translation>Solo el correo que llegó a esta cuenta de rol.</translation>
    </message>
    <message>
        <source>Only reports from this address.</source>
        <translation>Solo los informes de esta dirección.</translation>
    </message>
    <message>
        <source>Only reports about this receiver (domain).</source>
        <translation>Solo los informes sobre este receptor (dominio).</translation>
    </message>
    <message>
        <source>Received on or after this UTC day (YYYY-MM-DD).</source>
        <translation>Recibido este día UTC o después (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Received on or before this UTC day.</source>
        <translation>Recibido este día UTC o antes.</translation>
    </message>
    <message>
        <source>Words in the subject, sender or text (SQLite FTS5 syntax allowed).</source>
        <translation>Palabras del asunto, el remitente o el texto (se admite la sintaxis FTS5 de SQLite).</translation>
    </message>
    <message>
        <source>Only items in a legal tone.</source>
        <translation>Solo los elementos en tono jurídico.</translation>
    </message>
    <message>
        <source>Include acknowledged, noise and in-case items.</source>
        <translation>Incluir los elementos confirmados, el ruido y los que están en un caso.</translation>
    </message>
    <message>
        <source>Print the values of a facet under the filter instead (kind, customer, role_account, reporter, receiver).</source>
        <translation>Imprimir en su lugar los valores de una faceta con el filtro (kind, customer, role_account, reporter, receiver).</translation>
    </message>
    <message>
        <source>Acknowledge these evidence ids (comma-separated).</source>
        <translation>Confirmar la recepción de estos ids de evidencia (separados por comas).</translation>
    </message>
    <message>
        <source>Mark these evidence ids as noise.</source>
        <translation>Marcar estos ids de evidencia como ruido.</translation>
    </message>
    <message>
        <source>The time the acknowledgement clock counts from (ISO 8601; default: now).</source>
        <translation>El momento desde el que cuenta el plazo de acuse de recibo (ISO 8601; valor predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Leave the automatic findings out (faster).</source>
        <translation>Omitir los hallazgos automáticos (más rápido).</translation>
    </message>
    <message>
        <source>The triage queue: what needs a human, in the policy&apos;s order, with the acknowledgement clock; facets, search and the acknowledge/noise actions.</source>
        <translation>La cola de triaje: lo que necesita a una persona, en el orden de la política, con el plazo de acuse de recibo; facetas, búsqueda y las acciones de confirmar recepción y marcar como ruido.</translation>
    </message>
    <message>
        <source>--now wants a time as 2026-11-02T10:00:00Z, not &apos;%1&apos;.</source>
        <translation>--now requiere una hora como 2026-11-02T10:00:00Z, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--%1 wants evidence ids separated by commas.</source>
        <translation>--%1 requiere ids de evidencia separados por comas.</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>No tiene nada pendiente.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address.</source>
        <translation>La dirección del destinatario.</translation>
    </message>
    <message>
        <source>Only mail of this customer (as the logs name it, e.g. its X-Customer-ID).</source>
        <translation>Solo el correo de este cliente (tal como lo indican los logs, p. ej., su X-Customer-ID).</translation>
    </message>
    <message>
        <source>Print the history as JSON.</source>
        <translation>Imprimir el historial como JSON.</translation>
    </message>
    <message>
        <source>What one recipient got: messages, first and last, campaigns, opt-outs.</source>
        <translation>Qué recibió un destinatario: mensajes, primero y último, campañas, bajas.</translation>
    </message>
    <message>
        <source>--recipient ADDRESS is required.</source>
        <translation>--recipient ADDRESS es obligatorio.</translation>
    </message>
    <message>
        <source>%1 got no mail%2 in the imported logs.</source>
        <translation>%1 no recibió correo%2 en los logs importados.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>%1 got %2 messages%3 (%4 delivered), from %5 to %6 (UTC).</source>
        <translation>%1 recibió %2 mensajes%3 (%4 entregados), del %5 al %6 (UTC).</translation>
    </message>
    <message>
        <source>Campaigns, most recent first: %1</source>
        <translation>Campañas, la más reciente primero: %1</translation>
    </message>
    <message>
        <source>Opted out %1 (%2): %3</source>
        <translation>Se dio de baja el %1 (%2): %3</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Imprimir el informe como JSON.</translation>
    </message>
    <message>
        <source>A column mapping (JSON) for CSV/TSV send logs or other tables whose columns no saved profile maps; it is saved in the case database under its name.</source>
        <translation>Una asignación de columnas (JSON) para logs de envío CSV/TSV u otras tablas cuyas columnas no asigna ningún perfil guardado; se guarda en la base de datos de casos con su nombre.</translation>
    </message>
    <message>
        <source>The time zone of MTA log times written without one, e.g. UTC or Europe/Berlin (default: the policy&apos;s log_time_zone, else this computer&apos;s).</source>
        <translation>La zona horaria de las horas de los logs del MTA escritas sin zona, p. ej., UTC o Europe/Madrid (valor predeterminado: log_time_zone de la política o, si no, la de este equipo).</translation>
    </message>
    <message>
        <source>EML files, mbox files, Maildir folders, Postfix and Exim logs, PowerMTA accounting files, send logs, opt-out, seed-test and blocklist CSVs (also .gz, .bz2, .xz), or folders of them.</source>
        <translation>Archivos EML, archivos mbox, carpetas Maildir, logs de Postfix y Exim, archivos de accounting de PowerMTA, logs de envío, CSV de bajas, de pruebas semilla y de listas de bloqueo (también .gz, .bz2, .xz), o carpetas que los contengan.</translation>
    </message>
    <message>
        <source>Import mail and delivery data into a case database.</source>
        <translation>Importar datos de correo y de entrega en una base de datos de casos.</translation>
    </message>
    <message>
        <source>give at least one file or folder to import.</source>
        <translation>indique al menos un archivo o una carpeta que importar.</translation>
    </message>
    <message>
        <source>--log-time-zone: unknown time zone &apos;%1&apos;.</source>
        <translation>--log-time-zone: zona horaria desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>cannot read the profile %1: %2</source>
        <translation>no se puede leer el perfil %1: %2</translation>
    </message>
    <message>
        <source>the profile %1 is not a column mapping: %2</source>
        <translation>el perfil %1 no es una asignación de columnas: %2</translation>
    </message>
    <message>
        <source>cannot save the profile %1: %2</source>
        <translation>no se puede guardar el perfil %1: %2</translation>
    </message>
    <message>
        <source>  rejected %1 line %2: %3</source>
        <translation>  rechazado %1 línea %2: %3</translation>
    </message>
    <message>
        <source>  %1 earlier items now belong to another customer.</source>
        <translation>  %1 elementos anteriores pertenecen ahora a otro cliente.</translation>
    </message>
    <message>
        <source>Read %1 messages: %2 stored, %3 duplicates, %4 rejected.</source>
        <translation>Leídos %1 mensajes: %2 almacenados, %3 duplicados, %4 rechazados.</translation>
    </message>
    <message>
        <source>  rejected %1 at byte %2: %3</source>
        <translation>  rechazado %1 en el byte %2: %3</translation>
    </message>
    <message>
        <source>Read %1 log lines: %2 records stored, %3 duplicates, %4 lines rejected.</source>
        <translation>Leídas %1 líneas de log: %2 registros almacenados, %3 duplicados, %4 líneas rechazadas.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 lines, %4 stored, %5 duplicates, %6 rejected</source>
        <translation>  %1 (%2): %3 líneas, %4 almacenadas, %5 duplicadas, %6 rechazadas</translation>
    </message>
    <message>
        <source>  … and %1 more rejected lines (all are in the case database).</source>
        <translation>  … y %1 líneas rechazadas más (todas están en la base de datos de casos).</translation>
    </message>
    <message>
        <source>  not read %1: %2</source>
        <translation>  no leído %1: %2</translation>
    </message>
    <message>
        <source>The case database file to create (must not exist).</source>
        <translation>El archivo de base de datos de casos que crear (no debe existir).</translation>
    </message>
    <message>
        <source>Create an empty AbuseDesk case database.</source>
        <translation>Crear una base de datos de casos de AbuseDesk vacía.</translation>
    </message>
    <message>
        <source>Created case database %1 (schema %2).</source>
        <translation>Base de datos de casos %1 creada (esquema %2).</translation>
    </message>
    <message>
        <source>The blocklist (e.g. &quot;Spamhaus SBL&quot;).</source>
        <translation>La lista de bloqueo (p. ej., &quot;Spamhaus SBL&quot;).</translation>
    </message>
    <message>
        <source>The listed IP address, CIDR range or domain.</source>
        <translation>La dirección IP, el rango CIDR o el dominio incluido.</translation>
    </message>
    <message>
        <source>When the listing began (YYYY-MM-DD or ISO 8601, UTC).</source>
        <translation>Cuándo comenzó la inclusión (AAAA-MM-DD o ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>When it ended, if it did.</source>
        <translation>Cuándo terminó, si terminó.</translation>
    </message>
    <message>
        <source>A note for the case history.</source>
        <translation>Una nota para el historial del caso.</translation>
    </message>
    <message>
        <source>Print the listings as JSON.</source>
        <translation>Imprimir las inclusiones como JSON.</translation>
    </message>
    <message>
        <source>Enter a blocklist listing by hand, or show the listings.</source>
        <translation>Introducir manualmente una inclusión en lista de bloqueo, o mostrar las inclusiones.</translation>
    </message>
    <message>
        <source>--listed: “%1” is not a date (YYYY-MM-DD or ISO 8601).</source>
        <translation>--listed: “%1” no es una fecha (AAAA-MM-DD o ISO 8601).</translation>
    </message>
    <message>
        <source>--delisted: “%1” is not a date (YYYY-MM-DD or ISO 8601).</source>
        <translation>--delisted: “%1” no es una fecha (AAAA-MM-DD o ISO 8601).</translation>
    </message>
    <message>
        <source>the database refused the listing: %1</source>
        <translation>la base de datos rechazó la inclusión: %1</translation>
    </message>
    <message>
        <source>No blocklist listings yet.</source>
        <translation>Aún no hay inclusiones en listas de bloqueo.</translation>
    </message>
    <message>
        <source>%1 on %2 from %3 to %4%5</source>
        <translation>%1 en %2 del %3 al %4%5</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>Set KEY to a JSON value, e.g. &apos;trusted_reporters=[&quot;spamhaus.org&quot;]&apos;. Repeatable.</source>
        <translation>Asignar a KEY un valor JSON, p. ej., &apos;trusted_reporters=[&quot;spamhaus.org&quot;]&apos;. Se puede repetir.</translation>
    </message>
    <message>
        <source>Print the policy as JSON.</source>
        <translation>Imprimir la política como JSON.</translation>
    </message>
    <message>
        <source>Show or change the policy. After changing role_accounts, trusted_reporters or customer_headers, run &apos;abusedesk-cli reclassify&apos; to apply it to the evidence already imported; after changing own_domains or own_networks, run &apos;abusedesk-cli attribute&apos; to find the mentions again.</source>
        <translation>Mostrar o cambiar la política. Después de cambiar role_accounts, trusted_reporters o customer_headers, ejecute &apos;abusedesk-cli reclassify&apos; para aplicarla a las evidencias ya importadas; después de cambiar own_domains u own_networks, ejecute &apos;abusedesk-cli attribute&apos; para volver a buscar las menciones.</translation>
    </message>
    <message>
        <source>--set needs KEY=JSON, not &quot;%1&quot;.</source>
        <translation>--set requiere KEY=JSON, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Mark a domain as a consumer mailbox provider&apos;s (repeatable).</source>
        <translation>Marcar un dominio como de un proveedor de correo para particulares (se puede repetir).</translation>
    </message>
    <message>
        <source>Mark a domain as corporate, a receiver of its own (repeatable).</source>
        <translation>Marcar un dominio como corporativo, receptor propio (se puede repetir).</translation>
    </message>
    <message>
        <source>List the shipped list too, not only this database&apos;s changes.</source>
        <translation>Listar también la lista incluida con el programa, no solo los cambios de esta base de datos.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Imprimir la lista como JSON.</translation>
    </message>
    <message>
        <source>Which mailbox provider each recipient domain belongs to.</source>
        <translation>A qué proveedor de correo pertenece cada dominio de destinatario.</translation>
    </message>
    <message>
        <source>--consumer wants DOMAIN=PROVIDER, not &apos;%1&apos;.</source>
        <translation>--consumer requiere DOMAIN=PROVIDER, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--corporate wants a domain, not &apos;%1&apos;.</source>
        <translation>--corporate requiere un dominio, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>la base de datos rechazó el cambio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored deliveries and opt-outs moved to another receiver; daily figures recounted.</source>
        <translation>
            <numerusform>%n entrega o baja almacenada pasó a otro receptor; cifras diarias recalculadas.</numerusform>
            <numerusform>%n entregas y bajas almacenadas pasaron a otro receptor; cifras diarias recalculadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes to the shipped list of %1 provider domains (--all lists them).</source>
        <translation>No hay cambios en la lista incluida de %1 dominios de proveedores (--all los lista).</translation>
    </message>
    <message>
        <source>consumer</source>
        <translation>particular</translation>
    </message>
    <message>
        <source>corporate</source>
        <translation>corporativo</translation>
    </message>
    <message>
        <source>Classify the stored evidence again with the current policy (the evidence itself never changes).</source>
        <translation>Reclasificar las evidencias almacenadas con la política actual (las evidencias en sí nunca cambian).</translation>
    </message>
    <message>
        <source>Classified %1 messages again: %2 changed.</source>
        <translation>%1 mensajes reclasificados: %2 han cambiado.</translation>
    </message>
    <message>
        <source>now %1: %2</source>
        <translation>ahora %1: %2</translation>
    </message>
    <message>
        <source>One customer&apos;s issue history (external or database id).</source>
        <translation>El historial de incidencias de un cliente (id externo o de la base de datos).</translation>
    </message>
    <message>
        <source>The portfolio of every customer (management only).</source>
        <translation>La cartera de todos los clientes (solo para la dirección).</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Primer día del periodo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Último día del periodo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>pdf, csv or html (default: the --out file&apos;s suffix).</source>
        <translation>pdf, csv o html (valor predeterminado: la extensión del archivo de --out).</translation>
    </message>
    <message>
        <source>customer (no internal notes or costs, complainants redacted) or management (default).</source>
        <translation>customer (sin notas internas ni costes, reclamantes censurados) o management (valor predeterminado).</translation>
    </message>
    <message>
        <source>The report file to write.</source>
        <translation>El archivo de informe que escribir.</translation>
    </message>
    <message>
        <source>Write a customer&apos;s issue history or the portfolio report.</source>
        <translation>Escribir el historial de incidencias de un cliente o el informe de cartera.</translation>
    </message>
    <message>
        <source>Give either --customer ID or --all.</source>
        <translation>Indique --customer ID o --all.</translation>
    </message>
    <message>
        <source>Give the report file with --out FILE.</source>
        <translation>Indique el archivo de informe con --out FILE.</translation>
    </message>
    <message>
        <source>Give the period with --from YYYY-MM-DD and --to YYYY-MM-DD.</source>
        <translation>Indique el periodo con --from YYYY-MM-DD y --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The period ends (--to %1) before it begins (--from %2).</source>
        <translation>El periodo termina (--to %1) antes de empezar (--from %2).</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use pdf, csv or html.</source>
        <translation>Formato desconocido &apos;%1&apos;: use pdf, csv o html.</translation>
    </message>
    <message>
        <source>Give --format pdf, csv or html (the file name &apos;%1&apos; does not say).</source>
        <translation>Indique --format pdf, csv o html (el nombre de archivo &apos;%1&apos; no lo indica).</translation>
    </message>
    <message>
        <source>Unknown audience &apos;%1&apos;: use customer or management.</source>
        <translation>Público desconocido &apos;%1&apos;: use customer o management.</translation>
    </message>
    <message>
        <source>A portfolio report is for management: use --audience management, or --customer ID.</source>
        <translation>Un informe de cartera es para la dirección: use --audience management, o --customer ID.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se ha escrito %1.</translation>
    </message>
    <message>
        <source>Show the number of rows in each table of a case database.</source>
        <translation>Mostrar el número de filas de cada tabla de una base de datos de casos.</translation>
    </message>
    <message>
        <source>%1 (schema %2)</source>
        <translation>%1 (esquema %2)</translation>
    </message>
    <message>
        <source>A case&apos;s reply from a template, as an .eml draft</source>
        <translation>La respuesta de un caso a partir de una plantilla, como borrador .eml</translation>
    </message>
    <message>
        <source>The reply templates: list, export, import, reset</source>
        <translation>Las plantillas de respuesta: listar, exportar, importar, restablecer</translation>
    </message>
    <message>
        <source>Write the evidence bundle of a case (--out FILE.zip): the original messages byte-for-byte and a manifest of their SHA-256s, sources and imports.</source>
        <translation>Escribir el paquete de evidencias de un caso (--out FILE.zip): los mensajes originales byte a byte y un manifiesto de sus SHA-256, orígenes e importaciones.</translation>
    </message>
    <message>
        <source>The .zip --bundle writes.</source>
        <translation>El .zip que escribe --bundle.</translation>
    </message>
    <message>
        <source>--bundle needs --out FILE.zip.</source>
        <translation>--bundle requiere --out FILE.zip.</translation>
    </message>
    <message>
        <source>Evidence bundle of case %1 written to %2 (messages: %3, %4 bytes); their SHA-256s, sources and imports are in %5 and %6.</source>
        <translation>Paquete de evidencias del caso %1 escrito en %2 (mensajes: %3, %4 bytes); sus SHA-256, orígenes e importaciones están en %5 y %6.</translation>
    </message>
    <message>
        <source>The case to reply for.</source>
        <translation>El caso al que responder.</translation>
    </message>
    <message>
        <source>The reply template&apos;s name (see &apos;abusedesk-cli templates&apos;).</source>
        <translation>El nombre de la plantilla de respuesta (consulte &apos;abusedesk-cli templates&apos;).</translation>
    </message>
    <message>
        <source>Write the draft to this .eml file (default: standard output).</source>
        <translation>Escribir el borrador en este archivo .eml (valor predeterminado: salida estándar).</translation>
    </message>
    <message>
        <source>Include the complainant&apos;s address, name and identifying headers (withheld by default).</source>
        <translation>Incluir la dirección, el nombre y las cabeceras identificativas del reclamante (ocultos de forma predeterminada).</translation>
    </message>
    <message>
        <source>Days the list owner has to act (default 7).</source>
        <translation>Días de que dispone el propietario de la lista para actuar (valor predeterminado: 7).</translation>
    </message>
    <message>
        <source>Who signs the reply (default: the login name).</source>
        <translation>Quién firma la respuesta (valor predeterminado: el nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>A case&apos;s reply as an .eml draft, filled from the case; kept in its timeline.</source>
        <translation>La respuesta de un caso como borrador .eml, rellenada a partir del caso; se conserva en su cronología.</translation>
    </message>
    <message>
        <source>--case ID is required (a case number).</source>
        <translation>--case ID es obligatorio (un número de caso).</translation>
    </message>
    <message>
        <source>--template NAME is required.</source>
        <translation>--template NAME es obligatorio.</translation>
    </message>
    <message>
        <source>--deadline-days: a number of days from 0 to 365.</source>
        <translation>--deadline-days: un número de días de 0 a 365.</translation>
    </message>
    <message>
        <source>there is no template “%1”; &apos;abusedesk-cli templates --db FILE&apos; lists them.</source>
        <translation>no existe la plantilla “%1”; &apos;abusedesk-cli templates --db FILE&apos; las lista.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>the draft could not be written to standard output</source>
        <translation>no se ha podido escribir el borrador en la salida estándar</translation>
    </message>
    <message>
        <source>the reply was written but not kept in the case timeline: %1</source>
        <translation>la respuesta se escribió, pero no se conservó en la cronología del caso: %1</translation>
    </message>
    <message>
        <source>Print the templates as JSON.</source>
        <translation>Imprimir las plantillas como JSON.</translation>
    </message>
    <message>
        <source>Write this template to the --out file.</source>
        <translation>Escribir esta plantilla en el archivo de --out.</translation>
    </message>
    <message>
        <source>The file --export writes.</source>
        <translation>El archivo que escribe --export.</translation>
    </message>
    <message>
        <source>Read a template file into the database (replacing one of the same name).</source>
        <translation>Leer un archivo de plantilla en la base de datos (sustituye a una del mismo nombre).</translation>
    </message>
    <message>
        <source>Bring back the shipped text of a template.</source>
        <translation>Recuperar el texto original de una plantilla.</translation>
    </message>
    <message>
        <source>The reply templates: list, export, import or reset them.</source>
        <translation>Las plantillas de respuesta: listarlas, exportarlas, importarlas o restablecerlas.</translation>
    </message>
    <message>
        <source>--export NAME needs --out FILE.</source>
        <translation>--export NAME requiere --out FILE.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Se ha importado “%1”.</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (editada)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se escribió %1 (%n página).</numerusform>
            <numerusform>Se escribió %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %n problem(s)</source>
        <translation>
            <numerusform> — %n problema</numerusform>
            <numerusform> — %n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AbuseDesk: the abuse desk&apos;s workbench.</source>
        <translation>AbuseDesk: el banco de trabajo del abuse desk.</translation>
    </message>
    <message>
        <source>A case database to open, or mail files (.eml, .mbox) to import into the last one.</source>
        <translation>Una base de datos de casos para abrir, o archivos de correo (.eml, .mbox) para importar en la última abierta.</translation>
    </message>
</context>
</TS>
