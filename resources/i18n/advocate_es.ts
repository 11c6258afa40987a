<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Advocate is not allowed to write there. Choose another folder.</source>
        <translation>Advocate no tiene permiso para escribir ahí. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The computer refused the operation: {0}</source>
        <translation>El equipo rechazó la operación: {0}</translation>
    </message>
    <message>
        <source>Something went wrong inside Advocate ({0}). What you typed is kept; try again, and if it keeps happening, restart the app.</source>
        <translation>Algo falló dentro de Advocate ({0}). Lo que escribió se conserva; vuelva a intentarlo y, si sigue pasando, reinicie la aplicación.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>BillBox</name>
    <message>
        <source>optional: its congress.gov page is used</source>
        <translation>opcional: se usa su página de congress.gov</translation>
    </message>
    <message>
        <source>House bill</source>
        <translation>Proyecto de la Cámara</translation>
    </message>
    <message>
        <source>Senate bill</source>
        <translation>Proyecto del Senado</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>{0} type</source>
        <translation>{0}: tipo</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;úmero:</translation>
    </message>
    <message>
        <source>{0} number</source>
        <translation>{0}: número</translation>
    </message>
    <message>
        <source>Short title:</source>
        <translation>Título corto:</translation>
    </message>
    <message>
        <source>{0} short title</source>
        <translation>{0}: título corto</translation>
    </message>
    <message>
        <source>Official title:</source>
        <translation>Título oficial:</translation>
    </message>
    <message>
        <source>{0} official title</source>
        <translation>{0}: título oficial</translation>
    </message>
    <message>
        <source>Web page:</source>
        <translation>Página web:</translation>
    </message>
    <message>
        <source>{0} web page</source>
        <translation>{0}: página web</translation>
    </message>
</context>
<context>
    <name>CampaignEditor</name>
    <message>
        <source>Campaign editor</source>
        <translation>Editor de campañas</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Add &amp;template…</source>
        <translation>Añadir &amp;plantilla…</translation>
    </message>
    <message>
        <source>Add template</source>
        <translation>Añadir plantilla</translation>
    </message>
    <message>
        <source>Remo&amp;ve template</source>
        <translation>&amp;Quitar plantilla</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Quitar plantilla</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Letter previews</source>
        <translation>Vistas previas de las cartas</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Senator</source>
        <translation>Senador</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>{0} letter preview</source>
        <translation>Vista previa de la carta: {0}</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemas:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New campaign</source>
        <translation>&amp;Nueva campaña</translation>
    </message>
    <message>
        <source>&amp;Open pack folder…</source>
        <translation>&amp;Abrir carpeta de campaña…</translation>
    </message>
    <message>
        <source>&amp;Import .zip…</source>
        <translation>&amp;Importar .zip…</translation>
    </message>
    <message>
        <source>Load from &amp;web address…</source>
        <translation>Cargar desde una dirección &amp;web…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save as &amp;folder…</source>
        <translation>Guardar como &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Export .zip…</source>
        <translation>&amp;Exportar .zip…</translation>
    </message>
    <message>
        <source>&amp;Use in Advocate</source>
        <translation>&amp;Usar en Advocate</translation>
    </message>
    <message>
        <source>New campaign from &amp;this one…</source>
        <translation>Nueva campaña a partir de es&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>Template {0}</source>
        <translation>Plantilla {0}</translation>
    </message>
    <message>
        <source>new campaign</source>
        <translation>campaña nueva</translation>
    </message>
    <message>
        <source>Campaign editor: {0}{1}</source>
        <translation>Editor de campañas: {0}{1}</translation>
    </message>
    <message>
        <source>Checking the campaign…</source>
        <translation>Comprobando la campaña…</translation>
    </message>
    <message>
        <source>&amp;Problems: none. The campaign is ready.</source>
        <translation>&amp;Problemas: ninguno. La campaña está lista.</translation>
    </message>
    <message>
        <source>&amp;Problems: {0} to fix, {1} to consider (press Enter on one to go there)</source>
        <translation>&amp;Problemas: {0} por corregir, {1} a tener en cuenta (pulse Intro sobre uno para ir allí)</translation>
    </message>
    <message>
        <source>This letter cannot be written yet:

{0}</source>
        <translation>Esta carta todavía no se puede escribir:

{0}</translation>
    </message>
    <message>
        <source>File name of the new template (ends in .j2):</source>
        <translation>Nombre de archivo de la nueva plantilla (termina en .j2):</translation>
    </message>
    <message>
        <source>A template&apos;s file name ends in .j2 and has no folder, e.g. delegate.txt.j2.</source>
        <translation>El nombre de archivo de una plantilla termina en .j2 y no lleva carpeta, por ejemplo delegate.txt.j2.</translation>
    </message>
</context>
<context>
    <name>CoreText</name>
    <message>
        <source>ZIP code {0}</source>
        <translation>el código postal {0}</translation>
    </message>
    <message>
        <source>ZIP code {0} is split between {1} congressional districts. Enter your street address to find your one Representative.</source>
        <translation>El código postal {0} se reparte entre {1} distritos del Congreso. Escriba su dirección para encontrar a su representante.</translation>
    </message>
    <message>
        <source>The address service found {0} addresses like the one entered. They are all in the same district; check that one of them is yours.</source>
        <translation>El servicio de direcciones encontró {0} direcciones parecidas a la escrita. Todas están en el mismo distrito; compruebe que una de ellas es la suya.</translation>
    </message>
    <message>
        <source>The address service found {0} different addresses like the one entered, in different districts. Pick yours, or enter the full address with the ZIP code.</source>
        <translation>El servicio de direcciones encontró {0} direcciones distintas parecidas a la escrita, en distritos diferentes. Elija la suya, o escriba la dirección completa con el código postal.</translation>
    </message>
    <message>
        <source>Puerto Rico has no senators. Its member of the House is a non-voting delegate (the Resident Commissioner) who can still cosponsor bills and speak for you.</source>
        <translation>Puerto Rico no tiene senadores. Su miembro de la Cámara es un delegado sin voto (el Comisionado Residente) que aun así puede copatrocinar proyectos de ley y hablar en su nombre.</translation>
    </message>
    <message>
        <source>{0} has no senators. Its member of the House is a non-voting delegate who can still cosponsor bills and speak for you.</source>
        <translation>{0} no tiene senadores. Su miembro de la Cámara es un delegado sin voto que aun así puede copatrocinar proyectos de ley y hablar en su nombre.</translation>
    </message>
    <message>
        <source>The ZIP code table uses the {0} Congress map; the member data is for the {2}. Use a street address to be sure.</source>
        <comment>ordinal</comment>
        <translation>La tabla de códigos postales usa el mapa del {1}.º Congreso; los datos de los miembros son del {3}.º. Use una dirección completa para estar seguro.</translation>
    </message>
    <message>
        <source>{0} Congress districts (ZIP code table)</source>
        <comment>ordinal</comment>
        <translation>distritos del {1}.º Congreso (tabla de códigos postales)</translation>
    </message>
    <message>
        <source>{0} Congress districts (Census {2})</source>
        <comment>ordinal</comment>
        <translation>distritos del {1}.º Congreso (Censo, {2})</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Data download</source>
        <translation>Descarga de datos</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>&amp;Download now</source>
        <translation>&amp;Descargar ahora</translation>
    </message>
    <message>
        <source>Download now</source>
        <translation>Descargar ahora</translation>
    </message>
    <message>
        <source>Data settings…</source>
        <translation>Configuración de datos…</translation>
    </message>
    <message>
        <source>Data settings</source>
        <translation>Configuración de datos</translation>
    </message>
    <message>
        <source>Before it can find anyone&apos;s members of Congress, Advocate needs two public lists: the members of Congress and the ZIP code table (a few megabytes, downloaded once and kept for offline use).</source>
        <translation>Para encontrar a los miembros del Congreso de cualquier persona, Advocate necesita dos listas públicas: los miembros del Congreso y la tabla de códigos postales (unos pocos megabytes, que se descargan una vez y se guardan para usar sin conexión).</translation>
    </message>
    <message>
        <source>Downloading the public data… You can fill in your details meanwhile.</source>
        <translation>Descargando los datos públicos… Mientras tanto puede escribir sus datos.</translation>
    </message>
    <message>
        <source>Downloading data…</source>
        <translation>Descargando datos…</translation>
    </message>
    <message>
        <source>The public data is downloaded. Advocate now works offline too.</source>
        <translation>Los datos públicos están descargados. Ahora Advocate también funciona sin conexión.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The data could not be downloaded: {0}

