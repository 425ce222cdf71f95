<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Where your progress is kept</source>
        <translation>Dónde se guarda su progreso</translation>
    </message>
    <message>
        <source>This session is not being saved: nothing is written to this computer.</source>
        <translation>Esta sesión no se está guardando: no se escribe nada en este equipo.</translation>
    </message>
    <message>
        <source>Folder: `%1`</source>
        <translation>Carpeta: `%1`</translation>
    </message>
    <message>
        <source>This progress was saved by a newer version of Parent Companion. This version can show it but will not change it.</source>
        <translation>Este progreso se guardó con una versión más nueva de Parent Companion. Esta versión puede mostrarlo, pero no lo cambiará.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation>Fuentes de esta página</translation>
    </message>
    <message>
        <source>Every source this guide relies on</source>
        <translation>Todas las fuentes en las que se basa esta guía</translation>
    </message>
    <message>
        <source>What&apos;s new in the guide</source>
        <translation>Novedades de la guía</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Family agreement</source>
        <translation>Acuerdo familiar</translation>
    </message>
    <message>
        <source>Build a set of rules together, one agreement for each child. Tick the suggestions you like, change their words, and add your own. Everything is saved as you type. Print it, sign it, and put it somewhere you will all see it.</source>
        <translation>Acuerde con sus hijos un conjunto de reglas, con un acuerdo para cada hijo o hija. Marque las sugerencias que le gusten, cambie sus palabras y añada las suyas. Todo se guarda mientras escribe. Imprímalo, fírmelo con su familia y póngalo en un lugar donde todos lo vean.</translation>
    </message>
    <message>
        <source>Agreement for:</source>
        <translation>Acuerdo de:</translation>
    </message>
    <message>
        <source>Choose whose agreement to show</source>
        <translation>Elija de quién es el acuerdo que quiere ver</translation>
    </message>
    <message>
        <source>New agreement: child&apos;s first name or nickname</source>
        <translation>Nuevo acuerdo: nombre o apodo del menor</translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation>Empezar un acuerdo nuevo</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(todavía sin nombre)</translation>
    </message>
    <message>
        <source>Start an agreement for another child:</source>
        <translation>Empiece un acuerdo para otro hijo o hija:</translation>
    </message>
    <message>
        <source>Another child&apos;s name</source>
        <translation>Nombre de otro hijo o hija</translation>
    </message>
    <message>
        <source>Start with your child&apos;s first name or nickname:</source>
        <translation>Empiece con el nombre o el apodo de su hijo o hija:</translation>
    </message>
    <message>
        <source>Your child&apos;s name</source>
        <translation>Nombre de su hijo o hija</translation>
    </message>
    <message>
        <source>Your changes are still on screen: print or save a PDF to keep them.</source>
        <translation>Sus cambios siguen en la pantalla: imprímalos o guárdelos como PDF para conservarlos.</translation>
    </message>
    <message>
        <source>Your agreement could not be saved</source>
        <translation>No se pudo guardar su acuerdo</translation>
    </message>
    <message>
        <source>The agreement could not be deleted</source>
        <translation>No se pudo eliminar el acuerdo</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>Family agreement - %1.pdf</source>
        <translation>Acuerdo familiar - %1.pdf</translation>
    </message>
    <message>
        <source>Type your child&apos;s first name or a nickname above, then press Start a new agreement.</source>
        <translation>Escriba arriba el nombre o un apodo de su hijo o hija y luego presione Empezar un acuerdo nuevo.</translation>
    </message>
    <message>
        <source>Child&apos;s name:</source>
        <translation>Nombre del menor:</translation>
    </message>
    <message>
        <source>Child&apos;s first name or nickname</source>
        <translation>Nombre o apodo del menor</translation>
    </message>
    <message>
        <source>Add your own rule</source>
        <translation>Añada su propia regla</translation>
    </message>
    <message>
        <source>Add your own rule to: %1</source>
        <translation>Añada su propia regla a: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this rule to: %1</source>
        <translation>Añadir esta regla a: %1</translation>
    </message>
    <message>
        <source>Names and review date</source>
        <translation>Nombres y fecha de revisión</translation>
    </message>
    <message>
        <source>Everyone who agrees (names, separated by commas):</source>
        <translation>Todas las personas que están de acuerdo (nombres separados por comas):</translation>
    </message>
    <message>
        <source>Everyone who agrees</source>
        <translation>Todas las personas que están de acuerdo</translation>
    </message>
    <message>
        <source>We will look at it again on:</source>
        <translation>Lo revisaremos de nuevo el:</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation>Eliminar este acuerdo</translation>
    </message>
    <message>
        <source>Include this rule: %1</source>
        <translation>Incluir esta regla: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Change the words if you like. Ctrl+Z undoes a change.</source>
        <translation>Cambie las palabras si lo desea. Ctrl+Z deshace un cambio.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this rule: %1</source>
        <translation>Quitar esta regla: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your progress was saved by a newer version of Parent Companion. This version can show it but will not change it. Install the newer version to carry on.</source>
        <translation>Su progreso se guardó con una versión más nueva de Parent Companion. Esta versión puede mostrarlo, pero no lo cambiará. Instale la versión más nueva para continuar.</translation>
    </message>
    <message>
        <source>Parent Companion cannot save changes at the moment, because the folder %1 cannot be written to (%2). Everything saved before is shown and kept safe.</source>
        <translation>Parent Companion no puede guardar cambios en este momento, porque no se puede escribir en la carpeta %1 (%2). Todo lo que se guardó antes se muestra y se conserva a salvo.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved this time, because the file in %1 could not be opened (%2). You can still read everything; ticks last until you close the app.</source>
        <translation>Esta vez no se puede guardar su progreso, porque no se pudo abrir el archivo de %1 (%2). Puede seguir leyendo todo; las marcas duran hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged, so Parent Companion put back the copy it saved on %1. Anything you ticked after that day will need ticking again. The damaged file was kept as %2.</source>
        <translation>Su progreso guardado estaba dañado, así que Parent Companion recuperó la copia que guardó el %1. Tendrá que volver a marcar lo que marcó después de ese día. El archivo dañado se conservó como %2.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged, and so were the copies saved on earlier days, so Parent Companion has started afresh. The damaged file was kept as %2.</source>
        <translation>Su progreso guardado estaba dañado, y también las copias de días anteriores, así que Parent Companion ha empezado de cero. El archivo dañado se conservó como %2.</translation>
    </message>
    <message>
        <source>Your saved progress was damaged and there was no earlier copy, so Parent Companion has started afresh. The damaged file was kept as %2.</source>
        <translation>Su progreso guardado estaba dañado y no había una copia anterior, así que Parent Companion ha empezado de cero. El archivo dañado se conservó como %2.</translation>
    </message>
    <message>
        <source>Parent Companion could not save this change.</source>
        <translation>Parent Companion no pudo guardar este cambio.</translation>
    </message>
    <message>
        <source>Nothing you saved before has been lost.</source>
        <translation>No se ha perdido nada de lo que guardó antes.</translation>
    </message>
    <message>
        <source>This computer&apos;s Parent Companion settings file has a problem, so safe settings are in use. Staff can check it with: parent-companion --check-policy</source>
        <translation>El archivo de configuración de Parent Companion de este equipo tiene un problema, así que se usa una configuración segura. El personal puede revisarlo con: parent-companion --check-policy</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Why this matters:</source>
        <translation>Por qué es importante:</translation>
    </message>
    <message>
        <source>How to do it:</source>
        <translation>Cómo hacerlo:</translation>
    </message>
    <message numerus="yes">
        <source>Once it is done, look at this again every %n months.</source>
        <comment>Once it is done, look at this again every month.</comment>
        <translation>
            <numerusform>Una vez hecho, vuelva a revisarlo cada mes.</numerusform>
            <numerusform>Una vez hecho, vuelva a revisarlo cada %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time to look at this again: it was due on %1.</source>
        <translation>Es hora de revisarlo de nuevo: debía hacerse el %1.</translation>
    </message>
    <message>
        <source>Done on %1. Look at it again by %2.</source>
        <translation>Hecho el %1. Revíselo de nuevo antes del %2.</translation>
    </message>
    <message>
        <source>Your tick could not be saved</source>
        <translation>No se pudo guardar su marca</translation>
    </message>
    <message>
        <source>Read the guide for this step</source>
        <translation>Leer la guía de este paso</translation>
    </message>
    <message>
        <source>Read the guide: %1</source>
        <translation>Leer la guía: %1</translation>
    </message>
    <message>
        <source>The TALK checklist</source>
        <translation>La lista de comprobación TALK</translation>
    </message>
    <message>
        <source>Four steps from the Internet Watch Foundation, in our own words. Tick each thing when you have done it. Your ticks are saved straight away.</source>
        <translation>Cuatro pasos de la Internet Watch Foundation, explicados con nuestras propias palabras. Marque cada cosa cuando la haya hecho. Sus marcas se guardan enseguida.</translation>
    </message>
    <message>
        <source>Your ticks can be read here but not changed.</source>
        <translation>Aquí puede ver sus marcas, pero no cambiarlas.</translation>
    </message>
