<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Documentation: &lt;a href=&quot;{url}&quot;&gt;docs/&lt;/a&gt; (user guide, file format, packaging).</source>
        <translation>Dokumentation: &lt;a href=&quot;{url}&quot;&gt;docs/&lt;/a&gt; (Benutzerhandbuch, Dateiformat, Paketierung).</translation>
    </message>
    <message>
        <source>Documentation: see docs/ and README.md in the source distribution.</source>
        <translation>Dokumentation: siehe docs/ und README.md im Quellpaket.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Font licence</source>
        <translation>Schriftlizenz</translation>
    </message>
    <message>
        <source>Icon licence</source>
        <translation>Symbollizenz</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Draw a company&apos;s sales process live in a workshop, then print, export and share it.</source>
        <translation>Den Vertriebsprozess eines Unternehmens live im Workshop zeichnen, dann drucken, exportieren und teilen.</translation>
    </message>
    <message>
        <source>Licensed under the MIT License. Bundled font: DejaVu Sans (DejaVu fonts licence). Icons drawn for this project (MIT).</source>
        <translation>Lizenziert unter der MIT-Lizenz. Mitgelieferte Schrift: DejaVu Sans (Lizenz der DejaVu-Schriften). Symbole eigens für dieses Projekt gezeichnet (MIT).</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave is off: {why}</source>
        <translation>Automatisches Sichern ist aus: {why}</translation>
    </message>
    <message>
        <source>Autosave failed: {why}</source>
        <translation>Automatisches Sichern fehlgeschlagen: {why}</translation>
    </message>
</context>
<context>
    <name>BandChoice</name>
    <message>
        <source>Owner (lane)</source>
        <translation>Verantwortlich (Bahn)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>New lane…</source>
        <translation>Neue Bahn…</translation>
    </message>
    <message>
        <source>New phase…</source>
        <translation>Neue Phase…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Bahn</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>BandList</name>
    <message>
        <source>Lane colour</source>
        <translation>Farbe der Bahn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add (Insert)</source>
        <translation>Hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Pick the lane&apos;s colour</source>
        <translation>Farbe der Bahn wählen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Entfernen (Entf)</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Bahn</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>{count} stages belong to “{name}”. Remove it and clear theirs?</source>
        <translation>{count} Schritte gehören zu „{name}“. Trotzdem entfernen und die Zuordnung dieser Schritte leeren?</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Yes branch</source>
        <translation>Ja-Zweig</translation>
    </message>
    <message>
        <source>No branch</source>
        <translation>Nein-Zweig</translation>
    </message>
    <message>
        <source>Objection (loop back)</source>
        <translation>Einwand (Schleife zurück)</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>Beschriftung bearbeiten</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Set as start</source>
        <translation>Als Start festlegen</translation>
    </message>
    <message>
        <source>Add next stage</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Insert decision after</source>
        <translation>Entscheidung danach einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select one stage or decision to make it the start.</source>
        <translation>Einen Schritt oder eine Entscheidung auswählen, um dort den Start festzulegen.</translation>
    </message>
    <message>
        <source>Add stage here</source>
        <translation>Schritt hier hinzufügen</translation>
    </message>
    <message>
        <source>Add decision here</source>
        <translation>Entscheidung hier hinzufügen</translation>
    </message>
    <message>
        <source>Add sticky note here</source>
        <translation>Haftnotiz hier hinzufügen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Double-click to add the first stage, or drag a shape from the left.
Then type its name and press Tab for the next one.</source>
        <translation>Doppelklicken, um den ersten Schritt anzulegen, oder eine Form von links hereinziehen.
Dann den Namen tippen und mit Tab den nächsten anlegen.</translation>
    </message>
    <message>
        <source>Unknown shape “{shape}”.</source>
        <translation>Unbekannte Form „{shape}“.</translation>
    </message>
    <message>
        <source>Select a stage first: Tab adds the next stage after it.</source>
        <translation>Zuerst einen Schritt auswählen: Tab fügt danach den nächsten Schritt an.</translation>
    </message>
    <message>
        <source>Select one node to insert a decision after it.</source>
        <translation>Ein Element auswählen, um danach eine Entscheidung einzufügen.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditor</name>
    <message>
        <source>An item needs at least one character (Delete removes it).</source>
        <translation>Ein Punkt braucht mindestens ein Zeichen (Entf entfernt ihn).</translation>
    </message>
    <message>
        <source>Add an item below (Insert)</source>
        <translation>Punkt darunter hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the item (Delete)</source>
        <translation>Punkt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the item up (Alt+Up)</source>
        <translation>Punkt nach oben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the item down (Alt+Down)</source>
        <translation>Punkt nach unten (Alt+↓)</translation>
    </message>
    <message>
        <source>Tick = required · Enter adds more</source>
        <translation>Haken = Pflicht · Eingabetaste fügt weitere hinzu</translation>
    </message>
    <message>
        <source>Enter adds more</source>
        <translation>Eingabetaste fügt weitere hinzu</translation>
    </message>
    <message>
        <source>Ticked: must be done before the deal moves on</source>
        <translation>Angehakt: muss erledigt sein, bevor der Deal weitergeht</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>(differs between them)</source>
        <translation>(unterschiedlich)</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds no part of a sales process map.</source>
        <translation>Die Zwischenablage enthält keinen Teil einer Vertriebsprozesskarte.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&amp;Deal ID:</source>
        <translation>&amp;Deal-ID:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Timestamp:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Final status:</source>
        <translation>&amp;Endstatus:</translation>
    </message>
    <message>
        <source>Choose Columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Which column of “{name}” holds what? Deal ID, stage and timestamp are needed; the rest is optional. The choice is remembered for files with the same columns.</source>
        <translation>Welche Spalte von „{name}“ enthält was? Deal-ID, Phase und Zeitpunkt werden gebraucht, der Rest ist freiwillig. Die Wahl wird für Dateien mit denselben Spalten gemerkt.</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— Spalte wählen —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Choose a column for: {roles}.</source>
        <translation>Bitte eine Spalte wählen für: {roles}.</translation>
    </message>
    <message>
        <source>The column “{name}” is chosen for two roles.</source>
        <translation>Die Spalte „{name}“ ist zweimal gewählt.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Saved {time}</source>
        <translation>Gespeichert {time}</translation>
    </message>
    <message>
        <source>Commit {sha} ({date}): {subject}</source>
        <translation>Commit {sha} ({date}): {subject}</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Another map file…</source>
        <translation>Eine andere Kartendatei…</translation>
    </message>
    <message>
        <source>Compare this map with:</source>
        <translation>Diese Karte vergleichen mit:</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Leave Comparison</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>That version could not be read as a sales map.</source>
        <translation>Diese Version konnte nicht als Vertriebskarte gelesen werden.</translation>
    </message>
    <message>
        <source>Compared with {source}: {summary}</source>
        <translation>Verglichen mit {source}: {summary}</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>The whole item</source>
        <translation>Das ganze Element</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(not in this version)</source>
        <translation>(in dieser Version nicht vorhanden)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Take Ours</source>
        <translation>Unsere übernehmen</translation>
    </message>
    <message>
        <source>Keep this map&apos;s version as it is now and close the conflict</source>
        <translation>Die Version dieser Karte so behalten, wie sie jetzt ist, und den Konflikt schließen</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>Put the other version&apos;s item in this map</source>
        <translation>Das Element der anderen Version in diese Karte übernehmen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Go to the item to edit it by hand; the conflict stays until you take a side</source>
        <translation>Zum Element gehen, um es von Hand zu bearbeiten; der Konflikt bleibt, bis Sie eine Seite übernehmen</translation>
    </message>
    <message>
        <source>{what} “{name}”: {fields}</source>
        <translation>{what} „{name}“: {fields}</translation>
    </message>
    <message>
        <source>No merge conflicts: nothing is left to decide.</source>
        <translation>Keine Konflikte aus Zusammenführungen: Es ist nichts mehr zu entscheiden.</translation>
    </message>
    <message>
        <source>A merge left 1 conflict. Choose a version for it.</source>
        <translation>Eine Zusammenführung hat 1 Konflikt hinterlassen. Wählen Sie dafür eine Version.</translation>
    </message>
    <message>
        <source>A merge left {count} conflicts. Choose a version for each.</source>
        <translation>Eine Zusammenführung hat {count} Konflikte hinterlassen. Wählen Sie für jeden eine Version.</translation>
    </message>