Connect to the internet and press “Try again”. Without internet, an organizer can copy the data folder from another computer, or point Advocate at a folder or USB stick with the files in Data settings. Until then you cannot look anyone up.</source>
        <translation>No se pudieron descargar los datos: {0}

Conéctese a internet y pulse «Reintentar». Sin internet, un organizador puede copiar la carpeta de datos desde otra computadora, o indicar a Advocate una carpeta o memoria USB con los archivos en la configuración de datos. Hasta entonces no se puede buscar a nadie.</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Advocate keeps a copy of these public lists so it works offline. It checks for a newer copy at most once a day when online.</source>
        <translation>Advocate guarda una copia de estas listas públicas para funcionar sin conexión. Con conexión, busca una copia más reciente como mucho una vez al día.</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Conjuntos de datos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>&amp;Update data now</source>
        <translation>&amp;Actualizar los datos ahora</translation>
    </message>
    <message>
        <source>Update data now</source>
        <translation>Actualizar los datos ahora</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Progreso de la actualización</translation>
    </message>
    <message>
        <source>&amp;Members of Congress from:</source>
        <translation>&amp;Miembros del Congreso desde:</translation>
    </message>
    <message>
        <source>Members of Congress source</source>
        <translation>Origen de los miembros del Congreso</translation>
    </message>
    <message>
        <source>&amp;ZIP code table from:</source>
        <translation>Tabla de códigos &amp;ZIP desde:</translation>
    </message>
    <message>
        <source>ZIP code table source</source>
        <translation>Origen de la tabla de códigos ZIP</translation>
    </message>
    <message>
        <source>&amp;Address service:</source>
        <translation>&amp;Servicio de direcciones:</translation>
    </message>
    <message>
        <source>Address service</source>
        <translation>Servicio de direcciones</translation>
    </message>
    <message>
        <source>A web address, or a folder on this computer or a USB stick.</source>
        <translation>Una dirección web, o una carpeta en esta computadora o en una memoria USB.</translation>
    </message>
    <message>
        <source>Set by the environment variable {0}.</source>
        <translation>Definido por la variable de entorno {0}.</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>descargada</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>incluida en la aplicación</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>sin descargar</translation>
    </message>
    <message>
        <source>Checking for new data…</source>
        <translation>Buscando datos nuevos…</translation>
    </message>
    <message>
        <source>Updating data…</source>
        <translation>Actualizando los datos…</translation>
    </message>
    <message>
        <source>{0} list(s) updated, the others were already current.</source>
        <translation>{0} lista(s) actualizada(s); las demás ya estaban al día.</translation>
    </message>
    <message>
        <source>Not updated: {0}</source>
        <translation>Sin actualizar: {0}</translation>
    </message>
    <message>
        <source>The update failed: {0}</source>
        <translation>La actualización falló: {0}</translation>
    </message>
</context>
<context>
    <name>DeleteDataBox</name>
    <message>
        <source>Your data on this computer</source>
        <translation>Sus datos en esta computadora</translation>
    </message>
    <message>
        <source>Delete your letter history, letters waiting to be sent, unfinished letters, the details above, logs and saved answers. Files you saved yourself (PDFs) stay where they are.</source>
        <translation>Borre su historial de cartas, las cartas que esperan ser enviadas, las cartas sin terminar, los datos de arriba, los registros y las respuestas guardadas. Los archivos que usted guardó (PDF) se quedan donde están.</translation>
    </message>
    <message>
        <source>&amp;Delete my data…</source>
        <translation>&amp;Borrar mis datos…</translation>
    </message>
    <message>
        <source>Delete my data</source>
        <translation>Borrar mis datos</translation>
    </message>
    <message>
        <source>Delete your letter history, unfinished letters and saved details from this computer? This cannot be undone.</source>
        <translation>¿Borrar de esta computadora su historial de cartas, sus cartas sin terminar y sus datos guardados? No se puede deshacer.</translation>
    </message>
    <message>
        <source>{0} letter(s) have not been sent yet. They will be deleted and never sent.</source>
        <translation>Todavía no se han enviado {0} carta(s). Se borrarán y nunca se enviarán.</translation>
    </message>
    <message>
        <source>Delete my data?</source>
        <translation>¿Borrar mis datos?</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Borrar todo</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>Deleting your data…</source>
        <translation>Borrando sus datos…</translation>
    </message>
    <message>
        <source>Your data was deleted: {0} letter(s) from the history, {1} from the outbox and {2} unfinished letter(s).</source>
        <translation>Se borraron sus datos: {0} carta(s) del historial, {1} de la bandeja de salida y {2} carta(s) sin terminar.</translation>
    </message>
    <message>
        <source>{0} letter(s) that had not been sent will not be sent.</source>
        <translation>{0} carta(s) que no se habían enviado no se enviarán.</translation>
    </message>
    <message>
        <source>Your details were cleared from the settings.</source>
        <translation>Sus datos se borraron de la configuración.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Advocate could not keep a copy of your letter on this computer. What you typed is still here; finish and send it before closing.</source>
        <translation>Advocate no pudo guardar una copia de su carta en esta computadora. Lo que escribió sigue aquí; termínela y envíela antes de cerrar.</translation>
    </message>
    <message>
        <source>Your settings file was damaged; Advocate started with default settings and kept the old file as {0}.</source>
        <translation>Su archivo de configuración estaba dañado; Advocate se abrió con la configuración predeterminada y guardó el archivo anterior como {0}.</translation>
    </message>
    <message>
        <source>Your letter history file was damaged; Advocate started a new one and kept the old file as {0}. Letters that waited in it to be sent are not in the new outbox.</source>
        <translation>Su archivo de historial de cartas estaba dañado; Advocate empezó uno nuevo y guardó el archivo anterior como {0}. Las cartas que esperaban ser enviadas en él no están en la nueva bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>EmailTab</name>
    <message>
        <source>To email letters (to yourself or your organizer), Advocate needs your mail provider&apos;s outgoing (SMTP) server. The password is kept only in this computer&apos;s password store (keyring), never in a file.</source>
        <translation>Para enviar cartas por correo (a usted o a su organizador), Advocate necesita el servidor de salida (SMTP) de su proveedor de correo. La contraseña se guarda solo en el almacén de contraseñas de esta computadora (llavero), nunca en un archivo.</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>p. ej. smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation>Sin cifrado (solo esta computadora)</translation>
    </message>
    <message>
        <source>leave empty to keep the saved password</source>
        <translation>déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>e.g. Maria Lopez &lt;maria@example.org&gt;</source>
        <translation>p. ej. María López &lt;maria@example.org&gt;</translation>
    </message>
    <message>
        <source>where your group collects letters</source>
        <translation>donde su grupo reúne las cartas</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Servidor de correo:</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>&amp;Organizer&apos;s email:</source>
        <translation>Correo del &amp;organizador:</translation>
    </message>
    <message>
        <source>Organizer&apos;s email</source>
        <translation>Correo del organizador</translation>
    </message>
    <message>
        <source>Set by the environment variable {0}.</source>
        <translation>Definido por la variable de entorno {0}.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>This computer has no password store Advocate can use: a password you type is kept for this session only.</source>
        <translation>Esta computadora no tiene un almacén de contraseñas que Advocate pueda usar: la contraseña que escriba se guarda solo durante esta sesión.</translation>
    </message>
    <message>
        <source>A password is saved in {0}.</source>
        <translation>Hay una contraseña guardada en {0}.</translation>
    </message>
    <message>
        <source>Passwords are saved in {0}.</source>
        <translation>Las contraseñas se guardan en {0}.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to {0} and logged in. Email is ready.</source>
        <translation>Conectado a {0} con la sesión iniciada. El correo está listo.</translation>
    </message>
    <message>
        <source>Testing the mail server…</source>
        <translation>Probando el servidor de correo…</translation>
    </message>
    <message>
        <source>The test failed: {0}</source>
        <translation>La prueba falló: {0}</translation>
    </message>