</context>
<context>
    <name>ChildrenSection</name>
    <message>
        <source>Born in %1</source>
        <translation>Nació en %1</translation>
    </message>
    <message>
        <source>Age not given</source>
        <translation>Edad no indicada</translation>
    </message>
    <message>
        <source>no apps chosen yet</source>
        <translation>todavía no se eligieron aplicaciones</translation>
    </message>
    <message>
        <source>Your children</source>
        <translation>Sus hijos</translation>
    </message>
    <message>
        <source>Add each child by first name or a nickname. Their age and apps decide which starters, practice scenes and settings come first, and Home shows what to look at again as they grow. This is optional.</source>
        <translation>Añada a cada hijo o hija por su nombre o un apodo. Su edad y sus aplicaciones deciden qué ideas para empezar a hablar, qué escenas de práctica y qué ajustes aparecen primero, e Inicio le muestra qué revisar de nuevo a medida que crecen. Esto es opcional.</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Añadir un hijo o hija…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar a %1</translation>
    </message>
    <message>
        <source>For another carer…</source>
        <translation>Para otro cuidador…</translation>
    </message>
    <message>
        <source>Save a sheet about %1 for another carer</source>
        <translation>Guardar una hoja sobre %1 para otro cuidador</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <source>This child could not be saved</source>
        <translation>No se pudieron guardar los datos de este hijo o hija</translation>
    </message>
    <message>
        <source>This child could not be removed</source>
        <translation>No se pudo quitar a este hijo o hija</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
