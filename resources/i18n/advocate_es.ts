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
    <name>AskPage</name>
    <message>
        <source>The ask</source>
        <translation>La petición</translation>
    </message>
    <message>
        <source>What should members who have not signed on do? Members who already cosponsor or sponsor the bill are thanked instead.</source>
        <translation>¿Qué deben hacer los miembros que aún no apoyan el proyecto? A quienes ya lo copatrocinan o patrocinan se les agradece en su lugar.</translation>
    </message>
    <message>
        <source>Please…:</source>
        <translation>Por favor…:</translation>
    </message>
    <message>
        <source>What you ask members to do</source>
        <translation>Lo que pide a los miembros</translation>
    </message>
    <message>
        <source>Words that fit every member: Delegates and the Resident Commissioner cannot vote on the House floor.</source>
        <translation>Palabras que sirvan para todos: los Delegados y el Comisionado Residente no votan en el pleno de la Cámara.</translation>
    </message>
    <message>
        <source>Campaign summary</source>
        <translation>Resumen de la campaña</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>Shown when a person picks the campaign; empty: written from the ask.</source>
        <translation>Se muestra al elegir la campaña; vacío: se escribe a partir de la petición.</translation>
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
    <name>BillPage</name>
    <message>
        <source>The bill</source>
        <translation>El proyecto de ley</translation>
    </message>
    <message>
        <source>Which bill are people writing about? Give the House bill, the Senate bill, or both (companion bills have different numbers).</source>
        <translation>¿Sobre qué proyecto escribirán? Indique el de la Cámara, el del Senado o ambos (los proyectos gemelos tienen números distintos).</translation>
    </message>
    <message>
        <source>e.g. Kids Online Safety Act</source>
        <translation>p. ej. Kids Online Safety Act</translation>
    </message>
    <message>
        <source>Campaign &amp;title:</source>
        <translation>&amp;Título de la campaña:</translation>
    </message>
    <message>
        <source>Campaign title</source>
        <translation>Título de la campaña</translation>
    </message>
    <message>
        <source>the bill&apos;s short title; empty: the campaign title</source>
        <translation>título corto del proyecto; vacío: el título de la campaña</translation>
    </message>
    <message>
        <source>Bill&apos;s s&amp;hort title:</source>
        <translation>Tít&amp;ulo corto del proyecto:</translation>
    </message>
    <message>
        <source>Bill short title</source>
        <translation>Título corto del proyecto</translation>
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
        <source>Bills die when their Congress ends (the 119th ends January 3, 2027).</source>
        <translation>Los proyectos caducan cuando termina su Congreso (el 119.º termina el 3 de enero de 2027).</translation>
    </message>
    <message>
        <source>&amp;House bill:</source>
        <translation>Proyecto de la &amp;Cámara:</translation>
    </message>
    <message>
        <source>House bill</source>
        <translation>Proyecto de la Cámara</translation>
    </message>
    <message>
        <source>&amp;Senate bill:</source>
        <translation>Proyecto del &amp;Senado:</translation>
    </message>
    <message>
        <source>Senate bill</source>
        <translation>Proyecto del Senado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>{0}: there is one</source>
        <translation>{0}: hay uno</translation>
    </message>
    <message>
        <source>{0} type</source>
        <translation>{0}: tipo</translation>
    </message>
    <message>
        <source>{0} number</source>
        <translation>{0}: número</translation>
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
    <message>
        <source>Letter views</source>
        <translation>Vistas de la carta</translation>
    </message>
    <message>
        <source>Para&amp;graphs</source>
        <translation>Pár&amp;rafos</translation>
    </message>
    <message>
        <source>Template &amp;code</source>
        <translation>&amp;Código de plantilla</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Cosponsor</source>
        <translation>Copatrocinador</translation>
    </message>
    <message>
        <source>&amp;Story to try in the preview:</source>
        <translation>&amp;Historia para probar en la vista previa:</translation>
    </message>
    <message>
        <source>Story to try in the preview</source>
        <translation>Historia para probar en la vista previa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Writing campaigns</source>
        <translation>&amp;Escribir campañas</translation>
    </message>
    <message>
        <source>&amp;Fields a letter can use</source>
        <translation>&amp;Campos que puede usar una carta</translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation>Abrir la campaña de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Representantes</translation>
    </message>
    <message>
        <source>Senators</source>
        <translation>Senadores</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Delegados</translation>
    </message>
    <message>
        <source>the Resident Commissioner</source>
        <translation>el Comisionado Residente</translation>
    </message>
    <message>
        <source>&amp;Spanish</source>
        <translation>&amp;Español</translation>
    </message>
    <message>
        <source>Preview the Spanish letters</source>
        <translation>Ver las cartas en español</translation>
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
        <source>The public data is here now. Press “Find my representatives” again.</source>
        <translation>Los datos públicos ya están aquí. Pulse «Buscar a mis representantes» otra vez.</translation>
    </message>
    <message>
        <source>To find members of Congress, Advocate first needs the public lists of members and ZIP codes, and they are not on this computer yet. Connect to the internet and press “{0}”, or choose a folder or USB stick with the files in “Data settings”.</source>
        <translation>Para encontrar a los miembros del Congreso, Advocate necesita primero las listas públicas de miembros y de códigos postales, y todavía no están en esta computadora. Conéctese a internet y pulse «{0}», o elija una carpeta o memoria USB con los archivos en «Configuración de datos».</translation>
    </message>
    <message>
        <source>The public data could not be downloaded, so Advocate cannot look anyone up yet. Connect to the internet and press “Try again”. Without internet, copy the data from another computer, or choose a folder or USB stick with the files in “Data settings”.

What happened: {0}</source>
        <translation>No se pudieron descargar los datos públicos, así que Advocate todavía no puede buscar a nadie. Conéctese a internet y pulse «Reintentar». Sin internet, copie los datos desde otra computadora, o elija una carpeta o memoria USB con los archivos en «Configuración de datos».