</context>
<context>
    <name>CrmStages</name>
    <message>
        <source>CRM stages — what your CRM calls this step (matched before the name)</source>
        <translation>CRM-Phasen – wie Ihr CRM diesen Schritt nennt (vor dem Namen abgeglichen)</translation>
    </message>
    <message>
        <source>The stage names or ids your CRM records deals under; left empty, deal history is matched by the step&apos;s name.</source>
        <translation>Die Phasennamen oder -IDs, unter denen Ihr CRM Deals führt; leer gelassen, wird die Deal-Historie über den Namen des Schritts abgeglichen.</translation>
    </message>
</context>
<context>
    <name>DateOrder</name>
    <message>
        <source>Which date order?</source>
        <translation>Welche Datumsreihenfolge?</translation>
    </message>
    <message>
        <source>In “{name}”, a date like {example} could be read either way, and no date in the file tells which.</source>
        <translation>In „{name}“ lässt sich ein Datum wie {example} auf zwei Arten lesen, und kein Datum in der Datei zeigt, welche gemeint ist.</translation>
    </message>
    <message>
        <source>How does your CRM write dates?</source>
        <translation>Wie schreibt Ihr CRM Datumsangaben?</translation>
    </message>
    <message>
        <source>Day first: {date}</source>
        <translation>Tag zuerst: {date}</translation>
    </message>
    <message>
        <source>Month first: {date}</source>
        <translation>Monat zuerst: {date}</translation>
    </message>
    <message>
        <source>Day first</source>
        <translation>Tag zuerst</translation>
    </message>
    <message>
        <source>Month first</source>
        <translation>Monat zuerst</translation>
    </message>