</context>
<context>
    <name>CountryBar</name>
    <message>
        <source>call %1</source>
        <translation>llame al %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>envíe un mensaje de texto al %1</translation>
    </message>
    <message>
        <source>online at %1</source>
        <translation>en línea en %1</translation>
    </message>
    <message>
        <source>If a child is in danger right now, or may harm themselves, call the emergency number for your country:</source>
        <translation>Si un menor está en peligro ahora mismo, o puede hacerse daño, llame al número de emergencias de su país:</translation>
    </message>
    <message>
        <source>If a child is in danger right now, or may harm themselves, call %1.</source>
        <translation>Si un menor está en peligro ahora mismo, o puede hacerse daño, llame al %1.</translation>
    </message>
    <message>
        <source>To talk to someone now about thoughts of self-harm or suicide:</source>
        <translation>Para hablar ahora con alguien sobre pensamientos de autolesión o suicidio:</translation>
    </message>
    <message>
        <source>To report it:</source>
        <translation>Para denunciarlo:</translation>
    </message>
    <message>
        <source>Every number and service for %1 is on Get help.</source>
        <translation>Todos los números y servicios de %1 están en Pedir ayuda.</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call %1.</source>
        <translation>Si un menor está en peligro ahora mismo, llame al %1.</translation>
    </message>
    <message>
        <source>If a child is in danger right now, call: %1.</source>
        <translation>Si un menor está en peligro ahora mismo, llame al: %1.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Cambiar de país</translation>
    </message>
    <message>
        <source>Advice for: every country, until you choose yours</source>
        <translation>Consejos para: todos los países, hasta que elija el suyo</translation>
    </message>
    <message>
        <source>Which country are you in? Then we can show you the right numbers and advice. Until then, you see the emergency numbers for every country.</source>
        <translation>¿En qué país está? Así podremos mostrarle los números y consejos adecuados. Mientras tanto, verá los números de emergencias de todos los países.</translation>
    </message>
    <message>
        <source>Advice for: %1</source>
        <translation>Consejos para: %1</translation>
    </message>
    <message>
        <source>(from this computer&apos;s settings)</source>
        <translation>(según la configuración de este equipo)</translation>
    </message>
    <message>
        <source>Is this right? We chose %1 from this computer&apos;s settings. Press your country to confirm it or to change it.</source>
        <translation>¿Es correcto? Elegimos %1 según la configuración de este equipo. Presione su país para confirmarlo o cambiarlo.</translation>
    </message>
    <message>
        <source>Who to call now</source>
        <translation>A quién llamar ahora</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Hide (quick exit)</source>
        <translation>Ocultar (Salida rápida)</translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation>¿Abrir en su navegador web?</translation>
    </message>
    <message>
        <source>This link opens a web page in your browser, outside Parent Companion.</source>
        <translation>Este enlace abre una página web en su navegador, fuera de Parent Companion.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Welcome to Parent Companion</source>
        <translation>Le damos la bienvenida a Parent Companion</translation>
    </message>
    <message>
        <source>Two quick questions help us show the right helplines and conversation starters. You can change them any time in Settings, or skip this for now.</source>
        <translation>Dos preguntas rápidas nos ayudan a mostrarle las líneas de ayuda y las ideas para empezar a hablar adecuadas. Puede cambiar las respuestas cuando quiera en Configuración, o saltarse esto por ahora.</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Guardar y empezar</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF guardado</translation>
    </message>
    <message>
        <source>Saved “%1” in this folder:</source>
        <translation>Se guardó «%1» en esta carpeta:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Delete this agreement?</source>
        <translation>¿Eliminar este acuerdo?</translation>
    </message>
    <message>
        <source>Delete the family agreement for %1? This cannot be undone.</source>
        <translation>¿Eliminar el acuerdo familiar de %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation>Eliminar acuerdo</translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation>¿Eliminar todos sus datos?</translation>
    </message>
    <message>
        <source>This deletes every tick, setting and family agreement Parent Companion has saved on this computer. It cannot be undone. Print or save anything you want to keep first.</source>
        <translation>Esto elimina todas las marcas, los ajustes y los acuerdos familiares que Parent Companion ha guardado en este equipo. No se puede deshacer. Antes, imprima o guarde lo que quiera conservar.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <source>Parent Companion is already open</source>
        <translation>Parent Companion ya está abierto</translation>
    </message>
    <message>
        <source>Parent Companion is already open on this computer, so its window has been brought to the front. Only one copy runs at a time, so nothing gets mixed up.</source>
        <translation>Parent Companion ya está abierto en este equipo, así que su ventana se ha puesto delante. Solo funciona una copia a la vez, para que nada se mezcle.</translation>
    </message>