Qué pasó: {0}</translation>
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
        <source>Not updated: {0}</source>
        <translation>Sin actualizar: {0}</translation>
    </message>
    <message>
        <source>The update failed: {0}</source>
        <translation>La actualización falló: {0}</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Congreso</translation>
    </message>
    <message>
        <source>&amp;Load from folder…</source>
        <translation>&amp;Cargar desde una carpeta…</translation>
    </message>
    <message>
        <source>Load from folder</source>
        <translation>Cargar desde una carpeta</translation>
    </message>
    <message>
        <source>Take every dataset found in a folder or on a USB stick, for example one written by &apos;advocate data export&apos; on another laptop. No internet is needed.</source>
        <translation>Toma todos los datos que encuentre en una carpeta o en una memoria USB, por ejemplo una escrita por «advocate data export» en otro portátil. No hace falta internet.</translation>
    </message>
    <message>
        <source>the Census table for the current Congress</source>
        <translation>la tabla del Censo para el Congreso actual</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for {0}</source>
        <translation>Examinar: {0}</translation>
    </message>
    <message>
        <source>{0}th</source>
        <translation>{0}.º</translation>
    </message>
    <message>
        <source>Choose the folder that holds the data</source>
        <translation>Elija la carpeta que contiene los datos</translation>
    </message>
    <message>
        <source>Choose the folder or USB stick that holds the data</source>
        <translation>Elija la carpeta o la memoria USB que contiene los datos</translation>
    </message>
    <message>
        <source>Loading the data from {0}…</source>
        <translation>Cargando los datos desde {0}…</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>Cargando datos…</translation>
    </message>
    <message>
        <source>Not loaded: {0}</source>
        <translation>No cargado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) loaded from the folder.</source>
        <translation>
            <numerusform>%n lista cargada desde la carpeta.</numerusform>
            <numerusform>%n listas cargadas desde la carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) updated, the others were already current.</source>
        <translation>
            <numerusform>%n lista actualizada; las demás ya estaban al día.</numerusform>
            <numerusform>%n listas actualizadas; las demás ya estaban al día.</numerusform>
        </translation>
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
        <source>Your details were cleared from the settings.</source>
        <translation>Sus datos se borraron de la configuración.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) have not been sent yet. They will be deleted and never sent.</source>
        <translation>
            <numerusform>Todavía no se ha enviado %n carta. Se borrará y nunca se enviará.</numerusform>
            <numerusform>Todavía no se han enviado %n cartas. Se borrarán y nunca se enviarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your data was deleted: %n letter(s) from the history,</source>
        <translation>
            <numerusform>Se borraron sus datos: %n carta del historial,</numerusform>
            <numerusform>Se borraron sus datos: %n cartas del historial,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the outbox and</source>
        <translation>
            <numerusform>%n de la bandeja de salida y</numerusform>
            <numerusform>%n de la bandeja de salida y</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished letter(s).</source>
        <translation>
            <numerusform>%n carta sin terminar.</numerusform>
            <numerusform>%n cartas sin terminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) that had not been sent will not be sent.</source>
        <translation>
            <numerusform>%n carta que no se había enviado no se enviará.</numerusform>
            <numerusform>%n cartas que no se habían enviado no se enviarán.</numerusform>
        </translation>
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
    <name>EmailJobs</name>
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
    <message numerus="yes">
        <source>%n email(s) sent,</source>
        <translation>
            <numerusform>%n correo enviado,</numerusform>
            <numerusform>%n correos enviados,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet (they wait in the outbox):</source>
        <translation>
            <numerusform>%n sin enviar todavía (espera en la bandeja de salida):</numerusform>
            <numerusform>%n sin enviar todavía (esperan en la bandeja de salida):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n email(s){0}.</source>
        <translation>
            <numerusform>Se envió %n correo{0}.</numerusform>
            <numerusform>Se enviaron %n correos{0}.</numerusform>
        </translation>
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
        <source>Print queue</source>
        <translation>Cola de impresión</translation>
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
    <message numerus="yes">
        <source>%n letter(s) still wait in the print queue. Print them first (Organizer › Print queue), or quit again to discard them.</source>
        <translation>
            <numerusform>Todavía hay %n carta en la cola de impresión. Imprímala primero (Organizador › Cola de impresión) o vuelva a salir para descartarla.</numerusform>
            <numerusform>Todavía hay %n cartas en la cola de impresión. Imprímalas primero (Organizador › Cola de impresión) o vuelva a salir para descartarlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventEmail</name>
    <message>
        <source>The mail server refused your email, so it was not delivered: {0}</source>
        <translation>El servidor de correo rechazó tu correo, así que no se entregó: {0}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Your email could not be sent now: {0}</source>
        <translation>Tu correo no se pudo enviar ahora: {0}</translation>
    </message>
    <message>
        <source>Save your letter as a PDF instead, to send or print it yourself.</source>
        <translation>Guarda tu carta como PDF en su lugar, para enviarla o imprimirla tú.</translation>
    </message>
    <message>
        <source>Save as PDF instead</source>
        <translation>Guardar como PDF en su lugar</translation>
    </message>
    <message>
        <source>Ask the organizer to add your letter to the print queue instead.</source>
        <translation>Pide a la persona organizadora que agregue tu carta a la cola de impresión.</translation>
    </message>
    <message>
        <source>It is not kept on this laptop after you finish.</source>
        <translation>No se guarda en esta computadora cuando termines.</translation>
    </message>
    <message>
        <source>1 email could not be delivered.</source>
        <translation>1 correo no se pudo entregar.</translation>
    </message>
    <message>
        <source>{0} emails could not be delivered.</source>
        <translation>{0} correos no se pudieron entregar.</translation>
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
    <message>
        <source>At least 6 characters. Only a scrambled form of it is stored.</source>
        <translation>Al menos 6 caracteres. Solo se guarda una forma cifrada.</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaña:</translation>
    </message>
    <message>
        <source>Event campaign</source>
        <translation>Campaña del evento</translation>
    </message>
    <message>
        <source>Every participant writes for this campaign; they cannot change it.</source>
        <translation>Todos los participantes escriben para esta campaña; no pueden cambiarla.</translation>
    </message>
    <message>
        <source>Talking points &amp;offered:</source>
        <translation>Argumentos &amp;ofrecidos:</translation>
    </message>
    <message>
        <source>Talking points offered</source>
        <translation>Argumentos ofrecidos</translation>
    </message>
    <message>
        <source>Untick the points participants should not be offered.</source>
        <translation>Desmarque los argumentos que no se deben ofrecer a los participantes.</translation>
    </message>
    <message>
        <source>Tick at least one talking point to offer.</source>
        <translation>Marque al menos un argumento para ofrecer.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>The guide is missing from this installation; reinstall Advocate.</source>
        <translation>Falta la guía en esta instalación; vuelva a instalar Advocate.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Writing campaigns</source>
        <translation>Escribir campañas</translation>
    </message>
    <message>
        <source>Fields a letter can use</source>
        <translation>Campos que puede usar una carta</translation>
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
    <message>
        <source>The outbox could not be read. {0}</source>
        <translation>No se pudo leer la bandeja de salida. {0}</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>No se pudo leer el historial.</translation>
    </message>
    <message>
        <source>No emails are waiting to be sent.</source>
        <translation>No hay correos pendientes de envío.</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) not sent yet. They stay here until the mail server takes them.</source>
        <translation>
            <numerusform>%n correo sin enviar todavía. Se queda aquí hasta que el servidor de correo lo acepte.</numerusform>
            <numerusform>%n correos sin enviar todavía. Se quedan aquí hasta que el servidor de correo los acepte.</numerusform>
        </translation>
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
    <message>
        <source>Representative</source>
        <comment>a woman</comment>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Senator</source>
        <comment>a woman</comment>
        <translation>Senadora</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>a woman</comment>
        <translation>Delegada</translation>
    </message>
    <message>
        <source>Resident Commissioner</source>
        <comment>a woman</comment>
        <translation>Comisionada Residente</translation>
    </message>
    <message>
        <source>Representative</source>
        <comment>a man</comment>
        <translation>Representante</translation>
    </message>
    <message>
        <source>Senator</source>
        <comment>a man</comment>
        <translation>Senador</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>a man</comment>
        <translation>Delegado</translation>
    </message>
    <message>
        <source>Resident Commissioner</source>
        <comment>a man</comment>
        <translation>Comisionado Residente</translation>
    </message>