</context>
<context>
    <name>DecisionInspector</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Owner (lane)</source>
        <translation>Verantwortlich (Bahn)</translation>
    </message>
    <message>
        <source>Buyer-journey phase</source>
        <translation>Phase der Buyer Journey</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Zweige</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add a “yes” branch</source>
        <translation>Einen „Ja“-Zweig hinzufügen</translation>
    </message>
    <message>
        <source>Add a “no” branch</source>
        <translation>Einen „Nein“-Zweig hinzufügen</translation>
    </message>
    <message>
        <source>Add branch</source>
        <translation>Zweig hinzufügen</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>There is no lane “{id}” on this map.</source>
        <translation>Auf dieser Karte gibt es keine Bahn „{id}“.</translation>
    </message>
    <message>
        <source>The start “{id}” is not a node on this map.</source>
        <translation>Der Start „{id}“ ist kein Element dieser Karte.</translation>
    </message>
    <message>
        <source>The won point “{id}” is not a node on this map.</source>
        <translation>Der Gewonnen-Punkt „{id}“ ist kein Element dieser Karte.</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Edit lane</source>
        <translation>Bahn bearbeiten</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Bahn verschieben</translation>
    </message>
    <message>
        <source>Remove lane</source>
        <translation>Bahn entfernen</translation>
    </message>
    <message>
        <source>Move with lane</source>
        <translation>Mit der Bahn verschieben</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Phase entfernen</translation>
    </message>
    <message>
        <source>There is no phase “{id}” on this map.</source>
        <translation>Auf dieser Karte gibt es keine Phase „{id}“.</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Add sticky note</source>
        <translation>Haftnotiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Edit node</source>
        <translation>Element bearbeiten</translation>
    </message>
    <message>
        <source>Edit sticky note</source>
        <translation>Haftnotiz bearbeiten</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Edit map details</source>
        <translation>Kartendetails bearbeiten</translation>
    </message>
    <message>
        <source>Edit lanes</source>
        <translation>Bahnen bearbeiten</translation>
    </message>
    <message>
        <source>Edit phases</source>
        <translation>Phasen bearbeiten</translation>
    </message>
    <message>
        <source>Record merge conflicts</source>
        <translation>Merge-Konflikte festhalten</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt auflösen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Tage im Schritt</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Lane height</source>
        <translation>Bahnhöhe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Entry criteria</source>
        <translation>Eingangskriterien</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Exit checklist</source>
        <translation>Ausgangs-Checkliste</translation>
    </message>
    <message>
        <source>Substeps</source>
        <translation>Teilschritte</translation>
    </message>
    <message>
        <source>Owner (lane)</source>
        <translation>Verantwortlich (Bahn)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Dealwert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>CRM stages</source>
        <translation>CRM-Phasen</translation>
    </message>
    <message>
        <source>Bend points</source>
        <translation>Knickpunkte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>{field}: at most {max_length} characters (now {count}).</source>
        <translation>{field}: höchstens {max_length} Zeichen (jetzt {count}).</translation>
    </message>
    <message>
        <source>{field}: at most {max_length} entries (now {count}).</source>
        <translation>{field}: höchstens {max_length} Einträge (jetzt {count}).</translation>
    </message>
    <message>
        <source>{field}: at least {ge}.</source>
        <translation>{field}: mindestens {ge}.</translation>
    </message>
    <message>
        <source>{field}: at most {le}.</source>
        <translation>{field}: höchstens {le}.</translation>
    </message>
    <message>
        <source>{field}: must be more than {gt}.</source>
        <translation>{field}: muss größer als {gt} sein.</translation>
    </message>
    <message>
        <source>{field}: enter a finite number.</source>
        <translation>{field}: eine endliche Zahl eingeben.</translation>
    </message>
    <message>
        <source>{field}: enter a number.</source>
        <translation>{field}: eine Zahl eingeben.</translation>
    </message>
    <message>
        <source>{field}: enter text.</source>
        <translation>{field}: Text eingeben.</translation>
    </message>
    <message>
        <source>{field}: must be yes or no.</source>
        <translation>{field}: muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>{field}: is missing.</source>
        <translation>{field}: fehlt.</translation>
    </message>
    <message>
        <source>{field}: use one of {expected}.</source>
        <translation>{field}: einen dieser Werte verwenden: {expected}.</translation>
    </message>
    <message>
        <source>{field}: use one of {expected_tags}.</source>
        <translation>{field}: einen dieser Werte verwenden: {expected_tags}.</translation>
    </message>
    <message>
        <source>“{key}” is not a field of this kind of element.</source>
        <translation>„{key}“ ist kein Feld dieser Art von Element.</translation>
    </message>
    <message>
        <source>{field}: needs at least one character.</source>
        <translation>{field}: braucht mindestens ein Zeichen.</translation>
    </message>
    <message>
        <source>{field}: a colour is written #RRGGBB.</source>
        <translation>{field}: Eine Farbe wird als #RRGGBB geschrieben.</translation>
    </message>
    <message>
        <source>{field}: a currency is a three-letter code such as EUR or USD.</source>
        <translation>{field}: Eine Währung ist ein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>{field}: a language is a code such as en or de-CH.</source>
        <translation>{field}: Eine Sprache ist ein Code wie en oder de-CH.</translation>
    </message>
    <message>
        <source>{field}: an id is 1 to 64 characters of A-Z a-z 0-9 . _ -</source>
        <translation>{field}: Eine ID besteht aus 1 bis 64 Zeichen aus A-Z a-z 0-9 . _ -</translation>
    </message>
    <message>
        <source>{field}: this value is not allowed.</source>
        <translation>{field}: Dieser Wert ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <source>Add outcome</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Entscheidung bearbeiten</translation>
    </message>
    <message>
        <source>Edit outcome</source>
        <translation>Ergebnis bearbeiten</translation>
    </message>
    <message>
        <source>Unknown node kind “{kind}”; use stage, decision or outcome.</source>
        <translation>Unbekannte Elementart „{kind}“; stage, decision oder outcome verwenden.</translation>
    </message>
    <message>
        <source>Add next stage</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Insert decision</source>
        <translation>Entscheidung einfügen</translation>
    </message>
    <message>
        <source>Nothing with id “{id}” is on the map.</source>
        <translation>Auf der Karte gibt es nichts mit der ID „{id}“.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Edit several nodes</source>
        <translation>Mehrere Elemente bearbeiten</translation>
    </message>
    <message>
        <source>There is no link “{id}” on this map.</source>
        <translation>Auf dieser Karte gibt es keine Verbindung „{id}“.</translation>
    </message>
    <message>
        <source>Change link kind</source>
        <translation>Art der Verbindung ändern</translation>
    </message>
    <message>
        <source>There is no sticky note “{id}” on this map.</source>
        <translation>Auf dieser Karte gibt es keine Haftnotiz „{id}“.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Insert map</source>
        <translation>Karte einfügen</translation>
    </message>
    <message>
        <source>There is no node “{id}” on this map.</source>
        <translation>Auf dieser Karte gibt es kein Element „{id}“.</translation>
    </message>
    <message>
        <source>The pasted node is not valid — {problem}</source>
        <translation>Das eingefügte Element ist ungültig – {problem}</translation>
    </message>
    <message>
        <source>The pasted link is not valid — {problem}</source>
        <translation>Die eingefügte Verbindung ist ungültig – {problem}</translation>
    </message>
    <message>
        <source>The pasted sticky note is not valid — {problem}</source>
        <translation>Die eingefügte Haftnotiz ist ungültig – {problem}</translation>
    </message>
    <message>
        <source>The pasted map&apos;s “{key}” is not a list of objects.</source>
        <translation>„{key}“ der eingefügten Karte ist keine Liste von Objekten.</translation>
    </message>
    <message>
        <source>The clipboard does not hold a sales process map.</source>
        <translation>Die Zwischenablage enthält keine Vertriebsprozesskarte.</translation>
    </message>
    <message>
        <source>This decision already has a “yes” branch.</source>
        <translation>Diese Entscheidung hat schon einen „Ja“-Zweig.</translation>
    </message>
    <message>
        <source>This decision already has a “no” branch.</source>
        <translation>Diese Entscheidung hat schon einen „Nein“-Zweig.</translation>
    </message>
    <message>
        <source>Unknown link kind “{kind}”; use one of {kinds}.</source>
        <translation>Unbekannte Verbindungsart „{kind}“; eine davon verwenden: {kinds}.</translation>
    </message>
    <message>
        <source>Both ends of a link must be nodes on the map.</source>
        <translation>Beide Enden einer Verbindung müssen Elemente der Karte sein.</translation>
    </message>
    <message>
        <source>Only a decision has yes and no branches.</source>
        <translation>Nur eine Entscheidung hat Ja- und Nein-Zweige.</translation>
    </message>
    <message>
        <source>A link back to the same node must be an objection.</source>
        <translation>Eine Verbindung zurück zum selben Element muss ein Einwand sein.</translation>
    </message>
    <message>
        <source>These two nodes are already linked this way.</source>
        <translation>Diese beiden Elemente sind schon auf diese Weise verbunden.</translation>
    </message>
    <message>
        <source>“{name}” ends the map; nothing follows it.</source>
        <translation>„{name}“ beendet die Karte; danach folgt nichts.</translation>
    </message>
    <message>
        <source>There is no conflict “{id}” on this map.</source>
        <translation>Auf dieser Karte gibt es keinen Konflikt „{id}“.</translation>
    </message>
    <message>
        <source>Resolve a conflict by keeping “ours” or taking “theirs”, not “{take}”.</source>
        <translation>Einen Konflikt löst „ours“ (unsere Fassung behalten) oder „theirs“ (ihre übernehmen), nicht „{take}“.</translation>
    </message>
    <message>
        <source>Their version of “{item}” names the lane “{id}”, which this map does not have; add it first or keep our version.</source>
        <translation>Ihre Fassung von „{item}“ nennt die Bahn „{id}“, die es auf dieser Karte nicht gibt; legen Sie sie zuerst an oder behalten Sie unsere Fassung.</translation>
    </message>
    <message>
        <source>Their version of “{item}” names the phase “{id}”, which this map does not have; add it first or keep our version.</source>
        <translation>Ihre Fassung von „{item}“ nennt die Phase „{id}“, die es auf dieser Karte nicht gibt; legen Sie sie zuerst an oder behalten Sie unsere Fassung.</translation>
    </message>
    <message>
        <source>Their version of “{item}” names the node “{id}”, which this map does not have; add it first or keep our version.</source>
        <translation>Ihre Fassung von „{item}“ nennt den Knoten „{id}“, den es auf dieser Karte nicht gibt; legen Sie ihn zuerst an oder behalten Sie unsere Fassung.</translation>
    </message>
    <message>
        <source>“{name}” is already a CRM stage of this step.</source>
        <translation>„{name}“ ist schon eine CRM-Phase dieses Schritts.</translation>
    </message>
    <message>
        <source>“{name}” is already the CRM stage of “{other}”; a CRM stage can belong to one step only.</source>
        <translation>„{name}“ ist schon die CRM-Phase von „{other}“; eine CRM-Phase kann nur zu einem Schritt gehören.</translation>
    </message>
    <message>
        <source>A CRM stage name needs at least one character.</source>
        <translation>Der Name einer CRM-Phase braucht mindestens ein Zeichen.</translation>
    </message>
    <message>
        <source>Take actuals into the map</source>
        <translation>Ist-Werte in die Karte übernehmen</translation>
    </message>
    <message>
        <source>Match CRM stages</source>
        <translation>CRM-Phasen zuordnen</translation>
    </message>
    <message>
        <source>A map holds at most {most} nodes.</source>
        <translation>Eine Karte enthält höchstens {most} Knoten.</translation>
    </message>
    <message>
        <source>A map holds at most {most} links.</source>
        <translation>Eine Karte enthält höchstens {most} Verbindungen.</translation>
    </message>
    <message>
        <source>A map holds at most {most} sticky notes.</source>
        <translation>Eine Karte enthält höchstens {most} Haftnotizen.</translation>
    </message>
    <message>
        <source>A map holds at most {most} lanes.</source>
        <translation>Eine Karte enthält höchstens {most} Bahnen.</translation>
    </message>
    <message>
        <source>A map holds at most {most} phases.</source>
        <translation>Eine Karte enthält höchstens {most} Phasen.</translation>
    </message>
    <message>
        <source>A map holds at most {most} checklist items and substeps in all (this change would make {count}).</source>
        <translation>Eine Karte enthält insgesamt höchstens {most} Checklistenpunkte und Teilschritte (mit dieser Änderung wären es {count}).</translation>
    </message>
    <message>
        <source>A map holds at most {most} bend points in all (this change would make {count}).</source>
        <translation>Eine Karte enthält insgesamt höchstens {most} Knickpunkte (mit dieser Änderung wären es {count}).</translation>
    </message>