</context>
<context>
    <name>FamilyDialogs</name>
    <message>
        <source>Save reminders for your calendar</source>
        <translation>Guardar recordatorios para su calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Remove this child?</source>
        <translation>¿Quitar a este hijo o hija?</translation>
    </message>
    <message>
        <source>Remove %1 from Parent Companion? Their family agreement and your ticks stay as they are.</source>
        <translation>¿Quitar a %1 de Parent Companion? Su acuerdo familiar y sus marcas se quedan como están.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation>Nombre o apodo</translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation>Nombre o apodo:</translation>
    </message>
    <message>
        <source>Year born</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Year born:</source>
        <translation>Año de nacimiento:</translation>
    </message>
    <message>
        <source>Age, if you would rather not give a year</source>
        <translation>Edad, si prefiere no indicar el año</translation>
    </message>
    <message>
        <source>Or their age:</source>
        <translation>O su edad:</translation>
    </message>
    <message>
        <source>The apps, games and devices they use:</source>
        <translation>Las aplicaciones, juegos y dispositivos que usa:</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Añadir un hijo o hija</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar a %1</translation>
    </message>
</context>
<context>
    <name>FamilyExports</name>
    <message>
        <source>No reminders yet</source>
        <translation>Todavía no hay recordatorios</translation>
    </message>
    <message>
        <source>Tick the checklist items and settings you have done. Each one then has a date to look at it again, and those dates go into your calendar.</source>
        <translation>Marque los puntos de la lista de comprobación y los ajustes que ya hizo. Así cada uno tendrá una fecha para revisarlo de nuevo, y esas fechas irán a su calendario.</translation>
    </message>
    <message>
        <source>Parent Companion reminders.ics</source>
        <translation>Recordatorios de Parent Companion.ics</translation>
    </message>
    <message>
        <source>The reminders could not be saved</source>
        <translation>No se pudieron guardar los recordatorios</translation>
    </message>
    <message>
        <source>Looking after %1: for other carers</source>
        <translation>Cuidar de %1: para otros cuidadores</translation>
    </message>
    <message>
        <source>For grandparents, babysitters and the other household. It lists the rules we agreed, the apps %1 uses, and who to call if something online worries you.</source>
        <translation>Para abuelos, niñeras y el otro hogar del menor. Incluye las reglas que acordamos, las aplicaciones que usa %1 y a quién llamar si algo en internet le preocupa.</translation>
    </message>
    <message>
        <source>The rules we agreed</source>
        <translation>Las reglas que acordamos</translation>
    </message>
    <message>
        <source>No rules agreed in Parent Companion yet.</source>
        <translation>Todavía no hay reglas acordadas en Parent Companion.</translation>
    </message>
    <message>
        <source>Apps and games %1 uses</source>
        <translation>Aplicaciones y juegos que usa %1</translation>
    </message>
    <message>
        <source>no settings ticked yet</source>
        <translation>todavía no se marcó ningún ajuste</translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation>Todavía no se eligió ninguno.</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>If %1 tells you something worrying: stay calm, listen, thank them for telling you, and let their parents know as soon as you can.</source>
        <translation>Si %1 le cuenta algo preocupante: mantenga la calma, escuche, agradézcale que se lo haya contado y avise a sus padres lo antes posible.</translation>
    </message>
    <message>
        <source>Looking after %1</source>
        <translation>Cuidar de %1</translation>
    </message>
    <message>
        <source>For other carers - %1.pdf</source>
        <translation>Para otros cuidadores - %1.pdf</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Conversation starters</source>
        <translation>Ideas para empezar a hablar</translation>
    </message>
    <message>
        <source>Your checklist for this step</source>
        <translation>Su lista de comprobación para este paso</translation>
    </message>
    <message>
        <source>Every source used in this guide</source>
        <translation>Todas las fuentes usadas en esta guía</translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation>Fuentes de esta página</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>En esta página</translation>
    </message>
    <message>
        <source>Choose your children&apos;s ages in &lt;a href=&quot;page:settings&quot;&gt;Settings&lt;/a&gt; to see only the starters that fit.</source>
        <translation>Elija las edades de sus hijos en &lt;a href=&quot;page:settings&quot;&gt;Configuración&lt;/a&gt; para ver solo las ideas para empezar a hablar que les corresponden.</translation>
    </message>
    <message>
        <source>(written %1)</source>
        <translation>(escrita en %1)</translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation>Revisado el %1.</translation>
    </message>
    <message>
        <source>Some of the sources for this page were written in %1, more than two years ago. Numbers, names and settings may have changed since: please check them on the organisation&apos;s own website.</source>
        <translation>Algunas fuentes de esta página se escribieron en %1, hace más de dos años. Los números, los nombres y los ajustes pueden haber cambiado desde entonces: compruébelos en el sitio web de cada organización.</translation>
    </message>