</context>
<context>
    <name>LetterLanguageRow</name>
    <message>
        <source>Letter in Spanish</source>
        <translation>Carta en español</translation>
    </message>
    <message>
        <source>Write the letters in Spanish instead of English. Your story goes in as you wrote it.</source>
        <translation>Escribir las cartas en español en lugar de inglés. Su historia va tal como la escribió.</translation>
    </message>
    <message>
        <source>Show both versions</source>
        <translation>Ver ambas versiones</translation>
    </message>
    <message>
        <source>Shows the selected letter in the other language too, below the preview.</source>
        <translation>Muestra también la carta seleccionada en el otro idioma, debajo de la vista previa.</translation>
    </message>
    <message>
        <source>This campaign is only in English: its texts and letters are in English.</source>
        <translation>Esta campaña solo está en inglés: sus textos y sus cartas están en inglés.</translation>
    </message>
    <message>
        <source>Letters are in English unless you choose Spanish: English is what congressional offices log fastest. Your story goes into the letter exactly as you wrote it.</source>
        <translation>Las cartas están en inglés a menos que elija español: las oficinas del Congreso registran más rápido las cartas en inglés. Su historia va en la carta exactamente como la escribió.</translation>
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
    <message>
        <source>Writing your letters…</source>
        <translation>Escribiendo sus cartas…</translation>
    </message>
    <message>
        <source>Check for campaign &amp;updates</source>
        <translation>Buscar &amp;actualizaciones de la campaña</translation>
    </message>
    <message>
        <source>Check for campaign updates</source>
        <translation>Buscar actualizaciones de la campaña</translation>
    </message>
    <message>
        <source>Use “Check for campaign updates”: its organizer may have published it for the new Congress.</source>
        <translation>Use «Buscar actualizaciones de la campaña»: quizá sus organizadores la hayan publicado para el nuevo Congreso.</translation>
    </message>
    <message>
        <source>The letter in the other language</source>
        <translation>La carta en el otro idioma</translation>
    </message>
    <message>
        <source>The same letter in English:</source>
        <translation>La misma carta en inglés:</translation>
    </message>
    <message>
        <source>The same letter in Spanish:</source>
        <translation>La misma carta en español:</translation>
    </message>
    <message>
        <source>Show &amp;ideas for your story</source>
        <translation>Mostrar i&amp;deas para su historia</translation>
    </message>
    <message>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <source>Could not check on Congress.gov who already cosponsors {0}. The letters ask for cosponsorship; if your member already supports the bill, thank them instead.</source>
        <translation>No se pudo consultar en Congress.gov quién ya copatrocina {0}. Las cartas piden el copatrocinio; si su miembro del Congreso ya apoya el proyecto, agradézcaselo en su lugar.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Pages of this letter</source>
        <translation>Páginas de esta carta</translation>
    </message>
    <message>
        <source>This letter: 1 page</source>
        <translation>Esta carta: 1 página</translation>
    </message>
    <message>
        <source>This letter: {0} pages</source>
        <translation>Esta carta: {0} páginas</translation>
    </message>
    <message>
        <source>Hide &amp;ideas for your story</source>
        <translation>Ocultar i&amp;deas para su historia</translation>
    </message>
    <message>
        <source>The organizer chose this campaign for the event.</source>
        <translation>El organizador eligió esta campaña para el evento.</translation>
    </message>
    <message>
        <source>Advocate could not check who already supports the bill, so the letter asks for support. If your member already supports it, you may thank them instead.</source>
        <translation>Advocate no pudo comprobar quién apoya ya el proyecto de ley, así que la carta pide su apoyo. Si su representante ya lo apoya, puede agradecérselo en su lugar.</translation>
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
    <message>
        <source>This campaign has ended, so no letters are written for it. Use “Check for campaign updates” or choose another campaign.</source>
        <translation>Esta campaña ha terminado, así que no se escriben cartas para ella. Use “Buscar actualizaciones de la campaña” o elija otra campaña.</translation>
    </message>
    <message>
        <source>Your letters appear here once you confirm above, or add your street.</source>
        <translation>Sus cartas aparecerán aquí cuando confirme arriba o agregue su calle.</translation>
    </message>
    <message>
        <source>&amp;Leave out a talking point</source>
        <translation>&amp;Quitar un argumento</translation>
    </message>
    <message>
        <source>Leave out a talking point</source>
        <translation>Quitar un argumento</translation>
    </message>
    <message>
        <source>Over one page: your letter to {0}. Offices read one-page letters first.</source>
        <translation>Más de una página: su carta a {0}. Las oficinas leen primero las cartas de una página.</translation>
    </message>
    <message>
        <source>Leave out a talking point, or shorten your story.</source>
        <translation>Quite un argumento o acorte su historia.</translation>
    </message>
    <message>
        <source>Shorten your story or the letter itself.</source>
        <translation>Acorte su historia o la carta misma.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>This link was not opened: Advocate opens only web pages (https://).</source>
        <translation>Este enlace no se abrió: Advocate solo abre páginas web (https://).</translation>
    </message>
    <message>
        <source>Web pages are turned off at this event.</source>
        <translation>Las páginas web están desactivadas en este evento.</translation>
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
        <source>Talking points</source>
        <translation>Argumentos</translation>
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
        <source>Ticked ones are chosen unless the person changes them.</source>
        <translation>Los marcados se eligen salvo que la persona lo cambie.</translation>
    </message>
    <message>
        <source>optional: https://example.org/campaign.zip</source>
        <translation>opcional: https://example.org/campaign.zip</translation>
    </message>
    <message>
        <source>&amp;Updates published at:</source>
        <translation>&amp;Actualizaciones publicadas en:</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>Dirección de actualizaciones</translation>
    </message>
    <message>
        <source>Where you will publish this pack&apos;s successor (for a new Congress). Advocate fetches it only when someone asks (&apos;advocate campaign update&apos;).</source>
        <translation>Dónde publicará el paquete que sustituya a este (para un nuevo Congreso). Advocate solo lo descarga cuando alguien lo pide («advocate campaign update»).</translation>
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
    <message>
        <source>Washington office not yet published</source>
        <translation>Oficina en Washington aún no publicada</translation>
    </message>
    <message>
        <source>Letters go to the {0}, Washington, DC {1}.</source>
        <translation>Las cartas van a: {0}, Washington, DC {1}.</translation>
    </message>
    <message>
        <source>United States Senate</source>
        <translation>Senado de los Estados Unidos</translation>
    </message>
    <message>
        <source>United States House of Representatives</source>
        <translation>Cámara de Representantes de los Estados Unidos</translation>
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
    <name>Message</name>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Enter a street address with a house number, city and state or ZIP (for example: 1100 Congress Ave, Austin, TX 78701).</source>
        <translation>Escriba una dirección con número de casa, ciudad y estado o código postal (por ejemplo: 1100 Congress Ave, Austin, TX 78701).</translation>
    </message>
    <message>
        <source>That address is too long. Enter just the street, city, state and ZIP.</source>
        <translation>Esa dirección es demasiado larga. Escriba solo la calle, la ciudad, el estado y el código postal.</translation>
    </message>
    <message>
        <source>The Census address service found no address like that. Check the house number and street, add the city and state or ZIP, or use your ZIP code alone.</source>
        <translation>El servicio de direcciones del Censo no encontró ninguna dirección así. Revise el número de casa y la calle, añada la ciudad y el estado o el código postal, o use solo su código postal.</translation>
    </message>
    <message>
        <source>{congress_ordinal} Congress districts (Census {vintage})</source>
        <translation>distritos del {congress}.º Congreso (Censo, {vintage})</translation>
    </message>
    <message>
        <source>{congress_ordinal} Congress districts (Census)</source>
        <translation>distritos del {congress}.º Congreso (Censo)</translation>
    </message>
    <message>
        <source>{congress_ordinal} Congress districts (ZIP code table)</source>
        <translation>distritos del {congress}.º Congreso (tabla de códigos postales)</translation>
    </message>
    <message>
        <source>The address service found {count} addresses like the one entered. They are all in the same district; check that one of them is yours.</source>
        <translation>El servicio de direcciones encontró {count} direcciones parecidas a la escrita. Todas están en el mismo distrito; compruebe que una de ellas es la suya.</translation>
    </message>
    <message>
        <source>The address service found {count} different addresses like the one entered, in different districts. Pick yours, or enter the full address with the ZIP code.</source>
        <translation>El servicio de direcciones encontró {count} direcciones distintas parecidas a la escrita, en distritos diferentes. Elija la suya, o escriba la dirección completa con el código postal.</translation>
    </message>
    <message>
        <source>ZIP code {zip} is not in our ZIP-to-district table. Check it, or enter your street address instead.</source>
        <translation>El código postal {zip} no está en nuestra tabla de códigos postales y distritos. Revíselo, o escriba su dirección completa.</translation>
    </message>
    <message>
        <source>ZIP code {zip} is not in {district}. It lies in: {options}.</source>
        <translation>El código postal {zip} no está en {district}. Está en: {options}.</translation>
    </message>
    <message>
        <source>ZIP code {zip}</source>
        <translation>el código postal {zip}</translation>
    </message>
    <message>
        <source>ZIP code {zip} is split between {count} congressional districts. Enter your street address to find your one Representative.</source>
        <translation>El código postal {zip} se reparte entre {count} distritos del Congreso. Escriba su dirección para encontrar a su representante.</translation>
    </message>
    <message>
        <source>The ZIP code table uses the {zip_congress_ordinal} Congress map; the member data is for the {congress_ordinal}. Use a street address to be sure.</source>
        <translation>La tabla de códigos postales usa el mapa del {zip_congress}.º Congreso; los datos de los miembros son del {congress}.º. Use una dirección completa para estar seguro.</translation>
    </message>
    <message>
        <source>The House seat for {seat} is vacant in our data. Write to your senators, or update the data to see if it has been filled.</source>
        <translation>El escaño de la Cámara de {seat} está vacante en nuestros datos. Escriba a sus senadores, o actualice los datos para ver si ya se ha ocupado.</translation>
    </message>
    <message>
        <source>{who}&apos;s appointment ended with the special election on {date}; update the data to write to the current {holder}</source>
        <translation>El nombramiento de {who} terminó con la elección especial del {date}; actualice los datos para escribir a quien es ahora {holder}</translation>
    </message>
    <message>
        <source>resident commissioner</source>
        <translation>comisionado o comisionada residente</translation>
    </message>
    <message>
        <source>{who}&apos;s term ended on {date}; update the data to write to the current {holder}</source>
        <translation>El mandato de {who} terminó el {date}; actualice los datos para escribir a quien es ahora {holder}</translation>
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
        <source>That address matched several places in different districts: {options}. Enter the full address, with the ZIP code, exactly as your mail shows it.</source>
        <translation>Esa dirección coincide con varios lugares en distritos distintos: {options}. Escriba la dirección completa, con el código postal, tal como aparece en su correo.</translation>
    </message>
    <message>
        <source>{how} lies in more than one congressional district ({labels}), so your Representative is not certain. Use --address with your street address, or pick one with --district (for example --district {example}).</source>
        <translation>{how} está en más de un distrito del Congreso ({labels}), así que su Representante no es seguro. Use --address con su dirección, o elija uno con --district (por ejemplo --district {example}).</translation>
    </message>
    <message>
        <source>The letters were saved, but could not be added to your history: {error}</source>
        <translation>Las cartas se guardaron, pero no se pudieron añadir a su historial: {error}</translation>
    </message>
    <message>
        <source>No district office is known for {name}; that letter is addressed to Washington.</source>
        <translation>No se conoce ninguna oficina de distrito de {name}; esa carta va dirigida a Washington.</translation>
    </message>
    <message>
        <source>ZIP code {zip} is in {where}, not {state}.</source>
        <translation>El código postal {zip} está en {where}, no en {state}.</translation>
    </message>
    <message>
        <source>ZIP code {zip} is split between {labels} and {reason}: only the senators&apos; letters were printed; add the district (for example {example}) in a &apos;district&apos; column to print the Representative&apos;s.</source>
        <translation>El código postal {zip} se reparte entre {labels} y {reason}: solo se imprimieron las cartas a los senadores; añada el distrito (por ejemplo {example}) en una columna &apos;district&apos; para imprimir la carta al representante.</translation>
    </message>
    <message>
        <source>ZIP code {zip} is split between {labels} and {reason}; add the district (for example {example}) in a &apos;district&apos; column.</source>
        <translation>El código postal {zip} se reparte entre {labels} y {reason}; añada el distrito (por ejemplo {example}) en una columna &apos;district&apos;.</translation>
    </message>
    <message>
        <source>addresses are not looked up with --offline</source>
        <translation>con --offline no se buscan las direcciones</translation>
    </message>
    <message>
        <source>the street address matched places in several districts</source>
        <translation>la dirección coincidió con lugares de varios distritos</translation>
    </message>
    <message>
        <source>the Census address service could not be reached</source>
        <translation>no se pudo conectar con el servicio de direcciones del Censo</translation>
    </message>
    <message>
        <source>the Census address service did not find the street address</source>
        <translation>el servicio de direcciones del Censo no encontró la dirección</translation>
    </message>
    <message>
        <source>ZIP code {zip} is a military (APO/FPO/DPO) address, which has no congressional district. Service members write from their home-of-record address: enter the street address or ZIP code where you are registered to vote.</source>
        <translation>El código postal {zip} es una dirección militar (APO/FPO/DPO), que no tiene distrito del Congreso. Los miembros de las fuerzas armadas escriben desde su domicilio de registro: escriba la dirección o el código postal donde está inscrito para votar.</translation>
    </message>
    <message>
        <source>{name} has no Washington office in our data yet (new members&apos; offices are published weeks after they are seated). Letters go to {address}.</source>
        <translation>{name} aún no tiene oficina en Washington en nuestros datos (las oficinas de los miembros nuevos se publican semanas después de que asumen el cargo). Las cartas van a {address}.</translation>
    </message>
    <message>
        <source>The ZIP code table is from the {zip_congress_ordinal} Congress&apos;s map; the member data is for the {congress_ordinal} Congress, and district lines in {states} changed between the two. Give your street address to find your Representative.</source>
        <translation>La tabla de códigos postales es del mapa del {zip_congress}.º Congreso; los datos de los miembros son del {congress}.º Congreso, y los límites de los distritos de {states} cambiaron entre ambos. Escriba su dirección para encontrar a su Representante.</translation>
    </message>
    <message>
        <source>The address service is unreachable; these members are found from your ZIP code. Check them, or look up the street address again when you are online.</source>
        <translation>No se puede contactar con el servicio de direcciones; estos miembros se encontraron a partir de su código postal. Revíselos, o busque de nuevo la dirección cuando tenga conexión.</translation>
    </message>
    <message>
        <source>A PO Box cannot be placed on the district map; these members are found from your ZIP code. Enter your home street address to be sure.</source>
        <translation>Un apartado postal no se puede situar en el mapa de distritos; estos miembros se encontraron a partir de su código postal. Escriba la dirección de su casa para estar seguro.</translation>
    </message>
    <message>
        <source>Most of {zip} ({share}) lies in {seat}; the rest in {rest}. That is land area, not where you live: your street address decides.</source>
        <translation>La mayor parte de {zip} ({share}) está en {seat}; el resto en {rest}. Es superficie de terreno, no dónde vive usted: su dirección decide.</translation>
    </message>
    <message>
        <source>{zip} is divided by land area: {parts}. Your street address decides.</source>
        <translation>{zip} se divide por superficie de terreno: {parts}. Su dirección decide.</translation>
    </message>
    <message>
        <source>under 1 %</source>
        <translation>menos del 1 %</translation>
    </message>
    <message>
        <source>This area lies in {states}. Your senators depend on which state you live in: enter your street address.</source>
        <translation>Esta zona está en {states}. Sus senadores dependen del estado en el que viva: escriba su dirección completa.</translation>
    </message>
    <message>
        <source>{state} has no senators. Its member of the House is a non-voting delegate who can still cosponsor bills and speak for you.</source>
        <translation>{state} no tiene senadores. Su miembro de la Cámara es un delegado sin voto que aun así puede copatrocinar proyectos de ley y hablar en su nombre.</translation>
    </message>
    <message>
        <source>{state} has no senators. Its member of the House is a non-voting delegate (the Resident Commissioner) who can still cosponsor bills and speak for you.</source>
        <translation>{state} no tiene senadores. Su miembro de la Cámara es un delegado sin voto (el Comisionado Residente) que aun así puede copatrocinar proyectos de ley y hablar en su nombre.</translation>
    </message>
    <message>
        <source>The member data is for the {congress_ordinal} Congress, which ended on January 3, {year}. Update the data.</source>
        <translation>Los datos de los miembros son del {congress}.º Congreso, que terminó el 3 de enero de {year}. Actualice los datos.</translation>
    </message>
    <message>
        <source>{name}&apos;s term in our data ended on {date}. Update the data to see who holds the seat now.</source>
        <translation>Según nuestros datos, el mandato de {name} terminó el {date}. Actualice los datos para ver quién ocupa el escaño ahora.</translation>
    </message>
    <message>
        <source>{name}&apos;s term in our data ended on {date} (appointed until a special election). Update the data to see who holds the seat now.</source>
        <translation>Según nuestros datos, el mandato de {name} terminó el {date} (nombrado hasta una elección especial). Actualice los datos para ver quién ocupa el escaño ahora.</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; is not a district. Write it like TX-37, or WY-AL for at-large.</source>
        <translation>«{label}» no es un distrito. Escríbalo como TX-37, o WY-AL para un distrito único (at-large).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ZIP code. Enter the five digits (for example 78701).</source>
        <translation>«{text}» no es un código postal. Escriba los cinco dígitos (por ejemplo 78701).</translation>
    </message>
    <message>
        <source>The Census address service</source>
        <translation>El servicio de direcciones del Censo</translation>
    </message>
    <message>
        <source>the Census address service</source>
        <translation>el servicio de direcciones del Censo</translation>
    </message>
    <message>
        <source>The Census address service returned an unknown state code.</source>
        <translation>El servicio de direcciones del Censo devolvió un código de estado desconocido.</translation>
    </message>
    <message>
        <source>The Census address service returned an unknown district code.</source>
        <translation>El servicio de direcciones del Censo devolvió un código de distrito desconocido.</translation>
    </message>
    <message>
        <source>The Census address service sent an answer in an unexpected format.</source>
        <translation>El servicio de direcciones del Censo envió una respuesta con un formato inesperado.</translation>
    </message>
    <message>
        <source>The Census address service answered with the {answer_congress_ordinal} Congress district map, but the member data in use is for the {congress_ordinal} Congress. Update the data (&apos;advocate data update&apos;) or check the Census vintage in settings.</source>
        <translation>El servicio de direcciones del Censo respondió con el mapa de distritos del {answer_congress}.º Congreso, pero los datos de los miembros en uso son del {congress}.º Congreso. Actualice los datos («advocate data update») o revise la versión del Censo en la configuración.</translation>
    </message>
    <message>
        <source>The Census address service did not return congressional districts for this address.</source>
        <translation>El servicio de direcciones del Censo no devolvió distritos del Congreso para esta dirección.</translation>
    </message>
    <message>
        <source>The Census address service could not look up congressional districts just now. Try again later.</source>
        <translation>El servicio de direcciones del Censo no pudo buscar los distritos del Congreso en este momento. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The Census address service could not read that address. Check it and try again.</source>
        <translation>El servicio de direcciones del Censo no pudo leer esa dirección. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{service} redirected more than {count} times.</source>
        <translation>{service} redirigió más de {count} veces.</translation>
    </message>
    <message>
        <source>{service} sent more than {size}; that is not what was expected.</source>
        <translation>{service} envió más de {size}; no es lo que se esperaba.</translation>
    </message>
    <message>
        <source>{service} did not answer in time. Check the internet connection and try again.</source>
        <translation>{service} no respondió a tiempo. Revise la conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach {service}. Check the internet connection and try again.</source>
        <translation>No se pudo contactar con {service}. Revise la conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not get an answer from {service}.</source>
        <translation>No se obtuvo respuesta de {service}.</translation>
    </message>
    <message>
        <source>{service} is receiving too many requests right now. Try again later.</source>
        <translation>{service} está recibiendo demasiadas solicitudes en este momento. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>{service} is having trouble right now (error {status}). Try again in a few minutes.</source>
        <translation>{service} tiene problemas en este momento (error {status}). Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>{service} refused the request (error {status}).</source>
        <translation>{service} rechazó la solicitud (error {status}).</translation>
    </message>
    <message>
        <source>{service} sent a web page instead of data; the service may be down or changed. Try again later.</source>
        <translation>{service} envió una página web en lugar de datos; puede que el servicio no funcione o haya cambiado. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>{service} sent an incomplete or unreadable answer. Try again later.</source>
        <translation>{service} envió una respuesta incompleta o ilegible. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Members of Congress (congress-legislators)</source>
        <translation>Miembros del Congreso (congress-legislators)</translation>
    </message>
    <message>
        <source>District offices (congress-legislators)</source>
        <translation>Oficinas de distrito (congress-legislators)</translation>
    </message>
    <message>
        <source>ZIP code to congressional district table</source>
        <translation>Tabla de códigos postales y distritos del Congreso</translation>
    </message>
    <message>
        <source>the &apos;{name}&apos; source</source>
        <translation>la fuente «{name}»</translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; was not valid data (a web page or an incomplete file). The saved copy was kept.</source>
        <translation>La descarga de «{name}» no contenía datos válidos (una página web o un archivo incompleto). Se conservó la copia guardada.</translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; does not look like that dataset.</source>
        <translation>La descarga de «{name}» no parece ser ese conjunto de datos.</translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; does not look like that table. The saved copy was kept.</source>
        <translation>La descarga de «{name}» no parece ser esa tabla. Se conservó la copia guardada.</translation>
    </message>
    <message>
        <source>None of the {count} sources of &apos;{name}&apos; gave usable data (first: {first})</source>
        <translation>Ninguna de las {count} fuentes de «{name}» dio datos utilizables (la primera: {first})</translation>
    </message>
    <message>
        <source>{folder} is not a folder. Choose the folder that holds the data.</source>
        <translation>{folder} no es una carpeta. Elija la carpeta que contiene los datos.</translation>
    </message>
    <message>
        <source>No Advocate data was found in {folder}. Expected files: {names}.</source>
        <translation>No se encontraron datos de Advocate en {folder}. Archivos esperados: {names}.</translation>
    </message>
    <message>
        <source>There is no data to export yet. Run &apos;advocate data update&apos; first.</source>
        <translation>Aún no hay datos para exportar. Ejecute primero «advocate data update».</translation>
    </message>
    <message>
        <source>The file for &apos;{name}&apos; is larger than {megabytes} MB; that is not this dataset. The saved copy was kept.</source>
        <translation>El archivo de «{name}» ocupa más de {megabytes} MB; no es este conjunto de datos. Se conservó la copia guardada.</translation>
    </message>
    <message>
        <source>The {name} has not been downloaded yet, and its source cannot be reached. Connect to the internet and run &apos;advocate data update&apos; (in the app: Settings &gt; Update data now), or load the data from a folder: &apos;advocate data update --from FOLDER&apos;.</source>
        <translation>La {name} aún no se ha descargado, y no se puede contactar con su fuente. Conéctese a internet y ejecute «advocate data update» (en la aplicación: Configuración &gt; Actualizar los datos ahora), o cargue los datos desde una carpeta: «advocate data update --from CARPETA».</translation>
    </message>
    <message>
        <source>Could not read &apos;{name}&apos; from {path}.</source>
        <translation>No se pudo leer «{name}» desde {path}.</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>falló: {reason}</translation>
    </message>
    <message>
        <source>The saved ZIP code table is damaged. Run &apos;advocate data update&apos; to download it again.</source>
        <translation>La tabla de códigos postales guardada está dañada. Ejecute «advocate data update» para descargarla de nuevo.</translation>
    </message>
    <message>
        <source>The saved member data is damaged. Run &apos;advocate data update&apos; to download it again.</source>
        <translation>Los datos de los miembros guardados están dañados. Ejecute «advocate data update» para descargarlos de nuevo.</translation>
    </message>
    <message>
        <source>The member data has no House members; it cannot be used.</source>
        <translation>Los datos de los miembros no tienen miembros de la Cámara; no se pueden usar.</translation>
    </message>
    <message>
        <source>The member data is not in the expected format (a list of people).</source>
        <translation>Los datos de los miembros no tienen el formato esperado (una lista de personas).</translation>
    </message>
    <message>
        <source>The sender address (From)</source>
        <translation>La dirección del remitente (De)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>The recipient address</source>
        <translation>La dirección del destinatario</translation>
    </message>
    <message>
        <source>The reply address</source>
        <translation>La dirección de respuesta</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>El asunto</translation>
    </message>
    <message>
        <source>The attachment name</source>
        <translation>El nombre del archivo adjunto</translation>
    </message>
    <message>
        <source>list of members of Congress</source>
        <translation>lista de miembros del Congreso</translation>
    </message>
    <message>
        <source>list of district offices</source>
        <translation>lista de oficinas de distrito</translation>
    </message>
    <message>
        <source>ZIP code table</source>
        <translation>tabla de códigos postales</translation>
    </message>
    <message>
        <source>{field} contains a line break or another character that cannot go in an email header. Remove it and try again.</source>
        <translation>{field} contiene un salto de línea u otro carácter que no puede ir en el encabezado de un correo. Quítelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{field} {value} is not an email address (it should look like name@example.org).</source>
        <translation>{field} {value} no es una dirección de correo (debería ser como nombre@ejemplo.org).</translation>
    </message>
    <message>
        <source>{field} {value} is not an email address Advocate can use (it should look like name@example.org).</source>
        <translation>{field} {value} no es una dirección de correo que Advocate pueda usar (debería ser como nombre@ejemplo.org).</translation>
    </message>
    <message>
        <source>{field} {value} must be one email address, like Jane Doe &lt;jane@example.org&gt;.</source>
        <translation>{field} {value} debe ser una sola dirección de correo, como Juana Pérez &lt;juana@ejemplo.org&gt;.</translation>
    </message>
    <message>
        <source>No mail server is set up. Enter one in Settings (or set ADVOCATE_SMTP_HOST).</source>
        <translation>No hay ningún servidor de correo configurado. Escriba uno en Configuración (o defina ADVOCATE_SMTP_HOST).</translation>
    </message>
    <message>
        <source>The mail server name {host} is not valid.</source>
        <translation>El nombre del servidor de correo {host} no es válido.</translation>
    </message>
    <message>
        <source>The mail server port {port} is not valid.</source>
        <translation>El puerto del servidor de correo {port} no es válido.</translation>
    </message>
    <message>
        <source>Unknown mail security setting {security}: choose &apos;ssl&apos; (port 465) or &apos;starttls&apos; (port 587).</source>
        <translation>Ajuste de seguridad del correo desconocido {security}: elija «ssl» (puerto 465) o «starttls» (puerto 587).</translation>
    </message>
    <message>
        <source>Advocate only sends mail over an encrypted connection. Choose &apos;ssl&apos; or &apos;starttls&apos; for {host}.</source>
        <translation>Advocate solo envía correo por una conexión cifrada. Elija «ssl» o «starttls» para {host}.</translation>
    </message>
    <message>
        <source>Unencrypted mail to this computer&apos;s own server is off. Turn on the setting smtp.allow_plain_loopback to use it.</source>
        <translation>El correo sin cifrar al servidor de este mismo equipo está desactivado. Active el ajuste smtp.allow_plain_loopback para usarlo.</translation>
    </message>
    <message>
        <source>No password is available for the mail account {user}. Enter it in Settings, or set ADVOCATE_SMTP_PASSWORD for the command line.</source>
        <translation>No hay contraseña disponible para la cuenta de correo {user}. Escríbala en Configuración, o defina ADVOCATE_SMTP_PASSWORD para la línea de comandos.</translation>
    </message>
    <message>
        <source>The mail server {server} does not offer an encrypted connection (STARTTLS). Advocate will not send your password or letter unencrypted; check the port and security settings (usually 465 with &apos;ssl&apos; or 587 with &apos;starttls&apos;).</source>
        <translation>El servidor de correo {server} no ofrece una conexión cifrada (STARTTLS). Advocate no enviará su contraseña ni su carta sin cifrar; revise el puerto y los ajustes de seguridad (normalmente 465 con «ssl» o 587 con «starttls»).</translation>
    </message>
    <message>
        <source>The mail server {host} does not accept a user name and password here. Check the port and security settings.</source>
        <translation>El servidor de correo {host} no acepta aquí un nombre de usuario y una contraseña. Revise el puerto y los ajustes de seguridad.</translation>
    </message>
    <message>
        <source>Your mail password or user name has letters this server&apos;s login method cannot carry (it offers no AUTH PLAIN).</source>
        <translation>Su contraseña o nombre de usuario de correo tiene letras que el método de inicio de sesión de este servidor no puede transmitir (no ofrece AUTH PLAIN).</translation>
    </message>
    <message>
        <source> (server: {code} {reply})</source>
        <translation> (servidor: {code} {reply})</translation>
    </message>
    <message>
        <source>The mail server did not accept the user name or password for {user}. Check them in Settings.{server_says}</source>
        <translation>El servidor de correo no aceptó el nombre de usuario o la contraseña de {user}. Revíselos en Configuración.{server_says}</translation>
    </message>
    <message>
        <source>The mail server could not check your password just now; try again later.{server_says}</source>
        <translation>El servidor de correo no pudo comprobar su contraseña en este momento; inténtelo más tarde.{server_says}</translation>
    </message>
    <message>
        <source>The mail server refused the address {address}: {code} {reply}</source>
        <translation>El servidor de correo rechazó la dirección {address}: {code} {reply}</translation>
    </message>
    <message>
        <source>The mail server refused the sender address {address}: {code} {reply}. Check the From address in Settings.</source>
        <translation>El servidor de correo rechazó la dirección del remitente {address}: {code} {reply}. Revise la dirección «De» en Configuración.</translation>
    </message>
    <message>
        <source>The mail server {server} would not take mail from this computer: {code} {reply}</source>
        <translation>El servidor de correo {server} no acepta correo de este equipo: {code} {reply}</translation>
    </message>
    <message>
        <source>The mail server did not accept the letter: {code} {reply}</source>
        <translation>El servidor de correo no aceptó la carta: {code} {reply}</translation>
    </message>
    <message>
        <source>The mail server {server} does not support what Advocate needs ({reason}). Check the security settings.</source>
        <translation>El servidor de correo {server} no admite lo que Advocate necesita ({reason}). Revise los ajustes de seguridad.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host} could not be verified ({reason}). Advocate does not send over a connection it cannot verify: check the server name, or this computer&apos;s certificates.</source>
        <translation>No se pudo verificar el certificado del servidor de correo {host} ({reason}). Advocate no envía por una conexión que no puede verificar: revise el nombre del servidor o los certificados de este equipo.</translation>
    </message>
    <message>
        <source>A secure connection to the mail server {server} could not be set up. Check the security setting: port 465 usually uses &apos;ssl&apos;, port 587 &apos;starttls&apos;.</source>
        <translation>No se pudo establecer una conexión segura con el servidor de correo {server}. Revise el ajuste de seguridad: el puerto 465 suele usar «ssl», el 587 «starttls».</translation>
    </message>
    <message>
        <source>The mail server {host} could not be found. Check the server name and this computer&apos;s internet connection.</source>
        <translation>No se encontró el servidor de correo {host}. Revise el nombre del servidor y la conexión a internet de este equipo.</translation>
    </message>
    <message>
        <source>The mail server {server} refused the connection (it may be down, or the port may be wrong). Advocate will try again later.</source>
        <translation>El servidor de correo {server} rechazó la conexión (puede que no funcione, o que el puerto sea incorrecto). Advocate lo intentará de nuevo más tarde.</translation>
    </message>
    <message>
        <source> It may or may not have received the letter; a second try uses the same message ID, so the copies can be recognised.</source>
        <translation> Puede que haya recibido la carta o no; un segundo intento usa el mismo identificador de mensaje, así que las copias se pueden reconocer.</translation>
    </message>
    <message>
        <source>The mail server {server} did not answer in time.{uncertain}</source>
        <translation>El servidor de correo {server} no respondió a tiempo.{uncertain}</translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection before the letter was accepted.{uncertain}</source>
        <translation>El servidor de correo {server} cerró la conexión antes de aceptar la carta.{uncertain}</translation>
    </message>
    <message>
        <source>The mail server {server} closed the connection at once.{uncertain}</source>
        <translation>El servidor de correo {server} cerró la conexión de inmediato.{uncertain}</translation>
    </message>
    <message>
        <source>Could not reach the mail server {server} ({reason}).{uncertain}</source>
        <translation>No se pudo contactar con el servidor de correo {server} ({reason}).{uncertain}</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>representante</translation>
    </message>
    <message>
        <source>senator</source>
        <translation>senador</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>delegado</translation>
    </message>
    <message>
        <source>commissioner</source>
        <translation>comisionado</translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no letter for a {role}.</source>
        <translation>La campaña «{campaign}» no tiene carta para un {role}.</translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no bill for senators.</source>
        <translation>La campaña «{campaign}» no tiene proyecto de ley para los senadores.</translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no bill for House members.</source>
        <translation>La campaña «{campaign}» no tiene proyecto de ley para los miembros de la Cámara.</translation>
    </message>
    <message>
        <source>Your story is {length} characters long; letters work best at about one page. Please shorten it to under {limit} characters.</source>
        <translation>Su historia tiene {length} caracteres; las cartas funcionan mejor con una página más o menos. Acórtela a menos de {limit} caracteres.</translation>
    </message>
    <message>
        <source>There is no talking point {number}; this campaign has {count} (numbered 1 to {count}).</source>
        <translation>No existe el argumento {number}; esta campaña tiene {count} (numerados del 1 al {count}).</translation>
    </message>
    <message>
        <source>A letter needs your full name; offices answer only named constituents.</source>
        <translation>Una carta necesita su nombre completo; las oficinas solo responden a electores con nombre.</translation>
    </message>
    <message>
        <source>Your name contains a line break. Write it on one line, as it should appear under your letter.</source>
        <translation>Su nombre contiene un salto de línea. Escríbalo en una sola línea, como debe aparecer al pie de su carta.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}: choose {choices}.</source>
        <translation>Tamaño de papel desconocido {paper}: elija {choices}.</translation>
    </message>
    <message>
        <source>Unknown route {route}: choose &apos;dc&apos; or &apos;district&apos;.</source>
        <translation>Ruta desconocida {route}: elija «dc» o «district».</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that Advocate can use, so the password cannot be saved. You can enter it for this session only; on the command line, set ADVOCATE_SMTP_PASSWORD instead.</source>
        <translation>Este equipo no tiene un almacén de contraseñas (llavero) que Advocate pueda usar, así que la contraseña no se puede guardar. Puede escribirla solo para esta sesión; en la línea de comandos, defina ADVOCATE_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The system password store is locked. Unlock it (sign in to your desktop keyring) and try again, or enter the password for this session only.</source>
        <translation>El almacén de contraseñas del sistema está bloqueado. Desbloquéelo (inicie sesión en el llavero de su escritorio) e inténtelo de nuevo, o escriba la contraseña solo para esta sesión.</translation>
    </message>
    <message>
        <source>The system password store did not answer. Try again, or enter the password for this session only.</source>
        <translation>El almacén de contraseñas del sistema no respondió. Inténtelo de nuevo, o escriba la contraseña solo para esta sesión.</translation>
    </message>
    <message>
        <source>Congress.gov sent an answer in an unexpected format.</source>
        <translation>Congress.gov envió una respuesta con un formato inesperado.</translation>
    </message>
    <message>
        <source>Congress.gov sent no details for {bill}.</source>
        <translation>Congress.gov no envió detalles de {bill}.</translation>
    </message>
    <message>
        <source>Congress.gov sent a cosponsor list in an unexpected format.</source>
        <translation>Congress.gov envió una lista de copatrocinadores con un formato inesperado.</translation>
    </message>
    <message>
        <source>Congress.gov pointed to another site for the next page; stopped there.</source>
        <translation>Congress.gov remitió a otro sitio para la página siguiente; se detuvo ahí.</translation>
    </message>
    <message>
        <source>Advocate&apos;s data file is busy (another Advocate window or command is using it). Try again in a moment.</source>
        <translation>El archivo de datos de Advocate está ocupado (otra ventana u orden de Advocate lo está usando). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Advocate cannot open or write its data file. Check that the disk is not full and that the folder can be written.</source>
        <translation>Advocate no puede abrir ni escribir su archivo de datos. Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Advocate cannot open or write its data file at {path}. Check that the disk is not full and that the folder can be written.</source>
        <translation>Advocate no puede abrir ni escribir su archivo de datos en {path}. Compruebe que el disco no esté lleno y que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Advocate could not create a new data file.</source>
        <translation>Advocate no pudo crear un archivo de datos nuevo.</translation>
    </message>
    <message>
        <source>Your saved letters were written by a newer version of Advocate. Update Advocate to open them (nothing was changed).</source>
        <translation>Sus cartas guardadas fueron escritas por una versión más reciente de Advocate. Actualice Advocate para abrirlas (no se cambió nada).</translation>
    </message>
    <message>
        <source>There is no campaign &apos;{campaign}&apos;. Available: {known}. See &apos;advocate campaigns list&apos;.</source>
        <translation>No existe la campaña «{campaign}». Disponibles: {known}. Consulte «advocate campaigns list».</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The pack uses the id &apos;{campaign}&apos; of a campaign built into the app. Give it a different id in campaign.toml.</source>
        <translation>El paquete usa el identificador «{campaign}» de una campaña incluida en la aplicación. Dele otro identificador en campaign.toml.</translation>
    </message>
    <message>
        <source>This profile has no folder for installed campaigns.</source>
        <translation>Este perfil no tiene una carpeta para las campañas instaladas.</translation>
    </message>
    <message>
        <source>The campaign &apos;{campaign}&apos; has no folder to export.</source>
        <translation>La campaña «{campaign}» no tiene una carpeta que exportar.</translation>
    </message>
    <message>
        <source>The campaign pack {source} cannot be used:
{problems}</source>
        <translation>El paquete de campaña {source} no se puede usar:
{problems}</translation>
    </message>
    <message>
        <source>
  ... and {count} more</source>
        <translation>
  ... y {count} más</translation>
    </message>
    <message>
        <source>Choose who the letter should be emailed to.</source>
        <translation>Elija a quién enviar la carta por correo.</translation>
    </message>
    <message>
        <source>Another Advocate window or command is sending letters right now. Try again when it has finished; nothing was deleted.</source>
        <translation>Otra ventana u orden de Advocate está enviando cartas en este momento. Inténtelo de nuevo cuando termine; no se borró nada.</translation>
    </message>
    <message>
        <source>The emails were sent, but could not be added to your history: {error}</source>
        <translation>Los correos se enviaron, pero no se pudieron añadir a su historial: {error}</translation>
    </message>
    <message>
        <source>{service} is receiving too many requests right now. Try again in about {minutes} minutes.</source>
        <translation>{service} está recibiendo demasiadas solicitudes en este momento. Inténtelo de nuevo en unos {minutes} minutos.</translation>
    </message>
    <message>
        <source>{service} is receiving too many requests right now. Try again in about a minute.</source>
        <translation>{service} está recibiendo demasiadas solicitudes en este momento. Inténtelo de nuevo en un minuto, más o menos.</translation>
    </message>
    <message>
        <source>Committee members (congress-legislators)</source>
        <translation>Miembros de los comités (congress-legislators)</translation>
    </message>
    <message>
        <source>list of committee members</source>
        <translation>lista de miembros de los comités</translation>
    </message>
    <message>
        <source>The download of &apos;{name}&apos; is not a list of committees and their members. The saved copy was kept.</source>
        <translation>La descarga de «{name}» no es una lista de comités y sus miembros. Se conservó la copia guardada.</translation>
    </message>