</context>
<context>
    <name>EventController</name>
    <message>
        <source>Ne&amp;xt participant</source>
        <translation>&amp;Siguiente participante</translation>
    </message>
    <message>
        <source>Next participant</source>
        <translation>Siguiente participante</translation>
    </message>
    <message>
        <source>Clear everything for the next person (Ctrl+Shift+N)</source>
        <translation>Borrar todo para la siguiente persona (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Event: {0}</source>
        <translation>Evento: {0}</translation>
    </message>
    <message>
        <source>This is for the organizer. Enter the organizer&apos;s PIN.</source>
        <translation>Esto es para el organizador. Escriba el PIN del organizador.</translation>
    </message>
    <message>
        <source>Quitting is for the organizer. Enter the PIN.</source>
        <translation>Solo el organizador puede salir. Escriba el PIN.</translation>
    </message>
    <message>
        <source>{0} letter(s) still wait in the print queue. Print them first (Organizer › Print queue), or quit again to discard them.</source>
        <translation>Todavía hay {0} carta(s) en la cola de impresión. Imprímalas primero (Organizador › Cola de impresión) o vuelva a salir para descartarlas.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>&amp;Organizer</source>
        <translation>&amp;Organizador</translation>
    </message>
    <message>
        <source>&amp;Event mode…</source>
        <translation>Modo &amp;evento…</translation>
    </message>
    <message>
        <source>&amp;Next participant</source>
        <translation>&amp;Siguiente participante</translation>
    </message>
    <message>
        <source>&amp;Print queue…</source>
        <translation>Cola de &amp;impresión…</translation>
    </message>
    <message>
        <source>Send &amp;waiting emails</source>
        <translation>Enviar los correos en &amp;espera</translation>
    </message>
    <message>
        <source>Campaign &amp;editor…</source>
        <translation>Editor de &amp;campañas…</translation>
    </message>
    <message>
        <source>&amp;Tallies…</source>
        <translation>&amp;Recuentos…</translation>
    </message>
    <message>
        <source>Add to &amp;print queue</source>
        <translation>Añadir a la cola de &amp;impresión</translation>
    </message>
    <message>
        <source>Add to print queue</source>
        <translation>Añadir a la cola de impresión</translation>
    </message>
    <message>
        <source>PDFs are kept in: {0}</source>
        <translation>Los PDF se guardan en: {0}</translation>
    </message>
    <message>
        <source>a temporary folder, cleared for the next person</source>
        <translation>una carpeta temporal, que se vacía para la siguiente persona</translation>
    </message>
    <message>
        <source>Some temporary files could not be removed; restart the computer after the event.</source>
        <translation>Algunos archivos temporales no se pudieron borrar; reinicie la computadora después del evento.</translation>
    </message>
    <message>
        <source>Ready for the next participant.</source>
        <translation>Listo para el siguiente participante.</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <source>Event mode</source>
        <translation>Modo evento</translation>
    </message>
    <message>
        <source>Event mode for a shared laptop</source>
        <translation>Modo evento para una computadora compartida</translation>
    </message>
    <message>
        <source>Participants write one after another. Nothing they type is kept on this computer; “Next participant” (or a pause of the idle timeout) clears the window. Settings, the campaign editor, the tallies and quitting need your PIN.</source>
        <translation>Los participantes escriben uno tras otro. Nada de lo que escriben se guarda en esta computadora; «Siguiente participante» (o una pausa más larga que el tiempo de inactividad) vacía la ventana. La configuración, el editor de campañas, los recuentos y salir requieren su PIN.</translation>
    </message>
    <message>
        <source>e.g. Austin library letter night</source>
        <translation>p. ej., noche de cartas en la biblioteca de Austin</translation>
    </message>
    <message>
        <source>leave empty to keep the PIN</source>
        <translation>déjelo vacío para conservar el PIN</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>where “email to organizer” letters go</source>
        <translation>adonde van las cartas «correo al organizador»</translation>
    </message>
    <message>
        <source>Event &amp;name:</source>
        <translation>&amp;Nombre del evento:</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <source>Organizer &amp;PIN:</source>
        <translation>&amp;PIN del organizador:</translation>
    </message>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN del organizador</translation>
    </message>
    <message>
        <source>At least 4 characters. Only a scrambled form of it is stored.</source>
        <translation>Al menos 4 caracteres. Solo se guarda una forma cifrada.</translation>
    </message>
    <message>
        <source>&amp;Repeat PIN:</source>
        <translation>&amp;Repita el PIN:</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source>Clear after &amp;idle:</source>
        <translation>Vaciar tras &amp;inactividad:</translation>
    </message>
    <message>
        <source>Idle timeout in minutes</source>
        <translation>Tiempo de inactividad en minutos</translation>
    </message>
    <message>
        <source>After this long without a key press, a warning counts down, then the window is cleared.</source>
        <translation>Tras este tiempo sin pulsar ninguna tecla, un aviso cuenta hacia atrás y luego se vacía la ventana.</translation>
    </message>
    <message>
        <source>&amp;Collection email:</source>
        <translation>&amp;Correo de recogida:</translation>
    </message>
    <message>
        <source>Collection email</source>
        <translation>Correo de recogida</translation>
    </message>
    <message>
        <source>none: PDFs go to a temporary folder, cleared after each person</source>
        <translation>ninguna: los PDF van a una carpeta temporal que se vacía tras cada persona</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose PDF folder</source>
        <translation>Elegir la carpeta de PDF</translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation>&amp;Carpeta de PDF:</translation>
    </message>
    <message>
        <source>PDF folder</source>
        <translation>Carpeta de PDF</translation>
    </message>
    <message>
        <source>Participants may</source>
        <translation>Los participantes pueden</translation>
    </message>
    <message>
        <source>Print (letters wait in the print queue; you print them as one batch)</source>
        <translation>Imprimir (las cartas esperan en la cola de impresión; usted las imprime en un solo lote)</translation>
    </message>
    <message>
        <source>Save a PDF (in the PDF folder)</source>
        <translation>Guardar un PDF (en la carpeta de PDF)</translation>
    </message>
    <message>
        <source>Email the letter to the collection address</source>
        <translation>Enviar la carta por correo a la dirección de recogida</translation>
    </message>
    <message>
        <source>Open the office&apos;s web contact form</source>
        <translation>Abrir el formulario web de contacto de la oficina</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>&amp;Start event mode</source>
        <translation>&amp;Iniciar el modo evento</translation>
    </message>
    <message>
        <source>&amp;Turn event mode off</source>
        <translation>&amp;Desactivar el modo evento</translation>
    </message>
    <message>
        <source>Turn event mode off</source>
        <translation>Desactivar el modo evento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Folder for the participants&apos; PDFs</source>
        <translation>Carpeta para los PDF de los participantes</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Sent and saved letters</source>
        <translation>Cartas enviadas y guardadas</translation>
    </message>
    <message>
        <source>Sent and saved</source>
        <translation>Enviadas y guardadas</translation>
    </message>
    <message>
        <source>The outbox could not be read. {0}</source>
        <translation>No se pudo leer la bandeja de salida. {0}</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>No se pudo leer el historial.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>esperando para enviarse</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>sin enviar</translation>
    </message>
    <message>
        <source>{0} to {1}: {2}</source>
        <translation>{0} a {1}: {2}</translation>
    </message>
    <message>
        <source>Nothing is waiting: every email was handed to the mail server.</source>
        <translation>No hay nada pendiente: todos los correos se entregaron al servidor.</translation>
    </message>
    <message>
        <source>{0} email(s) not sent yet. They stay here until the mail server takes them.</source>
        <translation>{0} correo(s) sin enviar todavía. Se quedan aquí hasta que el servidor de correo los acepte.</translation>
    </message>
    <message>
        <source>Outbox ({0})</source>
        <translation>Bandeja de salida ({0})</translation>
    </message>
    <message>
        <source>{0}  {1}: {2} ({3})</source>
        <translation>{0}  {1}: {2} ({3})</translation>
    </message>
    <message>
        <source>No letters yet.</source>
        <translation>Todavía no hay cartas.</translation>
    </message>
    <message>
        <source>The letters you saved, printed, emailed or pasted into a form, newest first.</source>
        <translation>Las cartas que guardó, imprimió, envió por correo o pegó en un formulario, empezando por la más reciente.</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>guardada como PDF</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impresa</translation>
    </message>
    <message>
        <source>emailed</source>
        <translation>enviada por correo</translation>
    </message>
    <message>
        <source>contact form</source>
        <translation>formulario de contacto</translation>
    </message>
    <message>
        <source>mail program</source>
        <translation>programa de correo</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>I&apos;m &amp;still here</source>
        <translation>&amp;Sigo aquí</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Nobody has typed for a while. In {0} seconds this screen is cleared for the next person, and what was typed is forgotten.</source>
        <translation>Hace un rato que nadie escribe. Dentro de {0} segundos esta pantalla se vaciará para la siguiente persona y se olvidará lo escrito.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Senator</source>
        <translation>Senador/a</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegado/a</translation>
    </message>
    <message>
        <source>Resident Commissioner</source>
        <translation>Comisionado/a Residente</translation>
    </message>
    <message>
        <source>Democrat</source>
        <translation>Demócrata</translation>
    </message>
    <message>
        <source>Republican</source>
        <translation>Republicano/a</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>{0}, at large</source>
        <translation>{0}, distrito único</translation>
    </message>
    <message>
        <source>{0}, district {1}</source>
        <translation>{0}, distrito {1}</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>A Senate seat for {0} is vacant in our data, so there is no letter for it.</source>
        <translation>Un escaño del Senado de {0} está vacante en nuestros datos, así que no hay carta para él.</translation>
    </message>
    <message>
        <source>The House seat for {0} is vacant in our data. You can still write to your senators; update the data (Settings › Data) to see if the seat has been filled.</source>
        <translation>El escaño de la Cámara de {0} está vacante en nuestros datos. Puede escribir igualmente a sus senadores; actualice los datos (Configuración › Datos) para ver si ya se ocupó.</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <source>Your letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>&amp;Your story, in your own words:</source>
        <translation>Su &amp;historia, con sus propias palabras:</translation>
    </message>
    <message>
        <source>Your story</source>
        <translation>Su historia</translation>
    </message>
    <message>
        <source>A few sentences about why this matters to you. It goes into every letter.</source>
        <translation>Unas frases sobre por qué esto le importa. Se incluye en todas las cartas.</translation>
    </message>
    <message>
        <source>Why does this bill matter to you? A few sentences are plenty.</source>
        <translation>¿Por qué le importa este proyecto de ley? Bastan unas pocas frases.</translation>
    </message>
    <message>
        <source>Ideas for your story</source>
        <translation>Ideas para su historia</translation>
    </message>
    <message>
        <source>Talking points to include</source>
        <translation>Argumentos que incluir</translation>
    </message>
    <message>
        <source>How personal:</source>
        <translation>Qué tan personal:</translation>
    </message>
    <message>
        <source>How personal your letter is</source>
        <translation>Qué tan personal es su carta</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Cargando las campañas…</translation>
    </message>
    <message>
        <source>{0} (ended)</source>
        <translation>{0} (terminada)</translation>
    </message>
    <message>
        <source>No campaign is installed. Reinstall Advocate.</source>
        <translation>No hay ninguna campaña instalada. Vuelva a instalar Advocate.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>House</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Senate</source>
        <translation>Senado</translation>
    </message>
    <message>
        <source>This campaign has ended: its Congress is over and its bills died with it.</source>
        <translation>Esta campaña terminó: su Congreso concluyó y sus proyectos de ley caducaron con él.</translation>
    </message>
    <message>
        <source>Checking who supports the bill…</source>
        <translation>Comprobando quién apoya el proyecto de ley…</translation>
    </message>
    <message>
        <source>Writing your letters…</source>
        <translation>Escribiendo sus cartas…</translation>
    </message>
    <message>
        <source>Add my name</source>
        <translation>Añadir mi nombre</translation>
    </message>
    <message>
        <source>This campaign has no bill for: {0}.</source>
        <translation>Esta campaña no tiene proyecto de ley para: {0}.</translation>
    </message>
    <message>
        <source>Only the campaign&apos;s words so far. Offices give far more weight to a letter with a sentence or two of your own.</source>
        <translation>Por ahora solo tiene las palabras de la campaña. Las oficinas dan mucho más peso a una carta con una o dos frases suyas.</translation>
    </message>
    <message>
        <source>A little of you is in it. A few more words of your own will help it stand out.</source>
        <translation>Tiene un poco de usted. Unas palabras más suyas la harán destacar.</translation>
    </message>
    <message>
        <source>Good: your own words are a real part of this letter.</source>
        <translation>Bien: sus propias palabras son una parte real de esta carta.</translation>
    </message>
    <message>
        <source>Very personal. Offices notice letters like this one.</source>
        <translation>Muy personal. Las oficinas se fijan en cartas como esta.</translation>
    </message>
</context>
<context>
    <name>LetterPreview</name>
    <message>
        <source>Letter heading</source>
        <translation>Encabezado de la carta</translation>
    </message>
    <message>
        <source>You changed this letter yourself, so your newest story and talking points are not in it.</source>
        <translation>Usted modificó esta carta, así que su historia y sus argumentos más recientes no están en ella.</translation>
    </message>
    <message>
        <source>Use the &amp;updated text</source>
        <translation>Usar el texto act&amp;ualizado</translation>
    </message>
    <message>
        <source>Use the updated text</source>
        <translation>Usar el texto actualizado</translation>
    </message>
    <message>
        <source>Your own edits can be brought back with Undo (Ctrl+Z).</source>
        <translation>Puede recuperar sus cambios con Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Letter to {0}</source>
        <translation>Carta para {0}</translation>
    </message>
    <message>
        <source>Editable text of the letter. Your changes are kept when you move between steps.</source>
        <translation>Texto editable de la carta. Sus cambios se conservan al moverse entre pasos.</translation>
    </message>
    <message>
        <source>Letter closing</source>
        <translation>Despedida de la carta</translation>
    </message>
</context>
<context>
    <name>LetterTabs</name>
    <message>
        <source>Preview (you can edit each letter):</source>
        <translation>Vista previa (puede editar cada carta):</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Your letters appear here once your members are found.</source>
        <translation>Sus cartas aparecerán aquí cuando se encuentren sus miembros del Congreso.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0}: write to Congress</source>
        <translation>{0}: escriba al Congreso</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your members</source>
        <translation>Sus congresistas</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Tick at least one member to write to.</source>
        <translation>Marque al menos a un miembro del Congreso al que escribir.</translation>
    </message>