</context>
<context>
    <name>EvidenceLoading</name>
    <message>
        <source>Deal history (*.csv *.xlsx *.parquet *.json *.xes *.gz);;All files (*)</source>
        <translation>Deal-Historie (*.csv *.xlsx *.parquet *.json *.xes *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Load deal history</source>
        <translation>Deal-Historie laden</translation>
    </message>
    <message>
        <source>Reading the deal history…</source>
        <translation>Die Deal-Historie wird gelesen …</translation>
    </message>
    <message>
        <source>The file “{name}” could not be used as deal history; the map is unchanged.</source>
        <translation>Die Datei „{name}“ konnte nicht als Deal-Historie gelesen werden; die Karte bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot load deal history</source>
        <translation>Deal-Historie nicht ladbar</translation>
    </message>
</context>
<context>
    <name>EvidenceOverlay</name>
    <message>
        <source>Add to Map</source>
        <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
        <source>E&amp;vidence on the Map</source>
        <translation>&amp;Ist-Vergleich auf der Karte</translation>
    </message>
    <message>
        <source>Lays the loaded deal history over the map: deal volume, plan against actual, the biggest drop-out and the steps the map lacks</source>
        <translation>Legt die geladene Deal-Historie über die Karte: Deal-Volumen, Plan gegen Ist, den größten Abgang und die Schritte, die der Karte fehlen</translation>
    </message>
    <message>
        <source>Biggest drop-out: {dropped} of {entered}</source>
        <translation>Größter Abgang: {dropped} von {entered}</translation>
    </message>
    <message>
        <source>deals: {count}</source>
        <translation>Deals: {count}</translation>
    </message>
    <message>
        <source>plan {share}</source>
        <translation>Plan {share}</translation>
    </message>
    <message>
        <source>no deals</source>
        <translation>keine Deals</translation>
    </message>
    <message>
        <source>actual {share}</source>
        <translation>Ist {share}</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T</translation>
    </message>
    <message>
        <source> (plan {days} d)</source>
        <translation> (Plan {days} T)</translation>
    </message>
    <message>
        <source>Planned conversion {plan}, actual {actual}. Dropped out: {dropped} of {entered}. Days in the stage (median) {days}, planned {planned_days}.</source>
        <translation>Geplante Konversion {plan}, tatsächlich {actual}. Ausgestiegen: {dropped} von {entered}. Tage in der Phase (Median) {days}, geplant {planned_days}.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Ist-Vergleich</translation>
    </message>
    <message>
        <source>File ▸ Load Deal History… compares this map with the deals in your CRM.</source>
        <translation>Datei ▸ Deal-Historie laden … vergleicht diese Karte mit den Deals in Ihrem CRM.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Ausgestiegen</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Take Actuals into the Map</source>
        <translation>Ist-Werte in die Karte übernehmen</translation>
    </message>
    <message>
        <source>Write the observed conversions, days and shares into the map (one step to undo)</source>
        <translation>Die beobachteten Konversionen, Tage und Anteile in die Karte schreiben (ein Schritt zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Match CRM Stages…</source>
        <translation>CRM-Phasen zuordnen …</translation>
    </message>
    <message>
        <source>Choose Columns…</source>
        <translation>Spalten wählen …</translation>
    </message>
    <message>
        <source>Choose again which column of the event table holds the deal, stage, time and the rest</source>
        <translation>Neu wählen, welche Spalte der Ereignistabelle Deal, Phase, Zeitpunkt und den Rest enthält</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): {won} won, {lost} lost, {open} open; {start} to {end}</source>
        <translation>
            <numerusform>%n Deal: {won} gewonnen, {lost} verloren, {open} offen; {start} bis {end}</numerusform>
            <numerusform>%n Deals: {won} gewonnen, {lost} verloren, {open} offen; {start} bis {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>Differs from the plan by more than the threshold</source>
        <translation>Weicht stärker als die Schwelle vom Plan ab</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n deal(s))</source>
        <translation>
            <numerusform>{name} (%n Deal)</numerusform>
            <numerusform>{name} (%n Deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>CRM stages the map does not have: {names}</source>
        <translation>CRM-Phasen, die die Karte nicht hat: {names}</translation>
    </message>
    <message>
        <source>Load &amp;Deal History…</source>
        <translation>Deal-&amp;Historie laden …</translation>
    </message>
    <message>
        <source>Unload Deal &amp;History</source>
        <translation>Deal-Historie ent&amp;laden</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Wall poster of</source>
        <translation>Wandposter aus</translation>
    </message>
    <message>
        <source>Add the stage playbook after the map</source>
        <translation>Das Playbook der Schritte nach der Karte anfügen</translation>
    </message>
    <message>
        <source>Add the parking lot (sticky notes) as a list</source>
        <translation>Den Parkplatz (Haftnotizen) als Liste anfügen</translation>
    </message>
    <message>
        <source>Add the “Planned versus actual” pages (deal history)</source>
        <translation>Seiten „Plan und Wirklichkeit“ anfügen (Deal-Historie)</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Title and legend, as in the PDF</source>
        <translation>Titel und Legende, wie im PDF</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>Blättern</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>{w} × {h} pixels</source>
        <translation>{w} × {h} Pixel</translation>
    </message>
    <message>
        <source>Scalable drawing; names stay searchable text.</source>
        <translation>Skalierbare Zeichnung; Namen bleiben durchsuchbarer Text.</translation>
    </message>
    <message>
        <source>Slides: the map as shapes you can edit, then a slide for each step.</source>
        <translation>Folien: die Karte als bearbeitbare Formen, danach eine Folie je Schritt.</translation>
    </message>
    <message>
        <source>One file that opens in any web browser, without the app and without a network: the map, every card, a walk-through.</source>
        <translation>Eine Datei, die sich in jedem Webbrowser öffnet, ohne die App und ohne Netzwerk: die Karte, ein Steckbrief je Schritt, ein Rundgang.</translation>
    </message>
    <message>
        <source>{n} of the sheets would be blank and are left out.</source>
        <translation>{n} der Blätter blieben leer und entfallen.</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The image would be {w} × {h} pixels, more than the largest PNG that can be rendered ({side} pixels a side, 2 GB); use {dpi} DPI or less.</source>
        <translation>Das Bild wäre {w} × {h} Pixel groß – mehr als das größte PNG, das sich erzeugen lässt ({side} Pixel je Seite, 2 GB). Wählen Sie höchstens {dpi} DPI.</translation>
    </message>
    <message>
        <source>{tool} (folder)</source>
        <translation>{tool} (Ordner)</translation>
    </message>
    <message>
        <source>This map is too big for Mermaid&apos;s usual limits ({chars} characters and {arrows} arrows, at most {most_chars} and {most_arrows}): most wikis will show an error instead of the diagram.</source>
        <translation>Diese Karte ist zu groß für die üblichen Grenzen von Mermaid ({chars} Zeichen und {arrows} Pfeile, höchstens {most_chars} und {most_arrows}): Die meisten Wikis zeigen statt des Diagramms einen Fehler.</translation>
    </message>
    <message>
        <source>Opens in diagrams.net (draw.io) with its lanes, shapes and colours, and imports back with nothing lost.</source>
        <translation>Öffnet sich in diagrams.net (draw.io) mit Bahnen, Formen und Farben und lässt sich ohne Verlust wieder importieren.</translation>
    </message>
    <message>
        <source>A Mermaid flowchart for wikis and Markdown; Mermaid lays it out itself.</source>
        <translation>Ein Mermaid-Flussdiagramm für Wikis und Markdown; Mermaid ordnet es selbst an.</translation>
    </message>
    <message>
        <source>BPMN 2.0 for Camunda Modeler, bpmn.io or Signavio: a lane per owner, tasks, gateways and events, laid out as on the canvas.</source>
        <translation>BPMN 2.0 für Camunda Modeler, bpmn.io oder Signavio: eine Bahn je Verantwortlichem, Aufgaben, Gateways und Ereignisse, angeordnet wie auf der Zeichenfläche.</translation>
    </message>
    <message>
        <source>One row per node in flow order; the links go to a second file ending in .links.csv.</source>
        <translation>Eine Zeile je Knoten in Ablaufreihenfolge; die Pfeile kommen in eine zweite Datei, die auf .links.csv endet.</translation>
    </message>
    <message>
        <source>One row per node in flow order on the first sheet, the links on the second.</source>
        <translation>Eine Zeile je Knoten in Ablaufreihenfolge auf dem ersten Blatt, die Pfeile auf dem zweiten.</translation>
    </message>
    <message>
        <source>The deal pipeline for HubSpot&apos;s pipelines API: the stages a deal can still be won from, with their win probability, then won and lost.</source>
        <translation>Die Deal-Pipeline für die Pipelines-API von HubSpot: die Schritte, aus denen ein Deal noch gewonnen werden kann, mit ihrer Gewinnwahrscheinlichkeit, dann gewonnen und verloren.</translation>
    </message>
    <message>
        <source>Pipedrive&apos;s stages with their win probability and rotting days; won and lost are a deal&apos;s status there.</source>
        <translation>Die Phasen für Pipedrive mit Gewinnwahrscheinlichkeit und Tagen bis zum Verrotten; gewonnen und verloren sind dort der Status eines Deals.</translation>
    </message>
    <message>
        <source>A folder to deploy: the opportunity stages and a sales path whose guidance is each stage&apos;s entry criteria and exit checklist.</source>
        <translation>Ein Ordner zum Bereitstellen: die Opportunity-Phasen und ein Sales Path, dessen Hinweise die Eingangskriterien und die Ausgangs-Checkliste jedes Schritts sind.</translation>
    </message>
    <message>
        <source>Text prints at {pt} pt on {page} (below 6 pt); choose a larger page.</source>
        <translation>Text wird auf {page} mit {pt} pt gedruckt (unter 6 pt); wählen Sie ein größeres Format.</translation>
    </message>
    <message>
        <source>Text prints at {pt} pt on {page} (below 6 pt). A poster of {cols} × {rows} sheets prints it at 6 pt or more.</source>
        <translation>Text wird auf {page} mit {pt} pt gedruckt (unter 6 pt). Ein Poster aus {cols} × {rows} Blättern druckt ihn mit mindestens 6 pt.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ExternalChange</name>
    <message>
        <source>File changed on disk</source>
        <translation>Datei wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another program or person.

Reload it (your version is kept under File → Restore a Previous Version…) or keep your version (saving will overwrite theirs)?</source>
        <translation>„{name}“ wurde von einem anderen Programm oder einer anderen Person geändert.

Neu laden (Ihre Fassung bleibt unter Datei → Eine frühere Version wiederherstellen… erhalten) oder Ihre Fassung behalten (Speichern überschreibt dann die andere)?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>Enter a number, e.g. 12 or 2.5.</source>
        <translation>Eine Zahl eingeben, z. B. 12 oder 2,5.</translation>
    </message>
    <message>
        <source>A percentage is between 0 and 100.</source>
        <translation>Ein Prozentwert liegt zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>Enter a number above 0.</source>
        <translation>Eine Zahl größer als 0 eingeben.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ein Betrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR or USD.</source>
        <translation>Eine Währung ist ein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Sales process maps (*.smap);;All files (*)</source>
        <translation>Vertriebsprozesskarten (*.smap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation>Karte speichern unter</translation>
    </message>
    <message>
        <source>“{path}” is read-only, so it was not replaced. Save the map under another name?</source>
        <translation>„{path}“ ist schreibgeschützt und wurde nicht ersetzt. Die Karte unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read as a sales map and was not opened.</source>
        <translation>Die Datei „{name}“ ließ sich nicht als Vertriebsprozesskarte lesen und wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open map</source>
        <translation>Karte lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Saved a copy as {name}</source>
        <translation>Kopie gespeichert als {name}</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>Karte lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {reason}</source>
        <translation>„{path}“ konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
</context>
<context>
    <name>FunnelEditor</name>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>pro Quartal</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>Plan with a reverse funnel</source>
        <translation>Mit einem umgekehrten Trichter planen</translation>
    </message>
    <message>
        <source>Target: won deals</source>
        <translation>Ziel: gewonnene Deals</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Won point (arrivals count as won)</source>
        <translation>Gewonnen-Punkt (Ankünfte zählen als gewonnen)</translation>
    </message>
    <message>
        <source>Deal value</source>
        <translation>Dealwert</translation>
    </message>
    <message>
        <source>Currency (e.g. EUR)</source>
        <translation>Währung (z. B. EUR)</translation>
    </message>
    <message>
        <source>(the won outcome)</source>
        <translation>(das Ergebnis „Gewonnen“)</translation>
    </message>
</context>
<context>
    <name>FunnelPanel</name>
    <message>
        <source>Type a percentage to see what changes; empty means unknown.</source>
        <translation>Einen Prozentwert eintippen, um zu sehen, was sich ändert; leer heißt unbekannt.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Conversion %</source>
        <translation>Konversion %</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Where deals go at each fork:</source>
        <translation>Wohin die Deals an jeder Gabelung gehen:</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>z. B. 120</translation>
    </message>
    <message>
        <source>Target: won deals</source>
        <translation>Ziel: gewonnene Deals</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Deals to bring in</source>
        <translation>Benötigte neue Deals</translation>
    </message>
    <message>
        <source>Cycle time (won deals)</source>
        <translation>Durchlaufzeit (gewonnene Deals)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>The target counts deals as won at “{point}” ({target}); the steps after it lose some, so {count} reach “{outcome}”.</source>
        <translation>Das Ziel zählt Deals bei „{point}“ als gewonnen ({target}); die Schritte danach verlieren einige, daher erreichen {count} „{outcome}“.</translation>
    </message>
    <message>
        <source>The target counts deals as won at “{point}” ({target}); “{outcome}” also receives deals that bypass it ({count} in all).</source>
        <translation>Das Ziel zählt Deals bei „{point}“ als gewonnen ({target}); „{outcome}“ erhält auch Deals, die daran vorbeigehen ({count} insgesamt).</translation>
    </message>
</context>
<context>
    <name>GroupInspector</name>
    <message>
        <source>Several stages</source>
        <translation>Mehrere Schritte</translation>
    </message>
    <message>
        <source>Owner (lane) of all of them</source>
        <translation>Verantwortlich (Bahn) für alle</translation>
    </message>
    <message>
        <source>Buyer-journey phase of all of them</source>
        <translation>Phase der Buyer Journey für alle</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} ausgewählt</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <source>Errors ({count})</source>
        <translation>Fehler ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Warnungen ({count})</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Hinweise ({count})</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} Fehler</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} Warnungen</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} Hinweise</translation>
    </message>
    <message>
        <source>Map health</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>No problems found: every step can be reached and says what it needs.</source>
        <translation>Keine Probleme gefunden: Jeder Schritt ist erreichbar und sagt, was er braucht.</translation>
    </message>
    <message>
        <source>{counted}. Click a finding to go there.</source>
        <translation>{counted}. Auf einen Befund klicken, um dorthin zu springen.</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Diagrams, stage lists and CRM pipelines (*.drawio *.drawio.svg *.xml *.csv *.xlsx *.json);;All files (*)</source>
        <translation>Diagramme, Stufenlisten und CRM-Pipelines (*.drawio *.drawio.svg *.xml *.csv *.xlsx *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a diagram</source>
        <translation>Diagramm importieren</translation>
    </message>
    <message>
        <source>The file has several pages. Import:</source>
        <translation>Die Datei hat mehrere Seiten. Importieren:</translation>
    </message>
    <message>
        <source>The file “{name}” could not be imported and nothing was opened.</source>
        <translation>Die Datei „{name}“ konnte nicht importiert werden; es wurde nichts geöffnet.</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
</context>
<context>
    <name>InsertMap</name>
    <message>
        <source>Insert a map from a file</source>
        <translation>Eine Karte aus einer Datei einfügen</translation>
    </message>
    <message>
        <source>The map “{name}” could not be inserted; this map is unchanged.</source>
        <translation>Die Karte „{name}“ konnte nicht eingefügt werden; diese Karte bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot insert the map</source>
        <translation>Karte kann nicht eingefügt werden</translation>
    </message>
    <message>
        <source>&amp;Map from File…</source>
        <translation>&amp;Karte aus Datei…</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>A sticky note: double-click it on the canvas to edit its text.</source>
        <translation>Eine Haftnotiz: Auf der Zeichenfläche doppelklicken, um ihren Text zu bearbeiten.</translation>
    </message>
    <message>
        <source>{count} items selected</source>
        <translation>{count} Elemente ausgewählt</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a KPI (Insert)</source>
        <translation>KPI hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the KPI (Delete)</source>
        <translation>KPI entfernen (Entf)</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Neuer KPI</translation>
    </message>
</context>
<context>
    <name>LayoutActions</name>
    <message>
        <source>Auto layout is not possible: {}</source>
        <translation>Automatisch anordnen ist nicht möglich: {}</translation>
    </message>
    <message>
        <source>Auto layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Auto layout is not possible: the map is too long to lay out inside its lanes ({columns} columns). Split it into several maps, or remove the lanes and lay it out again.</source>
        <translation>Automatisch anordnen ist nicht möglich: Die Karte ist zu lang, um sie innerhalb ihrer Bahnen anzuordnen ({columns} Spalten). Teilen Sie sie auf mehrere Karten auf, oder entfernen Sie die Bahnen und ordnen Sie sie erneut an.</translation>
    </message>
    <message>
        <source>Select two or more items to align.</source>
        <translation>Zum Ausrichten zwei oder mehr Elemente auswählen.</translation>
    </message>
    <message>
        <source>Select three or more items to distribute.</source>
        <translation>Zum Verteilen drei oder mehr Elemente auswählen.</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>Automatisch an&amp;ordnen</translation>
    </message>
    <message>
        <source>Place every node left to right along the flow (one undo step)</source>
        <translation>Alle Elemente von links nach rechts entlang des Ablaufs platzieren (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>Al&amp;ign</source>
        <translation>A&amp;usrichten</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>&amp;Verteilen</translation>
    </message>
    <message>
        <source>&amp;Left Edges</source>
        <translation>&amp;Linke Kanten</translation>
    </message>
    <message>
        <source>&amp;Centres (Vertical Line)</source>
        <translation>&amp;Mitten (senkrechte Linie)</translation>
    </message>
    <message>
        <source>&amp;Right Edges</source>
        <translation>&amp;Rechte Kanten</translation>
    </message>
    <message>
        <source>&amp;Top Edges</source>
        <translation>&amp;Obere Kanten</translation>
    </message>
    <message>
        <source>&amp;Middles (Horizontal Line)</source>
        <translation>Mitten (&amp;waagerechte Linie)</translation>
    </message>
    <message>
        <source>&amp;Bottom Edges</source>
        <translation>&amp;Untere Kanten</translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation>&amp;Waagerecht</translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation>&amp;Senkrecht</translation>
    </message>
    <message>
        <source>Align left edges</source>
        <translation>Linke Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align centres</source>
        <translation>Mitten ausrichten</translation>
    </message>
    <message>
        <source>Align right edges</source>
        <translation>Rechte Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align top edges</source>
        <translation>Obere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Align middles</source>
        <translation>Mitten waagerecht ausrichten</translation>
    </message>
    <message>
        <source>Align bottom edges</source>
        <translation>Untere Kanten ausrichten</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Waagerecht verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Senkrecht verteilen</translation>
    </message>
</context>
<context>
    <name>LinkInspector</name>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Objection (loop back)</source>
        <translation>Einwand (Schleife zurück)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Label (for an objection: the objection itself)</source>
        <translation>Beschriftung (bei einem Einwand: der Einwand selbst)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>e.g. “Too expensive”</source>
        <translation>z. B. „Zu teuer“</translation>
    </message>
    <message>
        <source>Share of deals taking this way</source>
        <translation>Anteil der Deals auf diesem Weg</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Um&amp;benennen</translation>
    </message>
    <message>
        <source>Set as &amp;Start</source>
        <translation>Als S&amp;tart festlegen</translation>
    </message>
    <message>
        <source>Makes the selected stage or decision the start, where deals enter</source>
        <translation>Legt den ausgewählten Schritt oder die ausgewählte Entscheidung als Start fest, wo Deals hereinkommen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Stage (Tab)</source>
        <translation>Nä&amp;chster Schritt (Tab)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>Ganze Karte &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Entscheidung</translation>
    </message>
    <message>
        <source>Outcome: &amp;Won</source>
        <translation>Ergebnis: &amp;Gewonnen</translation>
    </message>
    <message>
        <source>Outcome: &amp;Lost</source>
        <translation>Ergebnis: &amp;Verloren</translation>
    </message>
    <message>
        <source>Outcome: N&amp;urture</source>
        <translation>Ergebnis: &amp;Nurturing</translation>
    </message>
    <message>
        <source>Sticky &amp;Note</source>
        <translation>&amp;Haftnotiz</translation>
    </message>
    <message>
        <source>Adds the next stage after the selected node, linked, and starts naming it</source>
        <translation>Fügt nach dem ausgewählten Element den nächsten Schritt an, verbunden, und beginnt mit seiner Benennung</translation>
    </message>
    <message>
        <source>Decision &amp;After Selected</source>
        <translation>Entscheidung nach der &amp;Auswahl</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>&amp;About SalesMap Studio</source>
        <translation>Ü&amp;ber SalesMap Studio</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Unbenannte Karte</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel; Ctrl+0 fits the map, Ctrl+1 is 100 %)</source>
        <translation>Zoom (Strg+Mausrad; Strg+0 passt die Karte ein, Strg+1 ist 100 %)</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?</source>
        <translation>Die Änderungen an „{name}“ vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>MapInspector</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Goal — start with the end in mind</source>
        <translation>Ziel – mit dem Ende im Blick beginnen</translation>
    </message>
    <message>
        <source>Start (where deals enter)</source>
        <translation>Start (wo Deals hereinkommen)</translation>
    </message>
    <message>
        <source>Lanes (who owns the stages)</source>
        <translation>Bahnen (wer die Schritte verantwortet)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>Buyer-journey phases</source>
        <translation>Phasen der Buyer Journey</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>KPIs and their targets</source>
        <translation>KPIs und ihre Ziele</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>Reverse funnel</source>
        <translation>Umgekehrter Trichter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>OutcomeInspector</name>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Back to nurture (marketing)</source>
        <translation>Zurück ins Nurturing (Marketing)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>OutcomeResultsDialog</name>
    <message>
        <source>Import a diagram</source>
        <translation>Diagramm importieren</translation>
    </message>
    <message>
        <source>The words of these outcomes say neither won nor lost. How does a deal end there?</source>
        <translation>Bei diesen Ergebnissen geht aus dem Text nicht hervor, ob gewonnen oder verloren. Wie endet ein Deal dort?</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Back to nurture</source>
        <translation>Zurück ins Nurturing</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <source>Lane: {lane}</source>
        <translation>Bahn: {lane}</translation>
    </message>
    <message>
        <source>Filter by name or lane</source>
        <translation>Nach Name oder Bahn filtern</translation>
    </message>
    <message>
        <source>Filter the outline</source>
        <translation>Gliederung filtern</translation>
    </message>
    <message>
        <source>Outline: the map&apos;s nodes in flow order</source>
        <translation>Gliederung: die Elemente der Karte in Ablaufreihenfolge</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>A step of the sales process</source>
        <translation>Ein Schritt des Vertriebsprozesses</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>A yes/no question, e.g. “Budget confirmed?”</source>
        <translation>Eine Ja/Nein-Frage, z. B. „Budget bestätigt?“</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Outcome: the deal is won</source>
        <translation>Ergebnis: Der Deal ist gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Outcome: the deal is lost</source>
        <translation>Ergebnis: Der Deal ist verloren</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Outcome: back to marketing for nurturing</source>
        <translation>Ergebnis: zurück ans Marketing zum Nurturing</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Haftnotiz</translation>
    </message>
    <message>
        <source>A note for the parking lot; not part of the flow</source>
        <translation>Eine Notiz für den Parkplatz; nicht Teil des Ablaufs</translation>
    </message>
    <message>
        <source>Drag onto the map, or click to add it in the middle.</source>
        <translation>Auf die Karte ziehen oder klicken, um es in der Mitte hinzuzufügen.</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formen</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>&amp;Edit in Inspector</source>
        <translation>In den &amp;Eigenschaften bearbeiten</translation>
    </message>
    <message>
        <source>Find in O&amp;utline</source>
        <translation>In der Gliederung &amp;suchen</translation>
    </message>
    <message>
        <source>Si&amp;de Panels</source>
        <translation>Sei&amp;tenbereiche</translation>
    </message>
    <message>
        <source>Shows or folds away the Inspector and the panels beside the map (F9)</source>
        <translation>Zeigt die Eigenschaften und die Bereiche neben der Karte oder blendet sie aus (F9)</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message numerus="yes">
        <source>%n open question(s)</source>
        <translation>
            <numerusform>%n offene Frage</numerusform>
            <numerusform>%n offene Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation>Parkplatz</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Snap to the grid when moving</source>
        <translation>Beim Verschieben am Raster ausrichten</translation>
    </message>
    <message>
        <source>A new language applies when SalesMap Studio starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von SalesMap Studio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Autosave at least every:</source>
        <translation>&amp;Automatisch sichern spätestens alle:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Raster:</translation>
    </message>
    <message>
        <source>Grid &amp;step:</source>
        <translation>Raster&amp;weite:</translation>
    </message>
    <message>
        <source>Default &amp;page size for PDF:</source>
        <translation>Standard-&amp;Seitenformat für PDF:</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Nothing to present yet: the map has no stages.</source>
        <translation>Noch nichts zu präsentieren: Die Karte hat noch keine Schritte.</translation>
    </message>
    <message>
        <source>Pre&amp;sent</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Walk the room through the map, full screen (Esc ends)</source>
        <translation>Die Karte Schritt für Schritt im Vollbild vorstellen (Esc beendet)</translation>
    </message>
</context>
<context>
    <name>PresentationCard</name>
    <message>
        <source>→ next   ← back   ↓ ↑ choose a branch   Esc back to editing</source>
        <translation>→ weiter   ← zurück   ↓ ↑ Zweig wählen   Esc zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>step {n}</source>
        <translation>Nr. {n}</translation>
    </message>
    <message>
        <source>Entry criteria</source>
        <translation>Eingangskriterien</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Exit checklist</source>
        <translation>Ausgangs-Checkliste</translation>
    </message>
    <message>
        <source>End of this path.</source>
        <translation>Ende dieses Wegs.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Next — choose with ↓ ↑</source>
        <translation>Als Nächstes – mit ↓ ↑ wählen</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print map</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <source>Wall poster of</source>
        <translation>Wandposter aus</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source> sheets</source>
        <translation> Blättern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>I hides these details   F11 leaves the projector view</source>
        <translation>I blendet diese Details aus   F11 beendet die Projektoransicht</translation>
    </message>
    <message>
        <source>P&amp;rojector View</source>
        <translation>P&amp;rojektoransicht</translation>
    </message>
    <message>
        <source>The map on the whole screen, still editable; I shows the selected item&apos;s details; F11 leaves</source>
        <translation>Die Karte auf dem ganzen Bildschirm, weiter bearbeitbar; I zeigt die Details des gewählten Elements; F11 beendet</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>No recent maps</source>
        <translation>Keine zuletzt geöffneten Karten</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot open this version</source>
        <translation>Diese Version lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>This saved version could not be read as a sales map; your map stays as it is.</source>
        <translation>Diese gespeicherte Version ließ sich nicht als Vertriebsprozesskarte lesen; Ihre Karte bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Restore a Previous &amp;Version…</source>
        <translation>Eine frühere Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Saved, but no backup was kept: {why}</source>
        <translation>Gespeichert, aber keine Sicherungskopie angelegt: {why}</translation>
    </message>
    <message>
        <source>The file “{name}” could not be read as a sales map; your version stays open.</source>
        <translation>Die Datei „{name}“ ließ sich nicht als Vertriebsprozesskarte lesen; Ihre Fassung bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot reload map</source>
        <translation>Karte lässt sich nicht neu laden</translation>
    </message>
    <message>
        <source>Your version could not be kept as a backup ({why}), so it stays open.</source>
        <translation>Ihre Fassung konnte nicht als Sicherungskopie abgelegt werden ({why}), deshalb bleibt sie geöffnet.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Nicht gespeicherte Karten wiederherstellen</translation>
    </message>
    <message>
        <source>SalesMap Studio did not close properly last time. These maps had changes that were not saved:</source>
        <translation>SalesMap Studio wurde beim letzten Mal nicht ordnungsgemäß beendet. In diesen Karten gab es nicht gespeicherte Änderungen:</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Unbenannte Karte</translation>
    </message>
    <message>
        <source>{where} — autosaved {time}</source>
        <translation>{where} – automatisch gesichert {time}</translation>
    </message>
    <message>
        <source>Cannot be restored: the autosaved copy is damaged.</source>
        <translation>Nicht wiederherstellbar: Die automatisch gesicherte Kopie ist beschädigt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The autosaved copy could not be read as a sales map and was not restored.</source>
        <translation>Die automatisch gesicherte Kopie ließ sich nicht als Vertriebsprozesskarte lesen und wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot restore map</source>
        <translation>Karte lässt sich nicht wiederherstellen</translation>
    </message>
    <message>
        <source>Cannot save map</source>
        <translation>Karte lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {why}</source>
        <translation>„{path}“ konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>Discard Recovered Changes</source>
        <translation>Wiederhergestellte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes to “{title}” for good?</source>
        <translation>Die nicht gespeicherten Änderungen an „{title}“ endgültig verwerfen?</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>SalesMap Studio ran into a problem it did not expect. Your unsaved changes are kept in a recovery snapshot.</source>
        <translation>SalesMap Studio ist auf ein unerwartetes Problem gestoßen. Ihre nicht gespeicherten Änderungen sind in einer Wiederherstellungskopie gesichert.</translation>
    </message>
    <message>
        <source>What happened was written to:
{path}</source>
        <translation>Was passiert ist, steht in:
{path}</translation>
    </message>
    <message>
        <source>The report could not be written to the data folder.</source>
        <translation>Der Bericht konnte nicht im Datenordner gespeichert werden.</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Next stage after the selected one, linked, and type its name</source>
        <translation>Nächster Schritt nach dem ausgewählten, verbunden, und seinen Namen tippen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Rename the selected item</source>
        <translation>Das Ausgewählte umbenennen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Nudge the selection by one grid step (with Shift: five)</source>
        <translation>Die Auswahl um einen Rasterschritt verschieben (mit Umschalt: fünf)</translation>
    </message>
    <message>
        <source>Alt + arrow keys</source>
        <translation>Alt + Pfeiltasten</translation>
    </message>
    <message>
        <source>Select the step before or after, or the other branch of a decision</source>
        <translation>Den Schritt davor oder danach auswählen, oder den anderen Zweig einer Entscheidung</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection, or cancel typing</source>
        <translation>Auswahl aufheben oder Tippen abbrechen</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>On empty canvas: new stage; on an item: rename it</source>
        <translation>Auf leerer Fläche: neuer Schritt; auf einem Element: umbenennen</translation>
    </message>
    <message>
        <source>Space + drag, middle drag</source>
        <translation>Leertaste + Ziehen, Ziehen mit mittlerer Taste</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <source>Ctrl + wheel, pinch</source>
        <translation>Strg + Mausrad, Zwei-Finger-Zoom</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoomen</translation>
    </message>
    <message>
        <source>I (projector view)</source>
        <translation>I (Projektoransicht)</translation>
    </message>
    <message>
        <source>Show or hide the selected item&apos;s details beside it</source>
        <translation>Details des gewählten Elements daneben zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>→ / ←</source>
        <translation>→ / ←</translation>
    </message>
    <message>
        <source>Next / previous step along the flow</source>
        <translation>Nächster / vorheriger Schritt im Ablauf</translation>
    </message>
    <message>
        <source>↓ / ↑</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <source>Choose the branch at a decision</source>
        <translation>An einer Entscheidung den Zweig wählen</translation>
    </message>
    <message>
        <source>Back to editing, where you were</source>
        <translation>Zurück zum Bearbeiten, dort wo Sie waren</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by key or action</source>
        <translation>Nach Taste oder Aktion filtern</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>While presenting</source>
        <translation>Beim Präsentieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StageInspector</name>
    <message>
        <source>Stage</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entry criteria — what lets a deal in</source>
        <translation>Eingangskriterien – was einen Deal hereinlässt</translation>
    </message>
    <message>
        <source>Activities — what happens here</source>
        <translation>Aktivitäten – was hier passiert</translation>
    </message>
    <message>
        <source>Exit checklist — done before the deal moves on</source>
        <translation>Ausgangs-Checkliste – erledigt, bevor der Deal weitergeht</translation>
    </message>
    <message>
        <source>Substeps</source>
        <translation>Teilschritte</translation>
    </message>
    <message>
        <source>Owner (lane)</source>
        <translation>Verantwortlich (Bahn)</translation>
    </message>
    <message>
        <source>Buyer-journey phase</source>
        <translation>Phase der Buyer Journey</translation>
    </message>
    <message>
        <source>Expected days in stage</source>
        <translation>Erwartete Tage im Schritt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Conversion rate — share of deals that move on</source>
        <translation>Konversionsrate – Anteil der Deals, die weitergehen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Edit list</source>
        <translation>Liste bearbeiten</translation>
    </message>
</context>
<context>
    <name>StageMapping</name>
    <message>
        <source>Match CRM Stages</source>
        <translation>CRM-Phasen zuordnen</translation>
    </message>
    <message>
        <source>These stages of your CRM match no step of the map by name. Pick the step each one is:</source>
        <translation>Diese Phasen Ihres CRM passen dem Namen nach zu keinem Schritt der Karte. Wählen Sie, welcher Schritt es jeweils ist:</translation>
    </message>
    <message>
        <source>— not on the map —</source>
        <translation>— nicht in der Karte —</translation>
    </message>
    <message>
        <source>{name} (deals: {deals})</source>
        <translation>{name} (Deals: {deals})</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Welcome — SalesMap Studio</source>
        <translation>Willkommen – SalesMap Studio</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Drop a .smap file here to open it</source>
        <translation>Eine .smap-Datei hierher ziehen, um sie zu öffnen</translation>
    </message>
    <message>
        <source>New map</source>
        <translation>Neue Karte</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Zuletzt verwendete Karten</translation>
    </message>
    <message>
        <source>No recent maps yet — maps you open or save appear here.</source>
        <translation>Noch keine zuletzt verwendeten Karten – geöffnete und gespeicherte Karten erscheinen hier.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Leere Karte</translation>
    </message>
    <message>
        <source>{name} (cannot be read as a sales map)</source>
        <translation>{name} (als Vertriebsprozesskarte nicht lesbar)</translation>
    </message>
    <message>
        <source>The template “{name}” could not be read as a sales map; no map was created.</source>
        <translation>Die Vorlage „{name}“ ließ sich nicht als Vertriebsprozesskarte lesen; es wurde keine Karte angelegt.</translation>
    </message>
    <message>
        <source>Cannot open template</source>
        <translation>Vorlage lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Autosave and crash recovery are off: SalesMap Studio cannot write to its data folder ({why}). Save often.</source>
        <translation>Automatisches Sichern und Wiederherstellung nach Abstürzen sind aus: SalesMap Studio kann nicht in seinen Datenordner schreiben ({why}). Speichern Sie oft.</translation>
    </message>
    <message>
        <source>SalesMap Studio stopped unexpectedly last time. What happened was written to:</source>
        <translation>SalesMap Studio wurde beim letzten Mal unerwartet beendet. Was passiert ist, steht in:</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <source>Undo history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Restore a Previous Version</source>
        <translation>Eine frühere Version wiederherstellen</translation>
    </message>
    <message>
        <source>Open This Version</source>
        <translation>Diese Version öffnen</translation>
    </message>
    <message>
        <source>Saved versions of “{name}”, newest first:</source>
        <translation>Gespeicherte Versionen von „{name}“, neueste zuerst:</translation>
    </message>
    <message>
        <source>{title} — {count} nodes</source>
        <translation>{title} – {count} Elemente</translation>
    </message>
    <message>
        <source>Cannot be read as a sales map</source>
        <translation>Als Vertriebsprozesskarte nicht lesbar</translation>
    </message>
    <message>
        <source>No saved versions yet: each save keeps one (up to five).</source>
        <translation>Noch keine gespeicherten Versionen: Jedes Speichern behält eine (bis zu fünf).</translation>
    </message>
</context>
</TS>