</context>
<context>
    <name>HelpLanguages</name>
    <message>
        <source>Help in Spanish: %1</source>
        <translation>Ayuda en español: %1</translation>
    </message>
    <message>
        <source>Help in Arabic: %1</source>
        <translation>Ayuda en árabe: %1</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mensaje de texto</translation>
    </message>
    <message>
        <source>online chat</source>
        <translation>chat en línea</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>through an interpreter</source>
        <translation>con un intérprete</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>If your child, or you, may be thinking of self-harm or suicide</source>
        <translation>Si su hijo o hija, o usted, puede estar pensando en autolesionarse o en el suicidio</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Report online sexual abuse</source>
        <translation>Denunciar abuso sexual en internet</translation>
    </message>
    <message>
        <source>Get a nude image taken down</source>
        <translation>Conseguir que se retire una imagen íntima</translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation>Alguien con quien hablar</translation>
    </message>
    <message>
        <source>Who it is for:</source>
        <translation>Para quién es:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Mensaje de texto:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>You are looking at help for %1.</source>
        <translation>Está viendo la ayuda para %1.</translation>
    </message>
    <message>
        <source>Show help for %1</source>
        <translation>Mostrar la ayuda para %1</translation>
    </message>
    <message>
        <source>Show help for every country</source>
        <translation>Mostrar la ayuda para todos los países</translation>
    </message>
    <message>
        <source>Choose your country above to see its police, reporting, image removal and support services.</source>
        <translation>Elija su país arriba para ver sus servicios de policía, de denuncia, de retirada de imágenes y de apoyo.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Numbers and opening hours can change: if one does not work, search for the service&apos;s official website.</source>
        <translation>Los números y los horarios pueden cambiar: si uno no funciona, busque el sitio web oficial del servicio.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Settings to look at again for %1:</source>
        <translation>Ajustes que conviene revisar de nuevo para %1:</translation>
    </message>
    <message>
        <source>Read this on the Age by age page, with its sources</source>
        <translation>Lea esto en la página Edad por edad, con sus fuentes</translation>
    </message>
    <message>
        <source>%1 turns %2 this year: what changes</source>
        <translation>%1 cumple %2 este año: qué cambia</translation>
    </message>
    <message>
        <source>The guide has changed since you last looked:</source>
        <translation>La guía ha cambiado desde la última vez que la vio:</translation>
    </message>
    <message>
        <source>see what&apos;s new</source>
        <translation>vea las novedades</translation>
    </message>
    <message>
        <source>Nothing is due for another look yet. Your own calendar can remind you when it is.</source>
        <translation>Todavía no hay nada pendiente de revisar de nuevo. Su propio calendario puede recordárselo cuando llegue el momento.</translation>
    </message>
    <message>
        <source>Add reminders to my calendar…</source>
        <translation>Añadir recordatorios a mi calendario…</translation>
    </message>
    <message>
        <source>Add reminders to look again to my calendar: saves a calendar file</source>
        <translation>Añadir a mi calendario recordatorios para revisar de nuevo: guarda un archivo de calendario</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Progress on %1</source>
        <translation>Progreso en %1</translation>
    </message>
    <message>
        <source>Open this step</source>
        <translation>Abrir este paso</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Welcome to Parent Companion</source>
        <translation>Le damos la bienvenida a Parent Companion</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Su progreso</translation>
    </message>
    <message>
        <source>Your child&apos;s apps and games</source>
        <translation>Las aplicaciones y juegos de su hijo o hija</translation>
    </message>
    <message>
        <source>Mark the apps, games and devices your child uses on the Platforms page, and their settings to check will show here.</source>
        <translation>Marque en la página Aplicaciones, juegos y dispositivos las aplicaciones, juegos y dispositivos que usa su hijo o hija, y aquí aparecerán los ajustes que debe revisar.</translation>
    </message>
    <message>
        <source>Saved pages</source>
        <translation>Páginas guardadas</translation>
    </message>
    <message>
        <source>Due for another look</source>
        <translation>Pendiente de revisar de nuevo</translation>
    </message>
    <message>
        <source>The TALK checklist was created by the Internet Watch Foundation (IWF). Parent Companion is independent: it is not made or endorsed by the IWF. See About for more.</source>
        <translation>La lista de comprobación TALK la creó la Internet Watch Foundation (IWF). Parent Companion es independiente: la IWF no lo ha hecho ni lo respalda. Encontrará más información en Acerca de.</translation>
    </message>
    <message>
        <source>Something has happened?</source>
        <translation>¿Ha pasado algo?</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Pedir ayuda ahora</translation>
    </message>
    <message>
        <source>Get help now: what to do if it has already happened</source>
        <translation>Pedir ayuda ahora: qué hacer si ya ha pasado</translation>
    </message>
    <message>
        <source>Your children&apos;s apps and games</source>
        <translation>Las aplicaciones y juegos de sus hijos</translation>
    </message>
    <message>
        <source>Other apps and games</source>
        <translation>Otras aplicaciones y juegos</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Opening websites from Parent Companion is turned off on this computer.</source>
        <translation>En este equipo está desactivado abrir sitios web desde Parent Companion.</translation>
    </message>
    <message>
        <source>Websites are turned off here</source>
        <translation>Aquí los sitios web están desactivados</translation>
    </message>
    <message>
        <source>This link is not opened</source>
        <translation>Este enlace no se abre</translation>
    </message>
    <message>
        <source>Parent Companion only opens links to the safety and help websites it knows. You can type the address into your browser yourself if you trust it.</source>
        <translation>Parent Companion solo abre enlaces a los sitios web de seguridad y ayuda que conoce. Si confía en la dirección, puede escribirla usted en su navegador.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This is a shared computer. Nothing you do here is saved. Print or save to your own USB stick to keep it.</source>
        <translation>Este es un equipo compartido. No se guarda nada de lo que haga aquí. Para conservarlo, imprímalo o guárdelo en su propia memoria USB.</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>Clears everything and starts afresh.</source>
        <translation>Lo borra todo y empieza de cero.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Flecha izquierda</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Flecha derecha</translation>
    </message>
    <message>
        <source>You are in %1, on %2</source>
        <translation>Está en %1, en %2</translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation>No se pudieron eliminar algunos archivos</translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
        <source>Nothing to print here</source>
        <translation>Aquí no hay nada que imprimir</translation>
    </message>
    <message>
        <source>This page has nothing to print. Open a guide page, a platform or your family agreement, or save the whole guide from the File menu.</source>
        <translation>Esta página no tiene nada que imprimir. Abra una página de la guía, una plataforma o su acuerdo familiar, o guarde la guía completa desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Parent Companion guide.pdf</source>
        <translation>Guía de Parent Companion.pdf</translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Buscar en la guía (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Hide (quick exit)</source>
        <translation>Ocultar (Salida rápida)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hides this window at once. You can also press Shift three times.</source>
        <translation>Oculta esta ventana al instante. También puede presionar Mayús tres veces.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Print this page…</source>
        <translation>&amp;Imprimir esta página…</translation>
    </message>
    <message>
        <source>&amp;Save this page as PDF…</source>
        <translation>&amp;Guardar esta página como PDF…</translation>
    </message>
    <message>
        <source>Save the &amp;whole guide as PDF…</source>
        <translation>Guardar la guía &amp;completa como PDF…</translation>
    </message>
    <message>
        <source>Add &amp;reminders to my calendar…</source>
        <translation>Añadir &amp;recordatorios a mi calendario…</translation>
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
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Search the guide</source>
        <translation>&amp;Buscar en la guía</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Parent Companion</source>
        <translation>&amp;Acerca de Parent Companion</translation>
    </message>
</context>
<context>
    <name>PlatformsPage</name>
    <message>
        <source>Apps, games and devices</source>
        <translation>Aplicaciones, juegos y dispositivos</translation>
    </message>
    <message>
        <source>the UK</source>
        <translation>el Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>the US</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Elsewhere: %1.</source>
        <translation>En otros lugares: %1.</translation>
    </message>
    <message>
        <source>In %1: %2. %3</source>
        <translation>En %1: %2. %3</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Edad mínima:</translation>
    </message>
    <message>
        <source>Social and video</source>
        <translation>Redes sociales y vídeo</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Games</source>
        <translation>Juegos</translation>
    </message>
    <message>
        <source>Phones, tablets and computers</source>
        <translation>Teléfonos, tabletas y computadoras</translation>
    </message>
    <message>
        <source>Your choice could not be saved</source>
        <translation>No se pudo guardar su elección</translation>
    </message>
    <message>
        <source>My child uses this</source>
        <translation>Lo usa mi hijo o hija</translation>
    </message>
    <message>
        <source>My child uses %1</source>
        <translation>Mi hijo o hija usa %1</translation>
    </message>
    <message>
        <source>Open guide</source>
        <translation>Abrir la guía</translation>
    </message>
    <message>
        <source>Open the guide for %1</source>
        <translation>Abrir la guía de %1</translation>
    </message>
    <message>
        <source>Step-by-step privacy settings for the apps, games and devices children use. Tick &quot;My child uses this&quot; and those come first, here and on Home.</source>
        <translation>Ajustes de privacidad, paso a paso, para las aplicaciones, juegos y dispositivos que usan los menores. Marque «Lo usa mi hijo o hija» y esos aparecerán primero, aquí y en Inicio.</translation>
    </message>
    <message>
        <source>Type a name, for example Roblox</source>
        <translation>Escriba un nombre, por ejemplo Roblox</translation>
    </message>
    <message>
        <source>Find an app, game or device by name</source>
        <translation>Buscar una aplicación, un juego o un dispositivo por su nombre</translation>
    </message>
    <message>
        <source>Show only one kind</source>
        <translation>Mostrar solo un tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Nothing matches. Try another name or kind.</source>
        <translation>No hay coincidencias. Pruebe con otro nombre o tipo.</translation>
    </message>
    <message>
        <source>We checked these settings more than a year ago. Apps change their menus often, so some steps may have moved. The official help pages below have the latest details.</source>
        <translation>Revisamos estos ajustes hace más de un año. Las aplicaciones cambian sus menús a menudo, así que algunos pasos pueden haberse movido. Las páginas de ayuda oficiales que aparecen abajo tienen la información más reciente.</translation>
    </message>
    <message>
        <source>Risks to know about</source>
        <translation>Riesgos que conviene conocer</translation>
    </message>
    <message>
        <source>Safety features</source>
        <translation>Funciones de seguridad</translation>
    </message>
    <message>
        <source>What you can see:</source>
        <translation>Lo que usted puede ver:</translation>
    </message>
    <message>
        <source>What you cannot see:</source>
        <translation>Lo que usted no puede ver:</translation>
    </message>
    <message>
        <source>Settings to check</source>
        <translation>Ajustes que conviene revisar</translation>
    </message>
    <message>
        <source>Tick each one when it is done. Settings can change after an app updates, so the app reminds you to check again.</source>
        <translation>Marque cada uno cuando esté hecho. Los ajustes pueden cambiar cuando una aplicación se actualiza, así que Parent Companion le recuerda que vuelva a revisarlos.</translation>
    </message>
    <message>
        <source>Official help page for this setting</source>
        <translation>Página de ayuda oficial de este ajuste</translation>
    </message>
    <message>
        <source>Official help</source>
        <translation>Ayuda oficial</translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation>Fuentes de esta página</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practise a conversation</source>
        <translation>Practicar una conversación</translation>
    </message>
    <message>
        <source>Practise what you might say before you need to. Each scene starts with something a child might say. Pick a reply and see how it tends to land, and why. There are no scores, and nothing is saved.</source>
        <translation>Practique lo que podría decir antes de necesitarlo. Cada escena empieza con algo que podría decir un menor. Elija una respuesta y vea cómo suele recibirse, y por qué. No hay puntuaciones y no se guarda nada.</translation>
    </message>
    <message>
        <source>Practise: %1 (%2)</source>
        <translation>Practicar: %1 (%2)</translation>
    </message>
    <message>
        <source>← All scenes</source>
        <translation>← Todas las escenas</translation>
    </message>
    <message>
        <source>Leave this scene and show all scenes</source>
        <translation>Salir de esta escena y mostrar todas las escenas</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Usted:</translation>
    </message>
    <message>
        <source>Your child:</source>
        <translation>Su hijo o hija:</translation>
    </message>
    <message>
        <source>What do you say?</source>
        <translation>¿Qué le dice?</translation>
    </message>
    <message>
        <source>Reply %1 of %2: %3</source>
        <translation>Respuesta %1 de %2: %3</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Open the page: %1</source>
        <translation>Abrir la página: %1</translation>
    </message>
    <message>
        <source>Try another reply</source>
        <translation>Probar otra respuesta</translation>
    </message>
    <message>
        <source>Try another reply: start this scene again</source>
        <translation>Probar otra respuesta: empezar esta escena de nuevo</translation>
    </message>
    <message>
        <source>Back to all scenes</source>
        <translation>Volver a todas las escenas</translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation>De dónde vienen estos consejos</translation>
    </message>
    <message>
        <source>Keeps the door open</source>
        <translation>Deja la puerta abierta</translation>
    </message>
    <message>
        <source>Closes the door</source>
        <translation>Cierra la puerta</translation>
    </message>
    <message>
        <source>Moves to action</source>
        <translation>Pasa a la acción</translation>
    </message>
</context>
<context>
    <name>PreferencesForm</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Elija su país</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>¿Dónde vive?</translation>
    </message>
    <message>
        <source>How old are your children?</source>
        <translation>¿Qué edad tienen sus hijos?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Checked on %1.</source>
        <translation>Revisado el %1.</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Every source used in this guide</source>
        <translation>Todas las fuentes usadas en esta guía</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>A guide for parents and carers, built around the TALK checklist from the Internet Watch Foundation (IWF). Parent Companion is independent of the IWF.</source>
        <translation>Una guía para madres, padres y cuidadores, basada en la lista de comprobación TALK de la Internet Watch Foundation (IWF). Parent Companion es independiente de la IWF.</translation>
    </message>
    <message>
        <source>Parent Companion: the whole guide</source>
        <translation>Parent Companion: la guía completa</translation>
    </message>
    <message>
        <source>Printed from Parent Companion on %1.</source>
        <translation>Impreso desde Parent Companion el %1.</translation>
    </message>
    <message>
        <source>(written %1)</source>
        <translation>(escrita en %1)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>our family</source>
        <translation>nuestra familia</translation>
    </message>
    <message>
        <source>We will look at this again on</source>
        <translation>Lo revisaremos de nuevo el</translation>
    </message>
    <message>
        <source>Signed by all of us</source>
        <translation>Firmado por todos</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Ideas para empezar a hablar</translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation>Emergencias:</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Edad mínima:</translation>
    </message>
    <message>
        <source>Risks to know about</source>
        <translation>Riesgos que conviene conocer</translation>
    </message>
    <message>
        <source>Settings to check</source>
        <translation>Ajustes que conviene revisar</translation>
    </message>
    <message>
        <source>Who to call now</source>
        <translation>A quién llamar ahora</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message numerus="yes">
        <source>%n due for another look</source>
        <comment>1 due for another look</comment>
        <translation>
            <numerusform>%n pendiente de revisar de nuevo</numerusform>
            <numerusform>%n pendientes de revisar de nuevo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation>No hay nada abierto.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>SaveButton</name>
    <message>
        <source>★ On Home</source>
        <translation>★ En Inicio</translation>
    </message>
    <message>
        <source>On Home, under Saved pages. Press to take it off</source>
        <translation>En Inicio, en Páginas guardadas. Pulse para quitarla</translation>
    </message>
    <message>
        <source>☆ Add to Home</source>
        <translation>☆ Añadir a Inicio</translation>
    </message>
    <message>
        <source>Add this page to Saved pages on Home</source>
        <translation>Añadir esta página a Páginas guardadas, en Inicio</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Ideas para empezar a hablar</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>Aplicaciones, juegos y dispositivos</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Type a word or a question in your own words, like “someone is threatening my son” or “who do I call”. Search looks through the whole guide, the platform guides and Get help.</source>
        <translation>Escriba una palabra o una pregunta con sus propias palabras, como «alguien está amenazando a mi hijo» o «a quién llamo». La búsqueda revisa toda la guía, las guías de las plataformas y Pedir ayuda.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Something has happened?</source>
        <translation>¿Ha pasado algo?</translation>
    </message>
    <message>
        <source>Results for “%1”. Press Enter to open one.</source>
        <translation>Resultados para «%1». Presione Enter para abrir uno.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try other words, like “blackmail” or “Roblox”.</source>
        <translation>No se encontró nada para «%1». Pruebe con otras palabras, como «chantaje» o «Roblox».</translation>
    </message>
    <message>
        <source>If something has happened, start here:</source>
        <translation>Si ha pasado algo, empiece aquí:</translation>
    </message>
    <message>
        <source>%1 in another country</source>
        <translation>%1 en otro país</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your country decides which helplines and reporting routes you see. Your children&apos;s ages decide which conversation starters you see. Changes are saved straight away.</source>
        <translation>Su país decide qué líneas de ayuda y qué vías de denuncia ve. Las edades de sus hijos deciden qué ideas para empezar a hablar ve. Los cambios se guardan enseguida.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>Como este equipo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size: press Ctrl and + for larger text, Ctrl and - for smaller, Ctrl and 0 to go back to normal. The View menu has the same.</source>
        <translation>Tamaño del texto: presione Ctrl y + para agrandar el texto, Ctrl y - para reducirlo, y Ctrl y 0 para volver al tamaño normal. El menú Ver tiene lo mismo.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>The Hide button at the top left, or pressing Shift three times, hides this window straight away.</source>
        <translation>El botón Ocultar, arriba a la izquierda, o presionar Mayús tres veces, oculta esta ventana al instante.</translation>
    </message>
    <message>
        <source>What quick exit does and does not hide</source>
        <translation>Qué oculta y qué no oculta la Salida rápida</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Everything Parent Companion has saved (ticks, settings, children&apos;s profiles and family agreements) is in this folder, which only your account can open: %1</source>
        <translation>Todo lo que Parent Companion ha guardado (marcas, ajustes, perfiles de sus hijos y acuerdos familiares) está en esta carpeta, que solo su cuenta puede abrir: %1</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Eliminar todos mis datos…</translation>
    </message>
    <message>
        <source>Your settings could not be saved</source>
        <translation>No se pudo guardar su configuración</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Quick exit: hide this window at once</source>
        <translation>Salida rápida: ocultar esta ventana al instante</translation>
    </message>
    <message>
        <source>Shift three times</source>
        <translation>Mayús tres veces</translation>
    </message>
    <message>
        <source>Back and Forward with the mouse</source>
        <translation>Atrás y Adelante con el ratón</translation>
    </message>
    <message>
        <source>The mouse&apos;s Back and Forward buttons</source>
        <translation>Los botones Atrás y Adelante del ratón</translation>
    </message>
    <message>
        <source>From the search box into the results</source>
        <translation>Del cuadro de búsqueda a los resultados</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation>Abrir el resultado elegido</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the search box, then leave the results</source>
        <translation>Vaciar el cuadro de búsqueda y luego salir de los resultados</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Ir al control siguiente o anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation>Desplazarse por la página</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down</source>
        <translation>Flechas, Re Pág, Av Pág</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new in the guide</source>
        <translation>Novedades de la guía</translation>
    </message>
    <message>
        <source>Each update of Parent Companion can bring new pages, new settings to check and changed phone numbers. Here is what changed, newest first.</source>
        <translation>Cada actualización de Parent Companion puede traer páginas nuevas, ajustes nuevos que revisar y números de teléfono que han cambiado. Aquí verá lo que cambió, empezando por lo más reciente.</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>Versión %1, %2</translation>
    </message>
    <message>
        <source>new since you last looked</source>
        <translation>nuevo desde la última vez que miró</translation>
    </message>
    <message>
        <source>New pages</source>
        <translation>Páginas nuevas</translation>
    </message>
    <message>
        <source>New settings to check</source>
        <translation>Ajustes nuevos que revisar</translation>
    </message>
    <message>
        <source>New helplines</source>
        <translation>Líneas de ayuda nuevas</translation>
    </message>
    <message>
        <source>Changed numbers</source>
        <translation>Números que han cambiado</translation>
    </message>
</context>
</TS>