</context>
<context>
    <name>ManifestForm</name>
    <message>
        <source>e.g. stop-csam-austin</source>
        <translation>p. ej., stop-csam-austin</translation>
    </message>
    <message>
        <source>optional, e.g. 2027-01-03</source>
        <translation>opcional, p. ej., 2027-01-03</translation>
    </message>
    <message>
        <source>optional: name@example.org</source>
        <translation>opcional: nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>Identificador de la campaña</translation>
    </message>
    <message>
        <source>3 to 64 lowercase letters, digits or dashes; it names the pack.</source>
        <translation>De 3 a 64 letras minúsculas, cifras o guiones; da nombre al paquete.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Título de la campaña</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Re&amp;sumen:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Congress:</source>
        <translation>&amp;Congreso:</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Congreso</translation>
    </message>
    <message>
        <source>The Congress the bills belong to; they die when it ends.</source>
        <translation>El Congreso al que pertenecen los proyectos de ley; caducan cuando termina.</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>&amp;Fecha de fin:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Línea de asunto</translation>
    </message>
    <message>
        <source>May use {bill}, {short_title} and {title}.</source>
        <translation>Puede usar {bill}, {short_title} y {title}.</translation>
    </message>
    <message>
        <source>&amp;Organizer email:</source>
        <translation>Correo del &amp;organizador:</translation>
    </message>
    <message>
        <source>Organizer email</source>
        <translation>Correo del organizador</translation>
    </message>
    <message>
        <source>Bill for the House</source>
        <translation>Proyecto de ley para la Cámara</translation>
    </message>
    <message>
        <source>Bill for the Senate</source>
        <translation>Proyecto de ley para el Senado</translation>
    </message>
    <message>
        <source>Which template each member gets</source>
        <translation>Qué plantilla recibe cada miembro</translation>
    </message>
    <message>
        <source>Representatives:</source>
        <translation>Representantes:</translation>
    </message>
    <message>
        <source>Senators:</source>
        <translation>Senadores:</translation>
    </message>
    <message>
        <source>Delegates:</source>
        <translation>Delegados:</translation>
    </message>
    <message>
        <source>Resident Commissioner:</source>
        <translation>Comisionado Residente:</translation>
    </message>
    <message>
        <source>Template for {0}</source>
        <translation>Plantilla para {0}</translation>
    </message>
    <message>
        <source>Talking points (ticked ones are chosen unless the person changes them)</source>
        <translation>Argumentos (los marcados se eligen salvo que la persona los cambie)</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>A&amp;rgumentos:</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>&amp;Add point</source>
        <translation>&amp;Añadir argumento</translation>
    </message>
    <message>
        <source>Add talking point</source>
        <translation>Añadir argumento</translation>
    </message>
    <message>
        <source>&amp;Remove point</source>
        <translation>&amp;Quitar argumento</translation>
    </message>
    <message>
        <source>Remove talking point</source>
        <translation>Quitar argumento</translation>
    </message>
    <message>
        <source>Double-click a point (or press F2) to edit it.</source>
        <translation>Haga doble clic en un argumento (o pulse F2) para editarlo.</translation>
    </message>
    <message>
        <source>Story &amp;prompts (one per line):</source>
        <translation>&amp;Preguntas para la historia (una por línea):</translation>
    </message>
    <message>
        <source>Story prompts</source>
        <translation>Preguntas para la historia</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>A sentence or two that reads well in a letter.</source>
        <translation>Una o dos frases que se lean bien en una carta.</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Write to this member</source>
        <translation>Escribir a este miembro</translation>
    </message>
    <message>
        <source>Include {0}</source>
        <translation>Incluir a {0}</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Washington office: {0}</source>
        <translation>Oficina en Washington: {0}</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Your members of Congress</source>
        <translation>Sus miembros del Congreso</translation>
    </message>
    <message>
        <source>Which of these addresses is yours?</source>
        <translation>¿Cuál de estas direcciones es la suya?</translation>
    </message>
    <message>
        <source>&amp;Use this address</source>
        <translation>&amp;Usar esta dirección</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Usar esta dirección</translation>
    </message>
    <message>
        <source>Your ZIP code is in more than one district</source>
        <translation>Su código postal abarca más de un distrito</translation>
    </message>
    <message>
        <source>&amp;Enter my street address</source>
        <translation>&amp;Escribir mi dirección</translation>
    </message>
    <message>
        <source>Enter my street address</source>
        <translation>Escribir mi dirección</translation>
    </message>
    <message>
        <source>This is &amp;my district</source>
        <translation>Este es &amp;mi distrito</translation>
    </message>
    <message>
        <source>This is my district</source>
        <translation>Este es mi distrito</translation>
    </message>
    <message>
        <source>We looked up: {0}. Your Representative is not certain yet.</source>
        <translation>Buscamos: {0}. Todavía no se sabe con certeza quién es su representante.</translation>
    </message>
    <message>
        <source>We looked up {0} in the ZIP code table: district {1}. A street address is more exact.</source>
        <translation>Buscamos {0} en la tabla de códigos postales: distrito {1}. Una dirección completa es más exacta.</translation>
    </message>
    <message>
        <source>Matched address: {0} (district {1}).</source>
        <translation>Dirección encontrada: {0} (distrito {1}).</translation>
    </message>
    <message>
        <source>No member is certain yet: choose your address or district above.</source>
        <translation>Todavía no hay ningún miembro seguro: elija arriba su dirección o su distrito.</translation>
    </message>
    <message>
        <source>Member data from {0}.</source>
        <translation>Datos de los miembros del {0}.</translation>
    </message>
    <message>
        <source>District map: {0}.</source>
        <translation>Mapa de distritos: {0}.</translation>
    </message>
    <message>
        <source>The address service found several addresses like the one you typed. Choose yours, then press “Use this address”.</source>
        <translation>El servicio de direcciones encontró varias direcciones parecidas a la que escribió. Elija la suya y pulse «Usar esta dirección».</translation>
    </message>
    <message>
        <source>{0} (district {1})</source>
        <translation>{0} (distrito {1})</translation>
    </message>
    <message>
        <source>Enter your street address to find your one Representative. If you know your district, you can choose it here instead.</source>
        <translation>Escriba su dirección para encontrar a su representante. Si conoce su distrito, también puede elegirlo aquí.</translation>
    </message>
    <message>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message>
        <source>{0}: vacant seat</source>
        <translation>{0}: escaño vacante</translation>
    </message>
    <message>
        <source>Choose one of the addresses first.</source>
        <translation>Primero elija una de las direcciones.</translation>
    </message>
    <message>
        <source>Looking up your members of Congress…</source>
        <translation>Buscando a sus miembros del Congreso…</translation>
    </message>
    <message>
        <source>Choose your district first, or enter your street address.</source>
        <translation>Primero elija su distrito, o escriba su dirección.</translation>
    </message>