</context>
<context>
    <name>NewCampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NoStreetBox</name>
    <message>
        <source>No street address</source>
        <translation>Sin calle ni número</translation>
    </message>
    <message>
        <source>You gave only your ZIP code. Offices need a street address to check that you live in their district and to reply to you by mail. Add your street in step 1, or confirm that you want to write without it.</source>
        <translation>Usted dio solo su código postal (ZIP). Las oficinas necesitan su dirección con calle y número para comprobar que vive en su distrito y para responderle por correo. Agregue su calle en el paso 1, o confirme que quiere escribir sin ella.</translation>
    </message>
    <message>
        <source>&amp;Write my letters without a street address</source>
        <translation>&amp;Escribir mis cartas sin calle ni número</translation>
    </message>
    <message>
        <source>Write my letters without a street address</source>
        <translation>Escribir mis cartas sin calle ni número</translation>
    </message>
</context>
<context>
    <name>OrganizerMenu</name>
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
    <message numerus="yes">
        <source>%n waiting email(s) sent;</source>
        <translation>
            <numerusform>%n correo en espera enviado;</numerusform>
            <numerusform>%n correos en espera enviados;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting.</source>
        <translation>
            <numerusform>%n sigue en espera.</numerusform>
            <numerusform>%n siguen en espera.</numerusform>
        </translation>
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
    <message>
        <source>Your campaign is ready to try: read the previews, change the paragraphs if you like, then File &gt; Save as folder.</source>
        <translation>Su campaña está lista para probar: lea las vistas previas, cambie los párrafos si quiere y luego Archivo &gt; Guardar como carpeta.</translation>
    </message>
