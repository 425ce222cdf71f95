<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your progress is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not being saved: nothing is written to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This progress was saved by a newer version of Parent Companion. This version can show it but will not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source this guide relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s new in the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Family agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a set of rules together, one agreement for each child. Tick the suggestions you like, change their words, and add your own. Everything is saved as you type. Print it, sign it, and put it somewhere you will all see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose agreement to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement: child&apos;s first name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an agreement for another child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with your child&apos;s first name or nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are still on screen: print or save a PDF to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agreement could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family agreement - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your child&apos;s first name or a nickname above, then press Start a new agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s first name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own rule to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this rule to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who agrees (names, separated by commas):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will look at it again on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the words if you like. Ctrl+Z undoes a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Your progress was saved by a newer version of Parent Companion. This version can show it but will not change it. Install the newer version to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion cannot save changes at the moment, because the folder %1 cannot be written to (%2). Everything saved before is shown and kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress cannot be saved this time, because the file in %1 could not be opened (%2). You can still read everything; ticks last until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved progress was damaged, so Parent Companion put back the copy it saved on %1. Anything you ticked after that day will need ticking again. The damaged file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved progress was damaged, and so were the copies saved on earlier days, so Parent Companion has started afresh. The damaged file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved progress was damaged and there was no earlier copy, so Parent Companion has started afresh. The damaged file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion could not save this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you saved before has been lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s Parent Companion settings file has a problem, so safe settings are in use. Staff can check it with: parent-companion --check-policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Why this matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Once it is done, look at this again every %n months.</source>
        <comment>Once it is done, look at this again every month.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time to look at this again: it was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1. Look at it again by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tick could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the guide for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TALK checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four steps from the Internet Watch Foundation, in our own words. Tick each thing when you have done it. Your ticks are saved straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticks can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildrenSection</name>
    <message>
        <source>Born in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no apps chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each child by first name or a nickname. Their age and apps decide which starters, practice scenes and settings come first, and Home shows what to look at again as they grow. This is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For another carer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a sheet about %1 for another carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryBar</name>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a child is in danger right now, or may harm themselves, call the emergency number for your country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a child is in danger right now, or may harm themselves, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To talk to someone now about thoughts of self-harm or suicide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To report it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number and service for %1 is on Get help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a child is in danger right now, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a child is in danger right now, call: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for: every country, until you choose yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which country are you in? Then we can show you the right numbers and advice. Until then, you see the emergency numbers for every country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from this computer&apos;s settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this right? We chose %1 from this computer&apos;s settings. Press your country to confirm it or to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Hide (quick exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link opens a web page in your browser, outside Parent Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Parent Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two quick questions help us show the right helplines and conversation starters. You can change them any time in Settings, or skip this for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this agreement?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the family agreement for %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all your data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes every tick, setting and family agreement Parent Companion has saved on this computer. It cannot be undone. Print or save anything you want to keep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion is already open on this computer, so its window has been brought to the front. Only one copy runs at a time, so nothing gets mixed up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyDialogs</name>
    <message>
        <source>Save reminders for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Parent Companion? Their family agreement and your ticks stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name or nickname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age, if you would rather not give a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or their age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps, games and devices they use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyExports</name>
    <message>
        <source>No reminders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the checklist items and settings you have done. Each one then has a date to look at it again, and those dates go into your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion reminders.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after %1: for other carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grandparents, babysitters and the other household. It lists the rules we agreed, the apps %1 uses, and who to call if something online worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules we agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules agreed in Parent Companion yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps and games %1 uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no settings ticked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 tells you something worrying: stay calm, listen, thank them for telling you, and let their parents know as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For other carers - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Conversation starters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your checklist for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source used in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your children&apos;s ages in &lt;a href=&quot;page:settings&quot;&gt;Settings&lt;/a&gt; to see only the starters that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the sources for this page were written in %1, more than two years ago. Numbers, names and settings may have changed since: please check them on the organisation&apos;s own website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>If your child, or you, may be thinking of self-harm or suicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report online sexual abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a nude image taken down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at help for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for every country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your country above to see its police, reporting, image removal and support services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers and opening hours can change: if one does not work, search for the service&apos;s official website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Settings to look at again for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this on the Age by age page, with its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns %2 this year: what changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide has changed since you last looked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see what&apos;s new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for another look yet. Your own calendar can remind you when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reminders to my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reminders to look again to my calendar: saves a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Parent Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child&apos;s apps and games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the apps, games and devices your child uses on the Platforms page, and their settings to check will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for another look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TALK checklist was created by the Internet Watch Foundation (IWF). Parent Companion is independent: it is not made or endorsed by the IWF. See About for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something has happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help now: what to do if it has already happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your children&apos;s apps and games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other apps and games</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Opening websites from Parent Companion is turned off on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites are turned off here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion only opens links to the safety and help websites it knows. You can type the address into your browser yourself if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This is a shared computer. Nothing you do here is saved. Print or save to your own USB stick to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears everything and starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in %1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has nothing to print. Open a guide page, a platform or your family agreement, or save the whole guide from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion guide.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide (quick exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this window at once. You can also press Shift three times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this page as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;whole guide as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;reminders to my calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parent Companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformsPage</name>
    <message>
        <source>Apps, games and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social and video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, tablets and computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My child uses this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My child uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the guide for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step privacy settings for the apps, games and devices children use. Tick &quot;My child uses this&quot; and those come first, here and on Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, for example Roblox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an app, game or device by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try another name or kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We checked these settings more than a year ago. Apps change their menus often, so some steps may have moved. The official help pages below have the latest details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks to know about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you cannot see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each one when it is done. Settings can change after an app updates, so the app reminds you to check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official help page for this setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources for this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practise a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise what you might say before you need to. Each scene starts with something a child might say. Pick a reply and see how it tends to land, and why. There are no scores, and nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this scene and show all scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your child:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another reply: start this scene again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this advice comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the door open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesForm</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old are your children?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Checked on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source used in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guide for parents and carers, built around the TALK checklist from the Internet Watch Foundation (IWF). Parent Companion is independent of the IWF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Companion: the whole guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed from Parent Companion on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(written %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will look at this again on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by all of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks to know about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n due for another look</source>
        <comment>1 due for another look</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveButton</name>
    <message>
        <source>★ Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Press to remove from Saved pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Save this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this page to the list on Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word or a question in your own words, like “someone is threatening my son” or “who do I call”. Search looks through the whole guide, the platform guides and Get help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something has happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for “%1”. Press Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try other words, like “blackmail” or “Roblox”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If something has happened, start here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in another country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your country decides which helplines and reporting routes you see. Your children&apos;s ages decide which conversation starters you see. Changes are saved straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size: press Ctrl and + for larger text, Ctrl and - for smaller, Ctrl and 0 to go back to normal. The View menu has the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Hide button at the top left, or pressing Shift three times, hides this window straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What quick exit does and does not hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Parent Companion has saved (ticks, settings, children&apos;s profiles and family agreements) is in this folder, which only your account can open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Quick exit: hide this window at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift three times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back and Forward with the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mouse&apos;s Back and Forward buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search box into the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search box, then leave the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys, Page Up, Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsNewPage</name>
    <message>
        <source>What&apos;s new in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each update of Parent Companion can bring new pages, new settings to check and changed phone numbers. Here is what changed, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New settings to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