</context>
<context>
    <name>OrganizerActions</name>
    <message>
        <source>Changing the event needs the organizer&apos;s PIN.</source>
        <translation>Para cambiar el evento hace falta el PIN del organizador.</translation>
    </message>
    <message>
        <source>The campaign editor is for the organizer. Enter the PIN.</source>
        <translation>El editor de campañas es para el organizador. Escriba el PIN.</translation>
    </message>
    <message>
        <source>The tallies are for the organizer. Enter the PIN.</source>
        <translation>Los recuentos son para el organizador. Escriba el PIN.</translation>
    </message>
    <message>
        <source>The print queue is for the organizer. Enter the PIN.</source>
        <translation>La cola de impresión es para el organizador. Escriba el PIN.</translation>
    </message>
    <message>
        <source>Sending waiting emails is for the organizer. Enter the PIN.</source>
        <translation>Enviar los correos en espera es tarea del organizador. Escriba el PIN.</translation>
    </message>
    <message>
        <source>{0} waiting email(s) sent; {1} still waiting.</source>
        <translation>{0} correo(s) en espera enviados; {1} siguen en espera.</translation>
    </message>
    <message>
        <source>Sending waiting emails…</source>
        <translation>Enviando los correos en espera…</translation>
    </message>
</context>
<context>
    <name>PackFiles</name>
    <message>
        <source>Opening the pack…</source>
        <translation>Abriendo el paquete…</translation>
    </message>
    <message>
        <source>Opened {0}.</source>
        <translation>Abierto {0}.</translation>
    </message>
    <message>
        <source>Saving the campaign…</source>
        <translation>Guardando la campaña…</translation>
    </message>
    <message>
        <source>Saved the campaign in {0}.</source>
        <translation>Campaña guardada en {0}.</translation>
    </message>
    <message>
        <source>Wrote {0}. Share it with the other laptops.</source>
        <translation>Se escribió {0}. Compártalo con las demás computadoras.</translation>
    </message>
    <message>
        <source>Writing the .zip…</source>
        <translation>Escribiendo el .zip…</translation>
    </message>
    <message>
        <source>“{0}” is installed: choose it on the Letter step.</source>
        <translation>«{0}» está instalada: elíjala en el paso de la carta.</translation>
    </message>
    <message>
        <source>Installing the campaign…</source>
        <translation>Instalando la campaña…</translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation>Cargando la campaña…</translation>
    </message>
    <message>
        <source>Open a campaign pack folder</source>
        <translation>Abrir una carpeta de campaña</translation>
    </message>
    <message>
        <source>Import a campaign pack</source>
        <translation>Importar un paquete de campaña</translation>
    </message>
    <message>
        <source>Campaign packs (*.zip)</source>
        <translation>Paquetes de campaña (*.zip)</translation>
    </message>
    <message>
        <source>Choose the folder to save the pack in</source>
        <translation>Elija la carpeta donde guardar el paquete</translation>
    </message>
    <message>
        <source>Export the campaign as .zip</source>
        <translation>Exportar la campaña como .zip</translation>
    </message>
    <message>
        <source>Load from web address</source>
        <translation>Cargar desde una dirección web</translation>
    </message>
    <message>
        <source>The https:// address of the campaign pack (.zip):</source>
        <translation>La dirección https:// del paquete de campaña (.zip):</translation>
    </message>
    <message>
        <source>New campaign from this one</source>
        <translation>Nueva campaña a partir de esta</translation>
    </message>
    <message>
        <source>Id of the new campaign (lowercase letters, digits, dashes):</source>
        <translation>Identificador de la nueva campaña (minúsculas, cifras, guiones):</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This campaign has changes that are not saved. Discard them?</source>
        <translation>Esta campaña tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Organizer PIN</source>
        <translation>PIN del organizador</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensaje del PIN</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>That PIN is not right. Ask the organizer.</source>
        <translation>Ese PIN no es correcto. Pregunte al organizador.</translation>
    </message>