</context>
<context>
    <name>ParagraphEditor</name>
    <message>
        <source>Letter as paragraphs</source>
        <translation>Carta en párrafos</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>C&amp;arta:</translation>
    </message>
    <message>
        <source>Letter to edit</source>
        <translation>Carta que editar</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Insertar campo</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Put a field such as the bill number or the writer&apos;s city where the cursor is; each letter fills in its own.</source>
        <translation>Pone un campo, como el número del proyecto o la ciudad de quien escribe, donde está el cursor; cada carta pone el suyo.</translation>
    </message>
    <message>
        <source>Fields are shown [like this]; each letter fills them in.</source>
        <translation>Los campos se ven [así]; cada carta los rellena.</translation>
    </message>
    <message>
        <source>Opening request</source>
        <translation>Petición inicial</translation>
    </message>
    <message>
        <source>Who the writer is, that they live in the member&apos;s district or state, the bill and what you ask of members who have not signed on.</source>
        <translation>Quién escribe, que vive en el distrito o estado del miembro, el proyecto y lo que pide a quienes aún no lo apoyan.</translation>
    </message>
    <message>
        <source>Thank-you opening for cosponsors and sponsors</source>
        <translation>Inicio de agradecimiento para copatrocinadores y patrocinadores</translation>
    </message>
    <message>
        <source>Used instead of the opening for members who already cosponsor or sponsor the bill: thank them, and ask for the next step.</source>
        <translation>Sustituye al inicio para quienes ya copatrocinan o patrocinan el proyecto: agradézcales y pida el siguiente paso.</translation>
    </message>
    <message>
        <source>Closing ask</source>
        <translation>Petición final</translation>
    </message>
    <message>
        <source>The last paragraph: ask for a reply or a next step.</source>
        <translation>El último párrafo: pida una respuesta o un siguiente paso.</translation>
    </message>
    <message>
        <source>Closing for cosponsors and sponsors</source>
        <translation>Cierre para copatrocinadores y patrocinadores</translation>
    </message>
    <message>
        <source>Optional: the last paragraph for supporters (empty: the closing ask).</source>
        <translation>Opcional: el último párrafo para quienes apoyan (vacío: la petición final).</translation>
    </message>
    <message>
        <source>Here the letter continues with the writer&apos;s own story, then the talking points they ticked (edit the points in the form on the left).</source>
        <translation>Aquí la carta sigue con la historia de quien escribe y luego los argumentos que marcó (edite los argumentos en el formulario de la izquierda).</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>Se envía a: {0}</translation>
    </message>
    <message>
        <source>This letter uses template code that paragraphs cannot show (for example {0} includes other files or changes wording by chamber). Edit it under Template code, or start a new letter with File &gt; New campaign.</source>
        <translation>Esta carta usa código de plantilla que los párrafos no pueden mostrar (por ejemplo, {0} incluye otros archivos o cambia el texto según la cámara). Edítela en Código de plantilla o empiece una carta nueva con Archivo &gt; Nueva campaña.</translation>
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
    <name>PointsEditor</name>
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
        <source>Point {0}: ticked at first</source>
        <translation>Argumento {0}: marcado al empezar</translation>
    </message>
    <message>
        <source>Ticked points are in the letter unless the person unticks them.</source>
        <translation>Los argumentos marcados van en la carta salvo que la persona los desmarque.</translation>
    </message>
    <message>
        <source>Talking point {0} ticked</source>
        <translation>Argumento {0} marcado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove talking point {0}</source>
        <translation>Quitar el argumento {0}</translation>
    </message>
    <message>
        <source>Talking point {0}</source>
        <translation>Argumento {0}</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Talking points</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Two to five reasons, a sentence or two each. A person ticks the ones they agree with; they go into the letter as written.</source>
        <translation>De dos a cinco razones, de una o dos frases cada una. Cada persona marca las que comparte; van a la carta tal como están escritas.</translation>
    </message>
    <message>
        <source>Talking point {0}</source>
        <translation>Argumento {0}</translation>
    </message>
    <message>
        <source>Point {0}</source>
        <translation>Argumento {0}</translation>
    </message>
    <message>
        <source> (needed)</source>
        <translation> (obligatorio)</translation>
    </message>