</context>
<context>
    <name>PrintQueueDialog</name>
    <message>
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
    </message>
    <message>
        <source>Letters waiting to be printed</source>
        <translation>Cartas que esperan su impresión</translation>
    </message>
    <message>
        <source>They print as one batch: for each office a cover sheet, then its letters. The queue is kept only in memory; print it before you quit.</source>
        <translation>Se imprimen en un solo lote: para cada oficina una portada y luego sus cartas. La cola solo se guarda en la memoria; imprímala antes de salir.</translation>
    </message>
    <message>
        <source>Letters waiting</source>
        <translation>Cartas en espera</translation>
    </message>
    <message>
        <source>&amp;Offices:</source>
        <translation>&amp;Oficinas:</translation>
    </message>
    <message>
        <source>Letters waiting per member</source>
        <translation>Cartas en espera por miembro</translation>
    </message>
    <message>
        <source>&amp;Print all…</source>
        <translation>&amp;Imprimir todo…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>&amp;Discard all</source>
        <translation>&amp;Descartar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{0}: {1} letter(s)</source>
        <translation>{0}: {1} carta(s)</translation>
    </message>
    <message>
        <source>{0} letter(s) waiting.</source>
        <translation>{0} carta(s) en espera.</translation>
    </message>
    <message>
        <source>Letters from the event</source>
        <translation>Cartas del evento</translation>
    </message>
    <message>
        <source>Printing failed; the letters are still queued: {0}</source>
        <translation>La impresión falló; las cartas siguen en la cola: {0}</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>impresora</translation>
    </message>
    <message>
        <source>Folder for the batch PDF</source>
        <translation>Carpeta para el PDF del lote</translation>
    </message>
    <message>
        <source>The PDF could not be written; the letters are still queued: {0}</source>
        <translation>No se pudo escribir el PDF; las cartas siguen en la cola: {0}</translation>
    </message>
    <message>
        <source>{0} letter(s) printed.</source>
        <translation>{0} carta(s) impresa(s).</translation>
    </message>
    <message>
        <source>{0} letter(s) discarded.</source>
        <translation>{0} carta(s) descartada(s).</translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <source>Unfinished letter</source>
        <translation>Carta sin terminar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Resta&amp;urar</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurar borrador</translation>
    </message>
    <message>
        <source>Disc&amp;ard</source>
        <translation>Dese&amp;char</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Desechar borrador</translation>
    </message>
    <message>
        <source>Restore the letter you were writing ({0})?</source>
        <translation>¿Restaurar la carta que estaba escribiendo ({0})?</translation>
    </message>
</context>
<context>
    <name>SendJobs</name>
    <message>
        <source>Your letters were saved, but Advocate could not add them to your history: {0}</source>
        <translation>Sus cartas se guardaron, pero Advocate no pudo añadirlas a su historial: {0}</translation>
    </message>
    <message>
        <source>Saved {0} letter(s) as PDF in {1}.</source>
        <translation>Se guardaron {0} carta(s) como PDF en {1}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Saving PDFs…</source>
        <translation>Guardando los PDF…</translation>
    </message>
    <message>
        <source>These characters cannot be printed and will show as empty boxes: {0}. Remove them from your story or letter.</source>
        <translation>Estos caracteres no se pueden imprimir y saldrán como cuadros vacíos: {0}. Quítelos de su historia o de su carta.</translation>
    </message>
    <message>
        <source>Your letters will be printed with the others at the end of the event ({0} waiting).</source>
        <translation>Sus cartas se imprimirán con las demás al final del evento ({0} en espera).</translation>
    </message>
    <message>
        <source>Letters to Congress</source>
        <translation>Cartas al Congreso</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <source>Add your email address on the first step, or choose another recipient.</source>
        <translation>Añada su correo electrónico en el primer paso, o elija otro destinatario.</translation>
    </message>
    <message>
        <source>No organizer address is set. Enter it in Settings › Email, or choose another recipient.</source>
        <translation>No hay una dirección de organizador. Escríbala en Configuración › Correo, o elija otro destinatario.</translation>
    </message>
    <message>
        <source>Type the email address to send the letters to.</source>
        <translation>Escriba la dirección de correo a la que enviar las cartas.</translation>
    </message>
    <message>
        <source>Set up email</source>
        <translation>Configurar el correo</translation>
    </message>
    <message>
        <source>Use my mail program</source>
        <translation>Usar mi programa de correo</translation>
    </message>
    <message>
        <source>No mail server is set up yet. Set one up in Settings, or write the email in your own mail program (one letter at a time).</source>
        <translation>Todavía no hay un servidor de correo configurado. Configúrelo en Configuración, o escriba el correo en su propio programa de correo (una carta cada vez).</translation>
    </message>
    <message>
        <source>Sending email…</source>
        <translation>Enviando el correo…</translation>
    </message>
    <message>
        <source>{0} email(s) sent, {1} not sent yet (they wait in the outbox):
{2}</source>
        <translation>{0} correo(s) enviado(s), {1} todavía sin enviar (esperan en la bandeja de salida):
{2}</translation>
    </message>
    <message>
        <source>Sent {0} email(s){1}.</source>
        <translation>Se enviaron {0} correo(s){1}.</translation>
    </message>
    <message>
        <source> to {0}</source>
        <translation> a {0}</translation>
    </message>
    <message>
        <source>These letters were already sent to {0}.</source>
        <translation>Estas cartas ya se enviaron a {0}.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>Abrir la configuración</translation>
    </message>
    <message>
        <source>The letter is too long for a mail link, so it is copied: paste it into the new email&apos;s body (Ctrl+V).</source>
        <translation>La carta es demasiado larga para un enlace de correo, así que se copió: péguela en el cuerpo del correo nuevo (Ctrl+V).</translation>
    </message>
    <message>
        <source>Your letter to {0} is copied. Paste it into the form&apos;s message box (Ctrl+V).</source>
        <translation>Su carta para {0} está copiada. Péguela en el cuadro de mensaje del formulario (Ctrl+V).</translation>
    </message>
    <message>
        <source>This is the office&apos;s contact form.</source>
        <translation>Este es el formulario de contacto de la oficina.</translation>
    </message>
    <message>
        <source>The office&apos;s form is not in our data, so this opens the usual contact page of their website. If it is not a form, look for “Contact” on the site.</source>
        <translation>El formulario de la oficina no está en nuestros datos, así que se abre la página de contacto habitual de su sitio web. Si no es un formulario, busque «Contact» en el sitio.</translation>
    </message>
    <message>
        <source>No website is known for this office. Send the letter on paper to the district office instead.</source>
        <translation>No conocemos el sitio web de esta oficina. Envíe la carta en papel a la oficina del distrito.</translation>
    </message>
    <message>
        <source>Your message is {0} characters; many forms take only 2,000 to 5,000 and cut off the rest. Check that the form kept all of it, or shorten it.</source>
        <translation>Su mensaje tiene {0} caracteres; muchos formularios solo admiten de 2000 a 5000 y cortan el resto. Compruebe que el formulario lo conservó entero, o acórtelo.</translation>
    </message>
    <message>
        <source>Advocate could not open a web browser. The address is: {0}</source>
        <translation>Advocate no pudo abrir un navegador web. La dirección es: {0}</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>Send your letters</source>
        <translation>Envíe sus cartas</translation>
    </message>
    <message>
        <source>Tick the letters to save, print or email. Paper counts: offices read letters mailed to their district office or handed in at an event.</source>
        <translation>Marque las cartas que quiere guardar, imprimir o enviar por correo. El papel cuenta: las oficinas leen las cartas enviadas a su oficina del distrito o entregadas en un evento.</translation>
    </message>
    <message>
        <source>&amp;Letters:</source>
        <translation>&amp;Cartas:</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Cartas para enviar</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>C&amp;hange folder…</source>
        <translation>Cam&amp;biar la carpeta…</translation>
    </message>
    <message>
        <source>Change folder</source>
        <translation>Cambiar la carpeta</translation>
    </message>
    <message>
        <source>&amp;Save as PDF</source>
        <translation>&amp;Guardar como PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Send email to</source>
        <translation>Enviar el correo a</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Attach a PDF &amp;copy</source>
        <translation>Adjuntar una copia en &amp;PDF</translation>
    </message>
    <message>
        <source>Attach a PDF copy</source>
        <translation>Adjuntar una copia en PDF</translation>
    </message>
    <message>
        <source>&amp;Email letters</source>
        <translation>&amp;Enviar cartas por correo</translation>
    </message>
    <message>
        <source>Email letters</source>
        <translation>Enviar cartas por correo</translation>
    </message>
    <message>
        <source>Most offices do not publish an email address: email a copy to yourself, or to your organizer for hand delivery.</source>
        <translation>La mayoría de las oficinas no publican una dirección de correo: envíese una copia a usted o a su organizador para entregarla en mano.</translation>
    </message>
    <message>
        <source>Contact forms</source>
        <translation>Formularios de contacto</translation>
    </message>
    <message>
        <source>&amp;Open contact form</source>
        <translation>Abrir el &amp;formulario de contacto</translation>
    </message>
    <message>
        <source>Open contact form</source>
        <translation>Abrir el formulario de contacto</translation>
    </message>
    <message>
        <source>Saved in: {0}</source>
        <translation>Se guardan en: {0}</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Hecho: {0}</translation>
    </message>
    <message>
        <source>Choose where to save letters</source>
        <translation>Elija dónde guardar las cartas</translation>
    </message>
    <message>
        <source>Myself ({0})</source>
        <translation>A mí ({0})</translation>
    </message>
    <message>
        <source>Myself</source>
        <translation>A mí</translation>
    </message>
    <message>
        <source>My organizer ({0})</source>
        <translation>A mi organizador ({0})</translation>
    </message>
    <message>
        <source>My organizer</source>
        <translation>A mi organizador</translation>
    </message>
    <message>
        <source>Another address</source>
        <translation>Otra dirección</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impresa</translation>
    </message>
    <message>
        <source>emailed</source>
        <translation>enviada por correo</translation>
    </message>
    <message>
        <source>form opened</source>
        <translation>formulario abierto</translation>
    </message>
    <message>
        <source>mail program</source>
        <translation>programa de correo</translation>
    </message>
    <message>
        <source>queued for printing</source>
        <translation>en cola para imprimir</translation>
    </message>
    <message>
        <source>Choose a letter in the list.</source>
        <translation>Elija una carta de la lista.</translation>
    </message>
    <message>
        <source>Web forms take one letter at a time. “Open contact form” copies the highlighted letter ({0}) and opens that office&apos;s form: paste it into the message box.</source>
        <translation>Los formularios web aceptan una carta cada vez. «Abrir el formulario de contacto» copia la carta seleccionada ({0}) y abre el formulario de esa oficina: péguela en el cuadro de mensaje.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <source>These fill in the first step each time Advocate starts. Leave them empty on a shared computer.</source>
        <translation>Estos datos rellenan el primer paso cada vez que se abre Advocate. Déjelos vacíos en una computadora compartida.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;postal (ZIP):</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Documents/Advocate letters</source>
        <translation>Documentos/Cartas de Advocate</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Buscar una carpeta</translation>
    </message>
    <message>
        <source>Save letters &amp;in:</source>
        <translation>Guardar las cartas &amp;en:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Carpeta predeterminada para guardar</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta EE. UU. (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>leave empty to keep the saved key</source>
        <translation>déjelo vacío para conservar la clave guardada</translation>
    </message>
    <message>
        <source>Congress.gov &amp;API key:</source>
        <translation>Clave de la &amp;API de Congress.gov:</translation>
    </message>
    <message>
        <source>Congress.gov API key</source>
        <translation>Clave de la API de Congress.gov</translation>
    </message>
    <message>
        <source>The Congress.gov key (free from api.data.gov) lets Advocate check who already cosponsors a bill, so those members get a thank-you instead of a request. Without one, a shared demo key is used. The key is kept in the system keyring.</source>
        <translation>La clave de Congress.gov (gratuita en api.data.gov) permite a Advocate comprobar quién ya copatrocina un proyecto de ley, para que esos miembros reciban un agradecimiento en lugar de una petición. Sin ella se usa una clave de demostración compartida. La clave se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Advocate uses the new language the next time it starts. Letters stay in the language of their campaign.</source>
        <translation>Advocate usará el idioma nuevo la próxima vez que se abra. Las cartas siguen en el idioma de su campaña.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Choose where to save letters</source>
        <translation>Elija dónde guardar las cartas</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Guardando la contraseña…</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Guardar solo durante esta sesión</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
</context>
<context>
    <name>TalliesWindow</name>
    <message>
        <source>Tallies</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Letters written on this computer</source>
        <translation>Cartas escritas en esta computadora</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Only from</source>
        <translation>&amp;Solo desde</translation>
    </message>
    <message>
        <source>Only between dates</source>
        <translation>Solo entre fechas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>member</source>
        <translation>miembro</translation>
    </message>
    <message>
        <source>district</source>
        <translation>distrito</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>route</source>
        <translation>vía</translation>
    </message>
    <message>
        <source>&amp;Count by:</source>
        <translation>&amp;Contar por:</translation>
    </message>
    <message>
        <source>Count by</source>
        <translation>Contar por</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Letters chart</source>
        <translation>Gráfico de cartas</translation>
    </message>
    <message>
        <source>Letters table</source>
        <translation>Tabla de cartas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Sent or printed</source>
        <translation>Enviadas o impresas</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Summary PDF…</source>
        <translation>&amp;Resumen en PDF…</translation>
    </message>
    <message>
        <source>Summary PDF</source>
        <translation>Resumen en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>One page per &amp;office</source>
        <translation>Una página por &amp;oficina</translation>
    </message>
    <message>
        <source>One page per office</source>
        <translation>Una página por oficina</translation>
    </message>
    <message>
        <source>All letters</source>
        <translation>Todas las cartas</translation>
    </message>
    <message>
        <source>Letters outside events</source>
        <translation>Cartas fuera de eventos</translation>
    </message>
    <message>
        <source>{0} letter(s), sent or printed {1} time(s).</source>
        <translation>{0} carta(s), enviadas o impresas {1} vez/veces.</translation>
    </message>
    <message>
        <source>No letters counted yet.</source>
        <translation>Todavía no hay cartas contadas.</translation>
    </message>
    <message>
        <source>(outside events)</source>
        <translation>(fuera de eventos)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Escribiendo el resumen…</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>Se escribió {0}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New letter writer</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right: back and next. Ctrl+1 to Ctrl+4: go to a step. Alt with an underlined letter: jump to that field or button. Ctrl+N: start over for the next letter writer. Ctrl+Q: quit.</source>
        <translation>Alt+Izquierda / Alt+Derecha: atrás y siguiente. Ctrl+1 a Ctrl+4: ir a un paso. Alt con una letra subrayada: saltar a ese campo o botón. Ctrl+N: empezar de nuevo para la siguiente persona. Ctrl+Q: salir.</translation>
    </message>
</context>
<context>
    <name>YouPage</name>
    <message>
        <source>Who is writing?</source>
        <translation>¿Quién escribe?</translation>
    </message>
    <message>
        <source>Your members of Congress answer letters from the people they represent, so they need your name and home address. Your street address is sent only to the U.S. Census address service, to find your district.</source>
        <translation>Sus miembros del Congreso responden las cartas de las personas a las que representan, así que necesitan su nombre y la dirección de su domicilio. Su dirección solo se envía al servicio de direcciones de la Oficina del Censo de EE. UU., para encontrar su distrito.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>e.g. Maria Lopez</source>
        <translation>p. ej. María López</translation>
    </message>
    <message>
        <source>e.g. 1100 Congress Ave, Apt 4</source>
        <translation>p. ej. 1100 Congress Ave, Apt 4</translation>
    </message>
    <message>
        <source>optional: printed under your name for a reply</source>
        <translation>opcional: se imprime bajo su nombre para que le respondan</translation>
    </message>
    <message>
        <source>optional: not printed in the letter</source>
        <translation>opcional: no se imprime en la carta</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;ZIP code:</source>
        <translation>Código &amp;postal (ZIP):</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal (ZIP)</translation>
    </message>
    <message>
        <source>Five digits. A ZIP code alone may cover several districts.</source>
        <translation>Cinco dígitos. Un código postal solo puede abarcar varios distritos.</translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation>C&amp;orreo electrónico (opcional):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>P&amp;hone (optional):</source>
        <translation>&amp;Teléfono (opcional):</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Re&amp;member my details on this computer</source>
        <translation>&amp;Recordar mis datos en esta computadora</translation>
    </message>
    <message>
        <source>Remember my details on this computer</source>
        <translation>Recordar mis datos en esta computadora</translation>
    </message>
    <message>
        <source>Leave this off on a shared computer, for example at an event.</source>
        <translation>Déjelo sin marcar en una computadora compartida, por ejemplo en un evento.</translation>
    </message>
    <message>
        <source>Fin&amp;d my representatives</source>
        <translation>&amp;Buscar a mis representantes</translation>
    </message>
    <message>
        <source>Find my representatives</source>
        <translation>Buscar a mis representantes</translation>
    </message>
    <message>
        <source>Only a ZIP code? That works, but about one ZIP code in five is split between districts; then Advocate asks for your street address.</source>
        <translation>¿Solo tiene el código postal? Sirve, pero uno de cada cinco códigos postales se reparte entre varios distritos; entonces Advocate le pedirá su dirección.</translation>
    </message>
    <message>
        <source>Add the house number to your street address (for example 1100 Congress Ave).</source>
        <translation>Añada el número a su dirección (por ejemplo 1100 Congress Ave).</translation>
    </message>
    <message>
        <source>Add your city and state, or your ZIP code, after the street address.</source>
        <translation>Añada su ciudad y su estado, o su código postal, después de la dirección.</translation>
    </message>
    <message>
        <source>A ZIP code has five digits.</source>
        <translation>Un código postal tiene cinco dígitos.</translation>
    </message>
    <message>
        <source>Enter your street address, city and state, or at least your ZIP code.</source>
        <translation>Escriba su dirección, ciudad y estado, o al menos su código postal.</translation>
    </message>
    <message>
        <source>Looking up your members of Congress…</source>
        <translation>Buscando a sus miembros del Congreso…</translation>
    </message>
</context>
</TS>