</context>
<context>
    <name>PrintCheck</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Choose another printer…</source>
        <translation>Elegir otra impresora…</translation>
    </message>
    <message>
        <source>They print on {0}: put that paper in the printer, or change the paper in Settings.</source>
        <translation>Se imprimen en {0}: ponga ese papel en la impresora, o cambie el papel en Configuración.</translation>
    </message>
    <message>
        <source>Your letters were not printed. {0}</source>
        <translation>Sus cartas no se imprimieron. {0}</translation>
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
        <source>P&amp;rinter:</source>
        <translation>Imp&amp;resora:</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>{0} (default)</source>
        <translation>{0} (predeterminada)</translation>
    </message>
    <message>
        <source>Your letters are set for {0} (Settings › Letters › Paper size).</source>
        <translation>Sus cartas están configuradas para {0} (Configuración › Cartas › Tamaño del papel).</translation>
    </message>
    <message>
        <source>This printer uses {0}; your letters are set for {1}.</source>
        <translation>Esta impresora usa {0}; sus cartas están configuradas para {1}.</translation>
    </message>
    <message>
        <source>They print on {0}: put that paper in the printer.</source>
        <translation>Se imprimen en {0}: ponga ese papel en la impresora.</translation>
    </message>
    <message>
        <source>This printer cannot print right now: it is paused or refusing jobs.</source>
        <translation>Esta impresora no puede imprimir ahora: está en pausa o rechaza trabajos.</translation>
    </message>
    <message>
        <source>Printing resumes at stack {0} of {1}.</source>
        <translation>La impresión continúa en el paquete {0} de {1}.</translation>
    </message>
    <message>
        <source>Stack {0} of {1} sent to the printer…</source>
        <translation>Paquete {0} de {1} enviado a la impresora…</translation>
    </message>
    <message>
        <source>Stack {0} went out.</source>
        <translation>El paquete {0} se imprimió.</translation>
    </message>
    <message>
        <source>Stacks {0} to {1} went out.</source>
        <translation>Los paquetes {0} a {1} se imprimieron.</translation>
    </message>
    <message>
        <source>&amp;Print all</source>
        <translation>&amp;Imprimir todo</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed,</source>
        <translation>
            <numerusform>%n carta impresa,</numerusform>
            <numerusform>%n cartas impresas,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n stack(s).</source>
        <translation>
            <numerusform>en %n paquete.</numerusform>
            <numerusform>en %n paquetes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n letter(s) are still in the queue: press “Print all” again to print from stack {0}, or save them as PDF.</source>
        <translation>
            <numerusform>Queda %n carta en la cola: pulse «Imprimir todo» de nuevo para imprimir desde el paquete {0}, o guárdela como PDF.</numerusform>
            <numerusform>Las otras %n cartas siguen en la cola: pulse «Imprimir todo» de nuevo para imprimir desde el paquete {0}, o guárdelas como PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n letter(s)</source>
        <translation>
            <numerusform>{0}: %n carta</numerusform>
            <numerusform>{0}: %n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting.</source>
        <translation>
            <numerusform>%n carta en espera.</numerusform>
            <numerusform>%n cartas en espera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n carta impresa.</numerusform>
            <numerusform>%n cartas impresas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n letter(s)? The print queue is the only copy: discarded letters are lost and never reach their offices. You can save them as a PDF instead.</source>
        <translation>
            <numerusform>¿Descartar %n carta? La cola de impresión es la única copia: las cartas descartadas se pierden y nunca llegan a sus oficinas. Puede guardarlas como PDF en su lugar.</numerusform>
            <numerusform>¿Descartar %n cartas? La cola de impresión es la única copia: las cartas descartadas se pierden y nunca llegan a sus oficinas. Puede guardarlas como PDF en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard all letters?</source>
        <translation>¿Descartar todas las cartas?</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Discard %n letter(s)</source>
        <translation>
            <numerusform>&amp;Descartar %n carta</numerusform>
            <numerusform>&amp;Descartar %n cartas</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the letters</source>
        <translation>Descartar las cartas</translation>
    </message>
    <message>
        <source>&amp;Save as PDF instead…</source>
        <translation>&amp;Guardar como PDF en su lugar…</translation>
    </message>
    <message>
        <source>Save as PDF instead</source>
        <translation>Guardar como PDF en su lugar</translation>
    </message>
    <message>
        <source>Keep the letters</source>
        <translation>Conservar las cartas</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) discarded.</source>
        <translation>
            <numerusform>%n carta descartada.</numerusform>
            <numerusform>%n cartas descartadas.</numerusform>
        </translation>
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
    <message>
        <source>Your letters were saved, but Advocate could not add them to your history: {0}</source>
        <translation>Sus cartas se guardaron, pero Advocate no pudo añadirlas a su historial: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n letter(s) as PDF in {0}.</source>
        <translation>
            <numerusform>Se guardó %n carta como PDF en {0}.</numerusform>
            <numerusform>Se guardaron %n cartas como PDF en {0}.</numerusform>
        </translation>
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
    <name>StoryPage</name>
    <message>
        <source>Story prompts</source>
        <translation>Preguntas para la historia</translation>
    </message>
    <message>
        <source>Questions that help a person tell their own story, which offices value most. Optional; one per line.</source>
        <translation>Preguntas que ayudan a contar la propia historia, lo que más valoran las oficinas. Opcional; una por línea.</translation>
    </message>
    <message>
        <source>After Finish, the letter opens as paragraphs you can change; check the previews on the right.</source>
        <translation>Al terminar, la carta se abre en párrafos que puede cambiar; revise las vistas previas a la derecha.</translation>
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
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{0}, sent or printed {1}.</source>
        <translation>{0}, enviadas o impresas {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <comment>tally total</comment>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <comment>tally total</comment>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslationView</name>
    <message>
        <source>Spanish letters and texts for Spanish-speaking writers. The English is on the left; write the Spanish on the right. Spanish letter templates (such as house.es.txt.j2) are in the Template code view. Have a native speaker review the translation before an event.</source>
        <translation>Cartas y textos en español para quienes escriben en español. El inglés está a la izquierda; escriba el español a la derecha. Las plantillas de cartas en español (como house.es.txt.j2) están en la vista Código de plantilla. Pida a un hablante nativo que revise la traducción antes de un evento.</translation>
    </message>
    <message>
        <source>&amp;Start a Spanish translation</source>
        <translation>&amp;Empezar una traducción al español</translation>
    </message>
    <message>
        <source>English (campaign.toml):</source>
        <translation>Inglés (campaign.toml):</translation>
    </message>
    <message>
        <source>English texts</source>
        <translation>Textos en inglés</translation>
    </message>
    <message>
        <source>Spanish (campaign.es.toml):</source>
        <translation>Español (campaign.es.toml):</translation>
    </message>
    <message>
        <source>Spanish translation</source>
        <translation>Traducción al español</translation>
    </message>
</context>
<context>
    <name>UpdateOfferDialog</name>
    <message>
        <source>Checking for campaign updates…</source>
        <translation>Buscando actualizaciones de la campaña…</translation>
    </message>
    <message>
        <source>Campaign updates</source>
        <translation>Actualizaciones de la campaña</translation>
    </message>
    <message>
        <source>Its organizer published a newer campaign: {0}.</source>
        <translation>Sus organizadores publicaron una campaña más reciente: {0}.</translation>
    </message>
    <message>
        <source>&amp;Install the new campaign</source>
        <translation>&amp;Instalar la nueva campaña</translation>
    </message>
    <message>
        <source>Install the new campaign</source>
        <translation>Instalar la nueva campaña</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>This campaign is up to date: its organizer has published nothing newer.</source>
        <translation>Esta campaña está al día: sus organizadores no han publicado nada más reciente.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Installing the new campaign…</source>
        <translation>Instalando la nueva campaña…</translation>
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
        <source>&amp;Writing campaigns</source>
        <translation>&amp;Escribir campañas</translation>
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
